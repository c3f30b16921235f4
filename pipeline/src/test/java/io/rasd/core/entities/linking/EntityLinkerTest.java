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
}
