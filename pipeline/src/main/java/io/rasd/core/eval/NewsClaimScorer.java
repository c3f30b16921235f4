package io.rasd.core.eval;

import io.rasd.core.eval.NewsClaimScore.MetricCounts;
import io.rasd.core.model.Claim;
import io.rasd.core.model.ClaimMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a run's claims against a real-news gold ({@link NewsGold}), article by article (joined by URL).
 *
 * <ul>
 *   <li>Recall (strict): each required gold count needs its own prediction with the same metric, value (both null
 *       when vague) and qualifier; then, for the report, the same with metric and value only.
 *   <li>Precision: a prediction is right when some gold count of its article (required or optional) has its
 *       metric and value (the seeds rule); strict precision also asks for the qualifier. A prediction that repeats
 *       an already matched fact is a duplicate, reported, not a false positive.
 *   <li>Actor: on found required counts whose gold names an actor, {@link ActorMatch}.
 *   <li>Period: on found required counts whose gold states one, the same year and since-year.
 *   <li>Context: on found required counts, equality, once the claims table has a context column.
 * </ul>
 *
 * Scored metrics: today's taxonomy and the ones the gold adds, both listed in {@code claims/metrics.tsv}.
 */
public final class NewsClaimScorer {
  /** Security metrics of today's taxonomy ({@code other} is never scored). */
  public static final List<String> TAXONOMY_METRICS = ClaimMetrics.TAXONOMY;
  /** Metrics the news gold records that today's taxonomy lacks. */
  public static final List<String> NEW_METRICS = ClaimMetrics.GOLD_ONLY;
  public static final List<String> SCORED_METRICS = concat(TAXONOMY_METRICS, NEW_METRICS);

  private NewsClaimScorer() {}

  /**
   * @param predicted a run's claims by article URL (articles the gold does not cover are ignored)
   * @param contextColumn whether the run's claims table has a context column
   */
  public static NewsClaimScore score(NewsGold gold, Map<String, List<NewsPrediction>> predicted,
      boolean contextColumn) {
    Map<String, int[]> counts = new LinkedHashMap<>(); // required, found, foundValue, predicted, matched, strict
    for (String m : SCORED_METRICS) counts.put(m, new int[6]);
    Map<String, List<NewsGoldClaim>> goldByUrl = new LinkedHashMap<>();
    for (NewsGoldClaim g : gold.claims()) {
      if (counts.containsKey(g.metric())) goldByUrl.computeIfAbsent(g.url(), k -> new ArrayList<>()).add(g);
    }
    Tally t = new Tally(contextColumn);
    int index = 0;
    for (Map.Entry<String, String> article : gold.articles().entrySet()) {
      String where = "[" + index++ + "]";
      List<NewsGoldClaim> rows = goldByUrl.getOrDefault(article.getKey(), List.of());
      List<NewsPrediction> preds = predicted.getOrDefault(article.getKey(), List.of()).stream()
          .filter(p -> counts.containsKey(p.claim().metric())).toList();
      int fp = scoreArticle(where, rows, preds, counts, t);
      if (article.getValue().equals("ordinary")) {
        t.ordinaryArticles++;
        t.ordinaryFalsePositives += fp;
        if (fp > 0) t.ordinaryWithFalsePositives++;
      }
    }
    Map<String, MetricCounts> perMetric = new LinkedHashMap<>();
    counts.forEach((m, c) -> perMetric.put(m, new MetricCounts(c[0], c[1], c[2], c[3], c[4], c[5])));
    return new NewsClaimScore(gold.articles().size(), perMetric, t.actorScored, t.actorRight, t.actorWithoutAgent,
        t.periodScored, t.periodRight, contextColumn ? t.contextScored : null, t.contextRight, t.duplicates, t.ordinaryArticles,
        t.ordinaryFalsePositives, t.ordinaryWithFalsePositives, List.copyOf(t.notes));
  }

