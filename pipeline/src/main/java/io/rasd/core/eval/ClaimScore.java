package io.rasd.core.eval;

import java.util.List;

/**
 * Result of scoring claims against gold.
 *
 * @param truePositives required gold rows found (same file, metric, value, qualifier)
 * @param falseNegatives required gold rows not found
 * @param falsePositives predicted claims of a listed metric that match no gold row of their file
 * @param matchedPredictions predicted claims of a listed metric that match some gold row (required or optional)
 * @param precision matchedPredictions / (matchedPredictions + falsePositives); 1 when nothing was predicted
 * @param recall truePositives / (truePositives + falseNegatives); 1 when nothing is required
 * @param mismatches one human-readable line per missed row, false positive and attribute difference
 */
public record ClaimScore(int truePositives, int falseNegatives, int falsePositives, int matchedPredictions,
    double precision, double recall, List<String> mismatches) {}
