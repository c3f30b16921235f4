package io.rasd.core.eval;

import java.util.List;
import java.util.Map;

/**
 * Result of scoring a run's mentions and entity ids against the news-entities gold (definitions in the gold's
 * README).
 *
 * @param byType exact span + type counts per type (PERSON, ORGANIZATION, LOCATION)
 * @param overall exact span + type counts over the three types
 * @param partial the same with "overlaps a mention of the same type" instead of "same span"
 * @param b3Precision B-cubed precision of the run's entity ids over the mentions found exactly
 * @param b3Recall B-cubed recall over the same mentions
 * @param falseMerges run entities (with at least 2 mentions found) whose mentions belong to 2 or more gold entities
 * @param mergeCandidates run entities with at least 2 mentions found
 * @param splits gold entities (with at least 2 mentions found) whose mentions carry 2 or more run entity ids
 * @param splitCandidates gold entities with at least 2 mentions found
 * @param relocated gold mentions whose offsets no longer matched the run's body and were found again by text and
 *     occurrence
 * @param unlocated gold mentions not found in the run's body at all (not scored)
 * @param missingArticles gold articles the run has no article for (by url)
 * @param notes a few examples of misses, false positives, false merges and splits
 */
public record EntityScore(Map<String, Counts> byType, Counts overall, Counts partial, double b3Precision,
    double b3Recall, int falseMerges, int mergeCandidates, int splits, int splitCandidates, int relocated,
    int unlocated, int missingArticles, List<String> notes) {

  /**
   * Mention counts of one type.
   *
   * @param goldFound gold mentions found (exact: same span; partial: overlapped by one)
   * @param predictedCorrect predicted mentions that are right (exact: equal to a gold mention; partial: overlap one)
   */
  public record Counts(int gold, int predicted, int goldFound, int predictedCorrect) {
    public double precision() {
      return predicted == 0 ? 1.0 : (double) predictedCorrect / predicted;
    }

    public double recall() {
      return gold == 0 ? 1.0 : (double) goldFound / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
  }

  public double falseMergeRate() {
    return mergeCandidates == 0 ? 0.0 : (double) falseMerges / mergeCandidates;
  }

  public double splitRate() {
    return splitCandidates == 0 ? 0.0 : (double) splits / splitCandidates;
  }
}
