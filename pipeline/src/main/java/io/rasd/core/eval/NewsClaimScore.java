package io.rasd.core.eval;

import java.util.List;
import java.util.Map;

/**
 * Result of scoring a run against a real-news claims gold ({@link NewsClaimScorer}).
 *
 * @param perMetric counts of every scored metric, in report order
 * @param actorScored found required claims whose gold names an actor
 * @param actorRight of those, the ones whose predicted actor matches (folded containment either way)
 * @param actorWithoutAgent found required claims whose gold names no actor but the prediction has one
 * @param periodScored found required claims whose gold states a period (year or since_year)
 * @param periodRight of those, the ones with the gold's year and since_year
 * @param contextScored found required claims scored for context; null while the claims table has no context
 * @param duplicates predictions that repeat a fact already matched in their article (not false positives)
 * @param ordinaryArticles articles of the ordinary set (news without security counts)
 * @param ordinaryFalsePositives false positives in those articles
 * @param ordinaryArticlesWithFalsePositives ordinary articles with at least one false positive
 * @param notes one line per missed count, false positive, qualifier, actor and context difference
 */
public record NewsClaimScore(int articles, Map<String, MetricCounts> perMetric, int actorScored, int actorRight,
    int actorWithoutAgent, int periodScored, int periodRight, Integer contextScored, int contextRight, int duplicates, int ordinaryArticles,
    int ordinaryFalsePositives, int ordinaryArticlesWithFalsePositives, List<String> notes) {

  /**
   * @param required required gold counts
   * @param found required counts found with metric, value and qualifier (one prediction per gold count)
   * @param foundValue required counts found with metric and value, whatever the qualifier
   * @param predicted predictions of the metric in the gold's articles
   * @param matched predictions equal to some gold count of their article on metric and value (the seeds rule)
   * @param matchedStrict predictions equal to some gold count on metric, value and qualifier
   */
  public record MetricCounts(int required, int found, int foundValue, int predicted, int matched, int matchedStrict) {
    MetricCounts plus(MetricCounts o) {
      return new MetricCounts(required + o.required, found + o.found, foundValue + o.foundValue,
          predicted + o.predicted, matched + o.matched, matchedStrict + o.matchedStrict);
    }

    public double recall() {
      return required == 0 ? 1.0 : (double) found / required;
    }

    public double recallValue() {
      return required == 0 ? 1.0 : (double) foundValue / required;
    }

    public double precision() {
      return predicted == 0 ? 1.0 : (double) matched / predicted;
    }

    public double precisionStrict() {
      return predicted == 0 ? 1.0 : (double) matchedStrict / predicted;
    }
  }

  /** Counts summed over the given metrics (those absent count zero). */
  public MetricCounts total(Iterable<String> metrics) {
    MetricCounts t = new MetricCounts(0, 0, 0, 0, 0, 0);
    for (String m : metrics) {
      MetricCounts c = perMetric.get(m);
      if (c != null) t = t.plus(c);
    }
    return t;
  }

  public double actorAccuracy() {
    return actorScored == 0 ? 1.0 : (double) actorRight / actorScored;
  }
}
