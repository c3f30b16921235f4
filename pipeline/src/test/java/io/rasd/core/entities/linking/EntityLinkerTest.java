package io.rasd.core.entities.linking;

import io.rasd.core.arabic.Folding;
import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.entities.linking.EntityLinker.EntityRow;
import io.rasd.core.entities.linking.EntityLinker.Linking;
import io.rasd.core.entities.linking.EntityLinker.NameGroup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {
  private final EntityLinker linker = EntityLinker.fromResources();

  private static NameGroup group(String type, String linkKey, String gz, String surface, String article) {
    return new NameGroup(type, linkKey, gz, Map.of(surface, 2L), 2, Set.of(article));
  }

  private static NameGroup name(String type, String text, String article) {
    return group(type, "nm:" + Folding.NAME.apply(text), null, text, article);
  }

  @Test
  void spellingVariantsJoinOneEntity() {
    List<NameGroup> groups = List.of(
        name("PERSON", "جيرهارد شرودر", "a1"), name("PERSON", "غيرهارد شرودر", "a2"),
        name("ORGANIZATION", "أندرلخت", "a1"), name("ORGANIZATION", "أندرليخت", "a3"));
    Linking l = linker.link(groups);
    assertThat(l.entities()).hasSize(2);
    EntityRow schroeder = l.entities().stream().filter(r -> r.type().equals("PERSON")).findFirst().orElseThrow();
    assertThat(schroeder.aliases()).containsExactlyInAnyOrder("جيرهارد شرودر", "غيرهارد شرودر");
    assertThat(schroeder.mentionCount()).isEqualTo(4);
    assertThat(schroeder.articleCount()).isEqualTo(2);
    assertThat(schroeder.latinName()).isNotBlank().matches("[ -~]+");
  }

  @Test
  void clusterGivesTheSameIdsAndLeavesOnlyNonGazetteerLatinNamesToFillIn() {
    List<NameGroup> groups = List.of(
        name("PERSON", "جيرهارد شرودر", "a1"), name("PERSON", "غيرهارد شرودر", "a2"),
        group("PERSON", "gz:per-wray", "per-wray", "كريستوفر راي", "a2"));
    Linking clusters = linker.cluster(groups);
    Linking linked = linker.link(groups);
    assertThat(clusters.entityIdByGroupKey()).isEqualTo(linked.entityIdByGroupKey());
    assertThat(clusters.entities()).extracting(EntityRow::latinName).containsExactlyInAnyOrder(null, "Christopher Wray");
    assertThat(clusters.entities().stream().map(linker::withLatinName).toList()).isEqualTo(linked.entities());
  }

  @Test
  void gazetteerGroupsTakeTheEntrysNamesAndIds() {
    Linking l = linker.link(List.of(
        group("PERSON", "gz:per-wray", "per-wray", "كريستوبر راي", "a1"),
        group("PERSON", "gz:per-wray", "per-wray", "كريستوفر راي", "a2"),
        group("LOCATION", "gz:loc-usa", "loc-usa", "أمريكا", "a1")));
    assertThat(l.entities()).hasSize(2);
    EntityRow usa = l.entities().stream().filter(r -> r.type().equals("LOCATION")).findFirst().orElseThrow();
    assertThat(usa.canonicalName()).isEqualTo("الولايات المتحدة");
    assertThat(usa.latinName()).isEqualTo("United States");
    assertThat(usa.wikidataId()).isEqualTo("Q30");
    assertThat(l.entityIdByGroupKey()).containsKey(EntityLinker.groupKey("PERSON", "gz:per-wray"));
  }

  @Test
  void distinctNamesStayApartAndDatesGetNoEntity() {
    Linking l = linker.link(List.of(name("PERSON", "محمد علي", "a1"), name("PERSON", "محمود علي", "a1"),
        name("PERSON", "سعد الحريري", "a1"), name("PERSON", "سعيد الحريري", "a1"),
        group("DATE", "DATE:2021", null, "2021", "a1")));
    assertThat(l.entities()).hasSize(4);
    assertThat(l.entityIdByGroupKey()).doesNotContainKey(EntityLinker.groupKey("DATE", "DATE:2021"));
  }

  @Test
  void idsDoNotDependOnInputOrder() {
    List<NameGroup> groups = new ArrayList<>(List.of(
        name("PERSON", "عمير بيرتس", "a1"), name("PERSON", "عمير بيريتس", "a2"), name("LOCATION", "زيورخ", "a1"),
        name("LOCATION", "زيوريخ", "a3"), group("ORGANIZATION", "gz:org-fbi", "org-fbi", "FBI", "a2")));
    Linking first = linker.link(groups);
    Collections.shuffle(groups, new Random(7));
    Linking second = linker.link(groups);
    assertThat(second).isEqualTo(first);
    assertThat(first.entities()).hasSize(3);
  }

  private static NameGroup seen(String type, String text, String article, String date) {
    String key = "nm:" + Folding.NAME.apply(text);
    return new NameGroup(type, key, null, Map.of(text, 1L), 1, Set.of(article),
        EntityLinker.seenKey(java.time.LocalDate.parse(date), article));
  }

  @Test
  void addingArticlesKeepsTheIdsOfTheEntitiesAlreadyThere() {
    List<NameGroup> before = List.of(
        seen("PERSON", "ويليام بيرنز", "a1", "2015-07-21"), seen("PERSON", "وليام بيرنز", "a2", "2015-07-22"),
        seen("PERSON", "محمد بن نايف", "a1", "2015-07-21"), seen("PERSON", "عمير بيريتس", "a3", "2015-07-23"),
        seen("ORGANIZATION", "أندرليخت", "a2", "2015-07-22"));
    // a later day: a spelling that sorts before every one already seen, a longer nasab, and new names
    List<NameGroup> after = new ArrayList<>(before);
    after.addAll(List.of(
        seen("PERSON", "وليام بورنز", "b1", "2015-08-11"), seen("PERSON", "ويليام بورنز", "b2", "2015-08-11"),
        seen("PERSON", "محمد بن نايف بن عبدالعزيز آل سعود", "b1", "2015-08-11"),
        seen("PERSON", "عمير بيرتس", "b2", "2015-08-11"), seen("ORGANIZATION", "أندرلخت", "b3", "2015-08-11"),
        seen("LOCATION", "برن", "b3", "2015-08-11")));
    Map<String, String> first = linker.cluster(before).entityIdByGroupKey();
    Map<String, String> second = linker.cluster(after).entityIdByGroupKey();
    for (NameGroup g : before) {
      String key = EntityLinker.groupKey(g.type(), g.linkKey());
      assertThat(second.get(key)).as(g.linkKey()).isEqualTo(first.get(key));
    }
    // the new spellings joined the old entities rather than making new ones
    assertThat(new java.util.HashSet<>(second.values())).hasSize(new java.util.HashSet<>(first.values()).size() + 1);
  }

  @Test
  void theIdIsAnchoredOnTheNameSeenFirstNotOnTheSmallestName() {
    NameGroup old = seen("PERSON", "عمير بيريتس", "a1", "2015-07-21");
    NameGroup later = seen("PERSON", "عمير بيرتس", "a2", "2015-08-01"); // sorts first
    String id = linker.cluster(List.of(old)).entities().get(0).entityId();
    assertThat(linker.cluster(List.of(old, later)).entities()).singleElement()
        .extracting(EntityRow::entityId).isEqualTo(id);
    assertThat(linker.cluster(List.of(later)).entities().get(0).entityId()).isNotEqualTo(id);
  }

  @Test
  void aSpellingVariantOfAGazetteerNameJoinsItsEntry() {
    Linking l = linker.cluster(List.of(name("LOCATION", "شيكاجو", "a1"), name("LOCATION", "زيوريخ", "a2")));
    assertThat(l.entities()).extracting(EntityRow::canonicalName).containsExactlyInAnyOrder("شيكاغو", "زيورخ");
  }

  @Test
  void aLoneNameIsAnEntityOfItsArticleOnly() {
    String a1 = EntityLinker.corpusLinkKey("a1", ShortFormLinker.LONE + "محمد");
    String a2 = EntityLinker.corpusLinkKey("a2", ShortFormLinker.LONE + "محمد");
    assertThat(a1).isNotEqualTo(a2);
    Linking l = linker.link(List.of(group("PERSON", a1, null, "محمد", "a1"), group("PERSON", a2, null, "محمد", "a2"),
        name("PERSON", "محمد", "a3")));
    assertThat(l.entities()).hasSize(3).allSatisfy(e -> assertThat(e.articleCount()).isEqualTo(1));
    assertThat(EntityLinker.corpusLinkKey("a1", "nm:محمد بن سلمان")).isEqualTo("nm:محمد بن سلمان");
  }

  @Test
  void everyClusterHasOneTypeAndAPersonNeverJoinsAnOrganization() {
    List<NameGroup> groups = List.of(name("PERSON", "سلمان بن عبدالعزيز", "a1"),
        name("ORGANIZATION", "سلمان بن عبدالعزيز", "a2"), name("PERSON", "سلمان بن عبدالعزيز آل سعود", "a3"),
        name("LOCATION", "جامعة الملك سعود", "a1"), name("ORGANIZATION", "جامعة الملك سعود", "a2"));
    Linking l = linker.cluster(groups);
    Map<String, String> typeOfId = new java.util.HashMap<>();
    l.entities().forEach(e -> typeOfId.put(e.entityId(), e.type()));
    for (NameGroup g : groups) {
      assertThat(typeOfId.get(l.entityIdByGroupKey().get(EntityLinker.groupKey(g.type(), g.linkKey()))))
          .as(g.linkKey()).isEqualTo(g.type());
    }
    assertThat(l.entities()).hasSize(4);
  }

  @Test
  void linkingIsAFunctionOfTheSetOfGroups() {
    List<NameGroup> groups = new ArrayList<>(List.of(
        seen("PERSON", "محمد بن سلمان", "a1", "2015-07-21"), seen("PERSON", "محمد بن سلمان بن عبدالعزيز", "a2", "2015-07-22"),
        seen("PERSON", "محمد بن سلمان آل سعود", "a3", "2015-07-23"),
        seen("PERSON", "محمد بن سلمان بن عبدالعزيز آل سعود", "a4", "2015-07-24"),
        seen("PERSON", "عبدالعزيز بن عبدالله", "a1", "2015-07-21"),
        seen("PERSON", "عبدالعزيز بن عبدالله آل الشيخ", "a2", "2015-07-22"),
        seen("PERSON", "عبدالعزيز بن عبدالله بن عبدالعزيز", "a3", "2015-07-23"),
        seen("LOCATION", "زيوريخ", "a1", "2015-07-21"), seen("LOCATION", "زيورخ", "a2", "2015-07-22")));
    Linking first = linker.cluster(groups);
    for (int seed = 0; seed < 5; seed++) {
      Collections.shuffle(groups, new Random(seed));
      assertThat(linker.cluster(groups)).isEqualTo(first);
    }
    assertThat(first.entities()).hasSize(5);
  }
}