  /** Running totals over articles that are not per metric. */
  private static final class Tally {
    final boolean contextColumn;
    int actorScored, actorRight, actorWithoutAgent, periodScored, periodRight, contextScored, contextRight, duplicates;
    int ordinaryArticles, ordinaryFalsePositives, ordinaryWithFalsePositives;
    final List<String> notes = new ArrayList<>();

    Tally(boolean contextColumn) {
      this.contextColumn = contextColumn;
    }
  }

  /** Scores one article; returns its number of false positives. */
  private static int scoreArticle(String where, List<NewsGoldClaim> rows, List<NewsPrediction> preds,
      Map<String, int[]> counts, Tally t) {
    NewsPrediction[] matchOf = new NewsPrediction[rows.size()];
    boolean[] strict = new boolean[rows.size()];
    boolean[] taken = new boolean[preds.size()];
    // required rows claim their strict matches first, then optional rows; leftovers match on value only
    for (boolean requiredPass : new boolean[] {true, false}) {
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).required() != requiredPass) continue;
        int p = take(rows.get(i), preds, taken, true);
        if (p >= 0) {
          matchOf[i] = preds.get(p);
          strict[i] = true;
        }
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      if (matchOf[i] != null) continue;
      int p = take(rows.get(i), preds, taken, false);
      if (p >= 0) matchOf[i] = preds.get(p);
    }
    for (int i = 0; i < rows.size(); i++) {
      NewsGoldClaim g = rows.get(i);
      if (!g.required()) continue;
      int[] c = counts.get(g.metric());
      c[0]++;
      NewsPrediction hit = matchOf[i];
      if (hit == null) {
        t.notes.add(where + " MISSED " + describe(g));
        continue;
      }
      c[2]++;
      if (strict[i]) {
        c[1]++;
      } else {
        t.notes.add(where + " QUALIFIER " + hit.claim().qualifier() + " for " + describe(g));
      }
      scoreActor(where, g, hit.claim(), t);
      scorePeriod(where, g, hit.claim(), t);
      if (t.contextColumn) {
        t.contextScored++;
        if (g.context().equals(hit.context())) {
          t.contextRight++;
        } else {
          t.notes.add(where + " CONTEXT " + hit.context() + " != gold " + g.context() + ": " + describe(g));
        }
      }
    }
    int falsePositives = 0;
    for (int p = 0; p < preds.size(); p++) {
      Claim c = preds.get(p).claim();
      int[] m = counts.get(c.metric());
      m[3]++;
      boolean valueMatch = rows.stream().anyMatch(g -> same(g, c, false));
      if (valueMatch) m[4]++;
      if (rows.stream().anyMatch(g -> same(g, c, true))) m[5]++;
      if (taken[p]) continue;
      if (valueMatch) {
        t.duplicates++;
      } else {
        falsePositives++;
        t.notes.add(where + " FALSE_POSITIVE " + c.metric() + " " + fmt(c.value()) + " " + c.qualifier()
            + " «" + c.text() + "»");
      }
    }
    return falsePositives;
  }

  private static void scoreActor(String where, NewsGoldClaim g, Claim hit, Tally t) {
    if (g.actor() == null) {
      if (hit.actor() != null) {
        t.actorWithoutAgent++;
        t.notes.add(where + " ACTOR " + hit.actor() + " where the gold names none: " + describe(g));
      }
      return;
    }
    t.actorScored++;
    if (ActorMatch.matches(g.actor(), hit.actor())) {
      t.actorRight++;
    } else {
      t.notes.add(where + " ACTOR " + hit.actor() + " != gold " + g.actor() + ": " + describe(g));
    }
  }

  private static void scorePeriod(String where, NewsGoldClaim g, Claim hit, Tally t) {
    if (g.year() == null && g.sinceYear() == null) return;
    t.periodScored++;
    if (Objects.equals(g.year(), hit.year()) && Objects.equals(g.sinceYear(), hit.sinceYear())) {
      t.periodRight++;
    } else {
      t.notes.add(where + " PERIOD year " + hit.year() + " since " + hit.sinceYear() + " != gold year " + g.year()
          + " since " + g.sinceYear() + ": " + describe(g));
    }
  }

  private static int take(NewsGoldClaim g, List<NewsPrediction> preds, boolean[] taken, boolean strict) {
    for (int p = 0; p < preds.size(); p++) {
      if (!taken[p] && same(g, preds.get(p).claim(), strict)) {
        taken[p] = true;
        return p;
      }
    }
    return -1;
  }

  private static boolean same(NewsGoldClaim g, Claim c, boolean withQualifier) {
    return g.metric().equals(c.metric()) && ClaimScorer.sameValue(c.value(), g.value())
        && (!withQualifier || Objects.equals(g.qualifier(), c.qualifier()));
  }

  private static String describe(NewsGoldClaim g) {
    return g.metric() + " " + fmt(g.value()) + " " + g.qualifier() + " «" + g.evidence() + "»";
  }

  private static String fmt(Double v) {
    if (v == null) return "null";
    return v == Math.rint(v) ? String.valueOf(v.longValue()) : v.toString();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /** Plain-text report for the eval command. */
  public static String report(NewsClaimScore s) {
    StringBuilder b = new StringBuilder();
    MetricCounts all = s.total(SCORED_METRICS);
    MetricCounts taxonomy = s.total(TAXONOMY_METRICS);
    b.append(String.format(Locale.ROOT, "news claims: %d articles (%d ordinary), %d required counts%n",
        s.articles(), s.ordinaryArticles(), all.required()));
    b.append(line("all scored metrics", all));
    b.append(line("today's taxonomy metrics", taxonomy));
    b.append(String.format(Locale.ROOT, "  actor right %s (%d of %d found counts with an actor); "
        + "an actor where the gold names none: %d%n", ratio(s.actorRight(), s.actorScored()), s.actorRight(),
        s.actorScored(), s.actorWithoutAgent()));
    b.append(String.format(Locale.ROOT, "  period right %s (%d of %d found counts with a year or since-year)%n",
        ratio(s.periodRight(), s.periodScored()), s.periodRight(), s.periodScored()));
    b.append(s.contextScored() == null
        ? "  context right n/a (the claims table has no context column)\n"
        : String.format(Locale.ROOT, "  context right %s (%d of %d found counts)%n",
            ratio(s.contextRight(), s.contextScored()), s.contextRight(), s.contextScored()));
    b.append(String.format(Locale.ROOT, "  ordinary articles: %d false positives in %d of %d articles%n",
        s.ordinaryFalsePositives(), s.ordinaryArticlesWithFalsePositives(), s.ordinaryArticles()));
    b.append(String.format(Locale.ROOT, "  duplicates (one fact output twice): %d%n", s.duplicates()));
    b.append(String.format(Locale.ROOT, "  %-17s %8s %6s %7s %9s %7s %9s%n", "metric", "required", "found",
        "recall", "predicted", "matched", "precision"));
    s.perMetric().forEach((m, c) -> {
      if (c.required() > 0 || c.predicted() > 0) {
        b.append(String.format(Locale.ROOT, "  %-17s %8d %6d %7s %9d %7d %9s%n", m, c.required(), c.found(),
            ratio(c.found(), c.required()), c.predicted(), c.matched(), ratio(c.matched(), c.predicted())));
      }
    });
    for (String n : s.notes()) b.append("  ").append(n).append('\n');
    return b.toString();
  }

  private static String line(String label, MetricCounts c) {
    return String.format(Locale.ROOT, "  %s: recall strict %s (%d of %d), metric+value %s; precision %s "
        + "(%d of %d), strict %s%n", label, ratio(c.found(), c.required()), c.found(), c.required(),
        ratio(c.foundValue(), c.required()), ratio(c.matched(), c.predicted()), c.matched(), c.predicted(),
        ratio(c.matchedStrict(), c.predicted()));
  }

  private static String ratio(int a, int b) {
    return b == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f", (double) a / b);
  }
}
