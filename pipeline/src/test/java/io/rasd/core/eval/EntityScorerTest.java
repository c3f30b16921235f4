package io.rasd.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityScorerTest {
  private static final String BODY = "زار محمد بن سلمان الرياض ثم التقى وزارة الداخلية في الرياض.";

  private static GoldMention gold(String type, String text, int occurrence, String key) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) at = BODY.indexOf(text, at + 1);
    return new GoldMention("u", type, text, at, at + text.length(), key, occurrence);
  }

  private static ScoredMention pred(String type, String text, int occurrence, String id) {
    GoldMention g = gold(type, text, occurrence, "-");
    return new ScoredMention("u", type, text, g.start(), g.end(), id);
  }

  private static EntityScore score(List<GoldMention> g, List<ScoredMention> p) {
    return EntityScorer.score(g, Set.of("u"), Map.of("u", BODY), p);
  }

  @Test
  void mentionsCountByExactSpanAndTypeAndByOverlap() {
    List<GoldMention> g = List.of(gold("PERSON", "محمد بن سلمان", 0, "mbs"), gold("LOCATION", "الرياض", 0, "ruh"),
        gold("ORGANIZATION", "وزارة الداخلية", 0, "moi"), gold("LOCATION", "الرياض", 1, "ruh"));
    List<ScoredMention> p = List.of(
        pred("PERSON", "محمد بن سلمان", 0, "e1"), // exact
        pred("LOCATION", "الرياض", 0, "e2"), // exact
        pred("ORGANIZATION", "وزارة", 0, "e3"), // overlaps the ministry: partial only
        pred("PERSON", "الرياض", 1, "e4"), // right span, wrong type: wrong both ways
        pred("MISC", "الداخلية", 0, "e5")); // not a scored type
    EntityScore s = score(g, p);
    assertThat(s.overall()).isEqualTo(new EntityScore.Counts(4, 4, 2, 2));
    assertThat(s.byType().get("PERSON")).isEqualTo(new EntityScore.Counts(1, 2, 1, 1));
    assertThat(s.byType().get("ORGANIZATION")).isEqualTo(new EntityScore.Counts(1, 1, 0, 0));
    assertThat(s.byType().get("LOCATION")).isEqualTo(new EntityScore.Counts(2, 1, 1, 1));
    assertThat(s.partial()).isEqualTo(new EntityScore.Counts(4, 4, 3, 3));
    assertThat(s.overall().precision()).isEqualTo(0.5);
    assertThat(s.overall().f1()).isEqualTo(0.5);
    assertThat(s.notes()).anyMatch(n -> n.startsWith("MISSED ORGANIZATION «وزارة الداخلية»"))
        .anyMatch(n -> n.startsWith("FALSE_POSITIVE PERSON «الرياض»"));
  }

  @Test
  void oneRunEntityOverTwoGoldEntitiesIsAFalseMerge() {
    // gold: ruh, ruh, moi; run: all three one entity
    List<GoldMention> g = List.of(gold("LOCATION", "الرياض", 0, "ruh"), gold("LOCATION", "الرياض", 1, "ruh"),
        gold("ORGANIZATION", "وزارة الداخلية", 0, "moi"));
    List<ScoredMention> p = List.of(pred("LOCATION", "الرياض", 0, "x"), pred("LOCATION", "الرياض", 1, "x"),
        pred("ORGANIZATION", "وزارة الداخلية", 0, "x"));
    EntityScore s = score(g, p);
    assertThat(s.b3Precision()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3, within(1e-9));
    assertThat(s.b3Recall()).isEqualTo(1.0);
    assertThat(s.falseMerges()).isEqualTo(1);
    assertThat(s.mergeCandidates()).isEqualTo(1);
    assertThat(s.falseMergeRate()).isEqualTo(1.0);
    assertThat(s.splits()).isZero();
    assertThat(s.splitCandidates()).isEqualTo(1); // moi has one mention: it cannot be split
    assertThat(s.notes()).contains("FALSE_MERGE run entity x holds gold keys [moi, ruh]");
  }

  @Test
  void oneGoldEntityOverTwoRunIdsIsASplit() {
    List<GoldMention> g = List.of(gold("LOCATION", "الرياض", 0, "ruh"), gold("LOCATION", "الرياض", 1, "ruh"),
        gold("PERSON", "محمد بن سلمان", 0, "mbs"));
    List<ScoredMention> p = List.of(pred("LOCATION", "الرياض", 0, "a"), pred("LOCATION", "الرياض", 1, "b"),
        pred("PERSON", "محمد بن سلمان", 0, null)); // no id: a singleton of its own
    EntityScore s = score(g, p);
    assertThat(s.b3Precision()).isEqualTo(1.0);
    assertThat(s.b3Recall()).isCloseTo((0.5 + 0.5 + 1.0) / 3, within(1e-9));
    assertThat(s.splits()).isEqualTo(1);
    assertThat(s.splitRate()).isEqualTo(1.0);
    assertThat(s.notes()).contains("SPLIT gold key ruh is over run entities [a, b]");
    assertThat(s.mergeCandidates()).isZero();
    assertThat(s.falseMergeRate()).isZero();
  }

  @Test
  void shiftedGoldOffsetsAreRelocatedByTextAndOccurrence() {
    String shifted = "عاجل: " + BODY; // cleaning now keeps a kicker: every offset moved by 6
    List<GoldMention> g = List.of(gold("LOCATION", "الرياض", 1, "ruh"), gold("LOCATION", "جدة", 0, "jed"));
    int second = shifted.lastIndexOf("الرياض");
    List<ScoredMention> p = List.of(new ScoredMention("u", "LOCATION", "الرياض", second, second + 6, "r"));
    EntityScore s = EntityScorer.score(g, Set.of("u"), Map.of("u", shifted), p);
    assertThat(s.relocated()).isEqualTo(1);
    assertThat(s.unlocated()).isEqualTo(1); // جدة is not in the body at all
    assertThat(s.overall()).isEqualTo(new EntityScore.Counts(1, 1, 1, 1));
  }

  @Test
  void goldArticlesTheRunLacksAreCountedAndPredictionsOutsideTheGoldIgnored() {
    List<GoldMention> g = List.of(gold("LOCATION", "الرياض", 0, "ruh"));
    List<ScoredMention> p = List.of(new ScoredMention("other", "LOCATION", "الرياض", 0, 6, "r"));
    EntityScore s = EntityScorer.score(g, Set.of("u", "gone"), Map.of("u", BODY, "other", BODY), p);
    assertThat(s.missingArticles()).isEqualTo(1);
    assertThat(s.overall()).isEqualTo(new EntityScore.Counts(1, 0, 0, 0));
    assertThat(s.overall().precision()).isEqualTo(1.0);
    assertThat(s.overall().recall()).isZero();
  }

  @Test
  void reportNamesEveryFigure() {
    String r = EntityScorer.report(score(List.of(gold("LOCATION", "الرياض", 0, "ruh")),
        List.of(pred("LOCATION", "الرياض", 0, "r"))));
    assertThat(r).contains("PERSON", "ORGANIZATION", "LOCATION", "overall", "partial", "B-cubed", "false merges",
        "splits", "re-located");
  }
}
