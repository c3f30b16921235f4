package io.rasd.core.entities;

import io.rasd.core.entities.linking.EntityLinker;
import io.rasd.core.arabic.Folding;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rasd.core.entities.linking.EntityLinker.EntityRow;
import io.rasd.core.entities.linking.EntityLinker.Linking;
import io.rasd.core.entities.linking.EntityLinker.NameGroup;
import io.rasd.core.model.Mention;
import io.rasd.testing.Seeds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five seed articles (seeds/) against the hand-made gold ({@code gold/entities.jsonl}). */
class SeedEntitiesTest {
  private static final Map<String, List<Mention>> MENTIONS = new TreeMap<>();
  private static Linking linking;

  private static final Map<String, String> BODIES = new TreeMap<>();

  @BeforeAll
  static void extractSeeds() throws Exception {
    EntityExtractor extractor = EntityExtractor.fromResources();
    for (String file : goldFiles()) {
      BODIES.put(file, Seeds.text(file));
      MENTIONS.put(file, extractor.extract(BODIES.get(file)));
    }
    Map<String, NameGroup> groups = new HashMap<>();
    MENTIONS.forEach((file, mentions) -> {
      for (Mention m : mentions) {
        String linkKey = EntityLinker.corpusLinkKey(file, m.linkKey());
        String key = EntityLinker.groupKey(m.type(), linkKey);
        NameGroup g = groups.getOrDefault(key, new NameGroup(m.type(), linkKey, m.gazetteerId(), new HashMap<>(), 0, new HashSet<>()));
        g.surfaces().merge(m.text(), 1L, Long::sum);
        g.articleIds().add(file);
        groups.put(key, new NameGroup(g.type(), g.linkKey(), g.gazetteerId(), g.surfaces(), g.mentionCount() + 1, g.articleIds()));
      }
    });
    linking = EntityLinker.fromResources().link(groups.values());
  }

  @Test
  void everyGoldEntityIsFoundWithItsType() throws Exception {
    List<String> missing = new ArrayList<>();
    for (JsonNode gold : gold()) {
      String file = gold.get("file").asText();
      String type = gold.get("type").asText();
      List<String> names = new ArrayList<>();
      gold.get("names").forEach(n -> names.add(Folding.NAME.apply(n.asText())));
      String body = BODIES.get(file);
      boolean found = MENTIONS.get(file).stream()
          .anyMatch(m -> m.type().equals(type) && names.contains(goldForm(body, m)));
      if (!found) missing.add(file + " " + type + " " + names);
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void mentionOffsetsAreExact() throws Exception {
    for (Map.Entry<String, List<Mention>> e : MENTIONS.entrySet()) {
      String body = Seeds.text(e.getKey());
      for (Mention m : e.getValue()) assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }

  @Test
  void spellingVariantsAcrossArticlesAreOneEntity() {
    assertOneEntity("كريستوفر راي", "كريستوبر راي", "راي");
    assertOneEntity("وليام بورنز", "ويليام بيرنز");
    assertOneEntity("فاغنر", "فاجنر");
    assertOneEntity("أمريكا", "أميركا", "الولايات المتحدة");
    assertOneEntity("عبد اللطيف حموشي", "حموشي");
  }

  private static void assertOneEntity(String... surfaces) {
    List<EntityRow> rows = linking.entities().stream()
        .filter(r -> r.aliases().stream().anyMatch(a -> List.of(surfaces).contains(a) || containsWord(a, surfaces)))
        .toList();
    assertThat(rows).as(String.join(" / ", surfaces)).hasSize(1);
    for (String s : surfaces) {
      assertThat(rows.get(0).aliases()).as(s).anyMatch(a -> a.equals(s) || containsWord(a, new String[] {s}));
    }
  }

  /** "قوات فاغنر" counts as a form of فاغنر. */
  private static boolean containsWord(String alias, String[] surfaces) {
    for (String s : surfaces) if (!s.contains(" ") && List.of(alias.split(" ")).contains(s) && alias.split(" ").length == 2 && !alias.startsWith(s)) return true;
    return false;
  }

  /**
   * The mention as the gold writes it: normalized, with the article restored where ل + ال was written لل
   * ("للمديرية" holds the name "المديرية …" but only "مديرية …" is a substring of the body).
   */
  private static String goldForm(String body, Mention m) {
    String text = Folding.NAME.apply(m.text());
    boolean elidedArticle = m.start() >= 2 && body.startsWith("لل", m.start() - 2) && !text.startsWith("ال");
    // a span that keeps the article's lam of ل + ال (لمديرية … of للمديرية …), as the grammar and gazetteer give it
    boolean keptLam = m.start() >= 1 && body.startsWith("لل", m.start() - 1) && text.startsWith("ل");
    return elidedArticle ? "ال" + text : keptLam ? "ا" + text : text;
  }

  private static List<String> goldFiles() throws Exception {
    List<String> files = new ArrayList<>();
    for (JsonNode g : gold()) if (!files.contains(g.get("file").asText())) files.add(g.get("file").asText());
    return files;
  }

  private static List<JsonNode> gold() {
    return Seeds.gold("entities.jsonl");
  }
}
