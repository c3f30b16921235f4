package io.rasd.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.eval.NewsClaimScore.MetricCounts;
import io.rasd.core.model.Claim;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewsClaimScorerTest {
  private static NewsGoldClaim gold(String url, String metric, Double value, String qualifier, String actor,
      String context, boolean required) {
    return new NewsGoldClaim(url, metric, value, null, qualifier, null, null, null, actor, context, "ev", required);
  }

  private static NewsPrediction pred(String metric, Double value, String qualifier, String actor, String context) {
    return new NewsPrediction(
        new Claim(metric, value, null, qualifier, null, null, null, null, actor, null, null, "t", 0, 1), context);
  }

  private static NewsGold goldOf(List<NewsGoldClaim> claims) {
    Map<String, String> articles = new LinkedHashMap<>();
    articles.put("u1", "security");
    articles.put("u2", "security");
    articles.put("u3", "ordinary");
    return new NewsGold(articles, claims);
  }

  @Test
  void strictRecallNeedsMetricValueAndQualifierAndOnePredictionPerCount() {
    NewsGold g = goldOf(List.of(
        gold("u1", "killed", 1.0, "exact", null, "security", true),
        gold("u1", "killed", 1.0, "exact", null, "security", true), // a second person killed, stated apart
        gold("u1", "arrests", 46.0, "at_least", null, "crime", true),
        gold("u2", "wounded", null, "vague", null, "security", true)));
    Map<String, List<NewsPrediction>> p = Map.of(
        "u1", List.of(pred("killed", 1.0, "exact", null, null), pred("arrests", 46.0, "exact", null, null)),
        "u2", List.of(pred("wounded", null, "vague", null, null)));
    NewsClaimScore s = NewsClaimScorer.score(g, p, false);
    MetricCounts all = s.total(NewsClaimScorer.SCORED_METRICS);
    assertThat(all.required()).isEqualTo(4);
    assertThat(all.found()).isEqualTo(2); // one killed 1 (the other is missed) and the vague wounded
    assertThat(all.foundValue()).isEqualTo(3); // arrests 46 has the wrong qualifier
    assertThat(all.predicted()).isEqualTo(3);
    assertThat(all.matched()).isEqualTo(3);
    assertThat(all.matchedStrict()).isEqualTo(2);
    assertThat(s.perMetric().get("killed").recall()).isEqualTo(0.5);
    assertThat(s.notes()).anyMatch(n -> n.startsWith("[0] MISSED killed 1 exact"))
        .anyMatch(n -> n.startsWith("[0] QUALIFIER exact for arrests 46 at_least"));
  }

  @Test
  void precisionCountsFalsePositivesButNotDuplicatesOptionalRowsOrOther() {
    NewsGold g = goldOf(List.of(
        gold("u1", "arrests", 2.0, "exact", null, "crime", true),
        gold("u1", "killed", null, "vague", null, "security", false)));
    Map<String, List<NewsPrediction>> p = Map.of("u1", List.of(
        pred("arrests", 2.0, "exact", null, null),
        pred("arrests", 2.0, "exact", null, null), // the same fact twice
        pred("killed", null, "vague", null, null), // optional row: acceptable
        pred("wounded", 5.0, "exact", null, null), // no such count
        pred("other", 300.0, "exact", null, null))); // never scored
    NewsClaimScore s = NewsClaimScorer.score(g, p, false);
    MetricCounts all = s.total(NewsClaimScorer.SCORED_METRICS);
    assertThat(all.predicted()).isEqualTo(4);
    assertThat(all.matched()).isEqualTo(3);
    assertThat(all.precision()).isEqualTo(0.75);
    assertThat(all.recall()).isEqualTo(1.0);
    assertThat(s.duplicates()).isEqualTo(1);
    assertThat(s.notes()).containsExactly("[0] FALSE_POSITIVE wounded 5 exact «t»");
  }

  @Test
  void falsePositivesOnOrdinaryArticlesAreCountedApart() {
    NewsGold g = goldOf(List.of());
    Map<String, List<NewsPrediction>> p = Map.of(
        "u3", List.of(pred("killed", 3.0, "exact", null, null), pred("seized", 10.0, "exact", null, null)),
        "u2", List.of(pred("arrests", 1.0, "exact", null, null)),
        "not-in-gold", List.of(pred("arrests", 9.0, "exact", null, null)));
    NewsClaimScore s = NewsClaimScorer.score(g, p, false);
    assertThat(s.ordinaryArticles()).isEqualTo(1);
    assertThat(s.ordinaryFalsePositives()).isEqualTo(2);
    assertThat(s.ordinaryArticlesWithFalsePositives()).isEqualTo(1);
    assertThat(s.total(NewsClaimScorer.SCORED_METRICS).predicted()).isEqualTo(3); // not-in-gold is ignored
    assertThat(s.total(NewsClaimScorer.SCORED_METRICS).precision()).isZero();
  }

  @Test
  void actorIsScoredOnFoundCountsThatHaveOneAndNeverOnTheVictim() {
    NewsGold g = goldOf(List.of(
        gold("u1", "arrests", 1.0, "exact", "شرطة محافظة ضباء", "crime", true),
        gold("u1", "killed", 8.0, "exact", "مروحيات الأباتشي", "security", true),
        gold("u2", "killed", 1.0, "exact", null, "security", true),
        gold("u2", "wounded", 2.0, "exact", "المسلحون", "security", true))); // not found: not scored
    Map<String, List<NewsPrediction>> p = Map.of(
        "u1", List.of(pred("arrests", 1.0, "exact", "الشرطة", null),
            pred("killed", 8.0, "exact", "أنصار بيت المقدس", null)), // the victims, not the agent
        "u2", List.of(pred("killed", 1.0, "exact", "الحوثيين", null)));
    NewsClaimScore s = NewsClaimScorer.score(g, p, false);
    assertThat(s.actorScored()).isEqualTo(2);
    assertThat(s.actorRight()).isEqualTo(1);
    assertThat(s.actorAccuracy()).isEqualTo(0.5);
    assertThat(s.actorWithoutAgent()).isEqualTo(1);
    assertThat(s.notes()).anyMatch(n -> n.startsWith("[0] ACTOR أنصار بيت المقدس != gold مروحيات الأباتشي"));
  }

  @Test
  void periodIsScoredOnFoundCountsWhoseGoldStatesOne() {
    NewsGoldClaim since2002 = new NewsGoldClaim("u1", "cells_dismantled", 2000.0, null, "approximately", null, null,
        2002, null, "security", "ev", true);
    NewsGoldClaim in2015 = new NewsGoldClaim("u1", "arrests", 55.0, null, "at_least", null, 2015, null, null,
        "security", "ev", true);
    NewsGold g = goldOf(List.of(since2002, in2015, gold("u1", "killed", 1.0, "exact", null, "security", true)));
    Map<String, List<NewsPrediction>> p = Map.of("u1", List.of(
        new NewsPrediction(new Claim("cells_dismantled", 2000.0, null, "approximately", null, null, null, 2002,
            null, null, null, "t", 0, 1), null),
        new NewsPrediction(new Claim("arrests", 55.0, null, "at_least", null, null, null, 2015, null, null, null,
            "t", 0, 1), null), // since 2015, not in 2015
        pred("killed", 1.0, "exact", null, null)));
    NewsClaimScore s = NewsClaimScorer.score(g, p, false);
    assertThat(s.periodScored()).isEqualTo(2);
    assertThat(s.periodRight()).isEqualTo(1);
    assertThat(s.notes()).anyMatch(n -> n.startsWith("[0] PERIOD year null since 2015 != gold year 2015 since null"));
    assertThat(NewsClaimScorer.report(s)).contains("period right 0.500 (1 of 2 found counts");
  }

  @Test
  void contextIsNotApplicableWithoutTheColumnAndScoredWithIt() {
    NewsGold g = goldOf(List.of(
        gold("u1", "killed", 1.0, "exact", null, "accident", true),
        gold("u1", "wounded", 3.0, "exact", null, "accident", true)));
    Map<String, List<NewsPrediction>> p = Map.of("u1", List.of(
        pred("killed", 1.0, "exact", null, "accident"), pred("wounded", 3.0, "exact", null, "security")));
    assertThat(NewsClaimScorer.score(g, p, false).contextScored()).isNull();
    assertThat(NewsClaimScorer.report(NewsClaimScorer.score(g, p, false))).contains("context right n/a");
    NewsClaimScore s = NewsClaimScorer.score(g, p, true);
    assertThat(s.contextScored()).isEqualTo(2);
    assertThat(s.contextRight()).isEqualTo(1);
    assertThat(NewsClaimScorer.report(s)).contains("context right 0.500 (1 of 2 found counts)");
  }

  @Test
  void reportSeparatesTodaysTaxonomyFromTheMetricsTheGoldAdds() {
    NewsGold g = goldOf(List.of(
        gold("u1", "sentenced", 9.0, "exact", "محكمة ليبية", "crime", true),
        gold("u1", "arrests", 3.0, "exact", null, "security", true)));
    Map<String, List<NewsPrediction>> p = Map.of("u1", List.of(pred("arrests", 3.0, "exact", null, null)));
    String report = NewsClaimScorer.report(NewsClaimScorer.score(g, p, false));
    assertThat(report)
        .contains("all scored metrics: recall strict 0.500 (1 of 2)")
        .contains("today's taxonomy metrics: recall strict 0.500 (1 of 2)") // sentenced has triggers since issue 11
        .containsPattern("sentenced +1 +0 +0\\.000 +0 +0 +n/a")
        .doesNotContain("kidnapped"); // metrics with neither gold nor predictions are left out
  }
}
