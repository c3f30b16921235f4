package io.rasd.core.eval;

import io.rasd.core.model.Claim;
import io.rasd.core.model.ClaimMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores predicted claims against gold rows (rule of the gold README): a required row is found when a claim of
 * the same file has its metric, value (both null for vague) and qualifier; a claim of a listed metric that
 * matches no row of its file (metric and value, or both vague) is a false positive; optional rows matched are not
 * penalised, and claims of metric {@code other} are not scored. Files with predictions but no gold rows count
 * as articles without claims.
 */
public final class ClaimScorer {
  /** The taxonomy's metrics ({@code claims/metrics.tsv}); {@code other} is not one. */
  public static final Set<String> LISTED_METRICS = Set.copyOf(ClaimMetrics.TAXONOMY);

  private ClaimScorer() {}

  /** @param predicted claims keyed by source file name */
  public static ClaimScore score(List<GoldClaim> gold, Map<String, List<Claim>> predicted) {
    Map<String, List<GoldClaim>> goldByFile = new TreeMap<>();
    for (GoldClaim g : gold) goldByFile.computeIfAbsent(g.file(), k -> new ArrayList<>()).add(g);
    Set<String> files = new TreeSet<>(goldByFile.keySet());
    files.addAll(predicted.keySet());
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int matched = 0;
    List<String> notes = new ArrayList<>();
    for (String file : files) {
      List<GoldClaim> rows = goldByFile.getOrDefault(file, List.of());
      List<Claim> claims = predicted.getOrDefault(file, List.of());
      for (GoldClaim g : rows) {
        if (!g.required()) continue;
        Claim hit = null;
        Claim near = null;
        for (Claim c : claims) {
          if (!c.metric().equals(g.metric()) || !sameValue(c.value(), g.value())) continue;
          if (c.qualifier().equals(g.qualifier())) {
            hit = c;
            break;
          }
          near = c;
        }
        if (hit != null) {
          tp++;
          if (g.year() != null && !g.year().equals(hit.year())) {
            notes.add(file + " NOTE year " + hit.year() + " != gold " + g.year() + ": " + describe(g));
          }
          if (g.since() != null && !g.since().equals(hit.sinceYear())) {
            notes.add(file + " NOTE since " + hit.sinceYear() + " != gold " + g.since() + ": " + describe(g));
          }
        } else {
          fn++;
          notes.add(file + " MISSED " + describe(g)
              + (near != null ? " (found with qualifier " + near.qualifier() + ")" : ""));
        }
      }
      for (Claim c : claims) {
        if (!LISTED_METRICS.contains(c.metric())) continue;
        boolean any = rows.stream().anyMatch(g -> g.metric().equals(c.metric()) && sameValue(c.value(), g.value()));
        if (any) {
          matched++;
        } else {
          fp++;
          notes.add(file + " FALSE_POSITIVE " + c.metric() + " " + fmt(c.value()) + " " + c.qualifier()
              + " «" + c.text() + "»");
        }
      }
    }
    double precision = matched + fp == 0 ? 1.0 : (double) matched / (matched + fp);
    double recall = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    return new ClaimScore(tp, fn, fp, matched, precision, recall, List.copyOf(notes));
  }

  static boolean sameValue(Double a, Double b) {
    if (a == null || b == null) return Objects.equals(a, b);
    return Math.abs(a - b) <= 1e-6 * Math.max(1.0, Math.abs(b));
  }

  private static String describe(GoldClaim g) {
    return g.metric() + " " + fmt(g.value()) + " " + g.qualifier() + " «" + g.evidence() + "»";
  }

  private static String fmt(Double v) {
    if (v == null) return "null";
    return v == Math.rint(v) ? String.valueOf(v.longValue()) : v.toString();
  }

  /** Scores and renders in one call: the text the eval command prints. */
  public static String report(List<GoldClaim> gold, Map<String, List<Claim>> predicted) {
    return report(score(gold, predicted));
  }

  /** Plain-text report for the eval command. */
  public static String report(ClaimScore s) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "claims: precision %.3f  recall %.3f%n", s.precision(), s.recall()));
    b.append(String.format(Locale.ROOT, "  required found %d, missed %d; predictions matched %d, false positives %d%n",
        s.truePositives(), s.falseNegatives(), s.matchedPredictions(), s.falsePositives()));
    for (String m : s.mismatches()) b.append("  ").append(m).append('\n');
    return b.toString();
  }
}
