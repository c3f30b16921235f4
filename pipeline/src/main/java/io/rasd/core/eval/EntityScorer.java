package io.rasd.core.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores a run's PERSON / ORGANIZATION / LOCATION mentions and their entity ids against the news-entities gold:
 * mentions by exact span + type (and by overlap), linking by B-cubed, false merges and splits over the mentions
 * found exactly. Other types (MISC, DATE) are not scored. Gold offsets that no longer match the run's body are
 * re-located by text and occurrence index.
 */
public final class EntityScorer {
  public static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION");
  private static final int EXAMPLES = 12;

  private EntityScorer() {}

  /**
   * @param urls the articles the gold covers
   * @param bodyByUrl the cleaned body of each article of the run
   * @param predicted the run's mentions (any type, any article; only the covered articles and scored types count)
   */
  public static EntityScore score(List<GoldMention> gold, Set<String> urls, Map<String, String> bodyByUrl,
      List<ScoredMention> predicted) {
    int relocated = 0;
    int unlocated = 0;
    List<String> notes = new ArrayList<>();
    List<GoldMention> located = new ArrayList<>();
    for (GoldMention g : gold) {
      String body = bodyByUrl.get(g.url());
      if (body == null) continue;
      int start = locate(body, g);
      if (start < 0) {
        unlocated++;
        notes.add("UNLOCATED " + g.type() + " «" + g.text() + "» #" + g.occurrence() + " in " + g.url());
        continue;
      }
      if (start != g.start()) relocated++;
      located.add(new GoldMention(g.url(), g.type(), g.text(), start, start + g.text().length(), g.key(),
          g.occurrence()));
    }
    int missingArticles = (int) urls.stream().filter(u -> !bodyByUrl.containsKey(u)).count();
    List<ScoredMention> pred = predicted.stream()
        .filter(p -> urls.contains(p.url()) && TYPES.contains(p.type()))
        .toList();

    Map<String, GoldMention> goldBySpan = new HashMap<>();
    for (GoldMention g : located) goldBySpan.put(span(g.url(), g.type(), g.start(), g.end()), g);
    Map<String, ScoredMention> predBySpan = new HashMap<>();
    for (ScoredMention p : pred) predBySpan.put(span(p.url(), p.type(), p.start(), p.end()), p);

    Map<String, int[]> exact = new LinkedHashMap<>();
    for (String t : TYPES) exact.put(t, new int[4]);
    int[] partial = new int[4];
    List<GoldMention> foundGold = new ArrayList<>();
    List<ScoredMention> foundPred = new ArrayList<>();
    for (GoldMention g : located) {
      int[] c = exact.get(g.type());
      c[0]++;
      partial[0]++;
      ScoredMention hit = predBySpan.get(span(g.url(), g.type(), g.start(), g.end()));
      if (hit != null) {
        c[2]++;
        foundGold.add(g);
        foundPred.add(hit);
      } else if (notes.size() < EXAMPLES) {
        notes.add("MISSED " + g.type() + " «" + g.text() + "» in " + g.url());
      }
      if (pred.stream().anyMatch(p -> overlaps(p, g))) partial[2]++;
    }
    int falsePositiveNotes = 0;
    for (ScoredMention p : pred) {
      int[] c = exact.get(p.type());
      c[1]++;
      partial[1]++;
      if (goldBySpan.containsKey(span(p.url(), p.type(), p.start(), p.end()))) {
        c[3]++;
      } else if (falsePositiveNotes++ < EXAMPLES) {
        notes.add("FALSE_POSITIVE " + p.type() + " «" + p.text() + "» in " + p.url());
      }
      if (located.stream().anyMatch(g -> overlaps(p, g))) partial[3]++;
    }
    Map<String, EntityScore.Counts> byType = new LinkedHashMap<>();
    int[] all = new int[4];
    for (var e : exact.entrySet()) {
      int[] c = e.getValue();
      byType.put(e.getKey(), new EntityScore.Counts(c[0], c[1], c[2], c[3]));
      for (int i = 0; i < 4; i++) all[i] += c[i];
    }

    // linking, over the mentions found exactly: i-th gold mention <-> i-th predicted mention
    List<String> keys = foundGold.stream().map(GoldMention::key).toList();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < foundPred.size(); i++) {
      String id = foundPred.get(i).entityId();
      ids.add(id != null ? id : "\u0000singleton-" + i);
    }
    double[] b3 = bCubed(keys, ids);
    // false merge: a run entity over 2+ gold keys; split: a gold key over 2+ run ids (of clusters of 2+ mentions)
    List<String> texts = foundGold.stream().map(g -> g.text() + " @" + articleLabel(g.url())).toList();
    int[] merges = mixed(ids, keys, texts, "FALSE_MERGE run entity %s holds gold keys %s", notes);
    int[] splits = mixed(keys, ids, texts, "SPLIT gold key %s is over run entities %s", notes);
    return new EntityScore(byType, new EntityScore.Counts(all[0], all[1], all[2], all[3]),
        new EntityScore.Counts(partial[0], partial[1], partial[2], partial[3]), b3[0], b3[1], merges[0], merges[1],
        splits[0], splits[1], relocated, unlocated, missingArticles, List.copyOf(notes));
  }

  /** Start of the gold span in {@code body}: its own offsets if they still hold, else the occurrence-th match. */
  static int locate(String body, GoldMention g) {
    if (g.start() >= 0 && g.end() <= body.length() && body.startsWith(g.text(), g.start())
        && g.end() - g.start() == g.text().length()) {
      return g.start();
    }
    int at = body.indexOf(g.text());
    for (int i = 0; i < g.occurrence() && at >= 0; i++) at = body.indexOf(g.text(), at + 1);
    return at;
  }

  /**
   * B-cubed precision and recall: for each mention, the share of its predicted cluster that shares its gold key
   * (precision) and the share of its gold cluster that shares its predicted id (recall), averaged over mentions.
   */
  static double[] bCubed(List<String> keys, List<String> ids) {
    if (keys.isEmpty()) return new double[] {1.0, 1.0};
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) both.merge(keys.get(i) + "\u0000" + ids.get(i), 1, Integer::sum);
    Map<String, Integer> byKey = sizes(keys);
    Map<String, Integer> byId = sizes(ids);
    double p = 0;
    double r = 0;
    for (int i = 0; i < keys.size(); i++) {
      double shared = both.get(keys.get(i) + "\u0000" + ids.get(i));
      p += shared / byId.get(ids.get(i));
      r += shared / byKey.get(keys.get(i));
    }
    return new double[] {p / keys.size(), r / keys.size()};
  }

  /**
   * Clusters by {@code by} (mentions at the same index) with at least 2 mentions: how many carry 2 or more distinct
   * {@code other} values, and how many there are; notes every mixed one, each followed by a line with the mention
   * texts (and articles) under each of its {@code other} values.
   */
  private static int[] mixed(List<String> by, List<String> other, List<String> texts, String note,
      List<String> notes) {
    Map<String, Set<String>> values = groups(by, other);
    Map<String, Integer> size = sizes(by);
    int mixed = 0;
    int candidates = 0;
    for (var e : values.entrySet()) {
      if (size.get(e.getKey()) < 2) continue;
      candidates++;
      if (e.getValue().size() >= 2) {
        mixed++;
        notes.add(String.format(Locale.ROOT, note, e.getKey(), new TreeSet<>(e.getValue())));
        Map<String, Set<String>> textsOf = new TreeMap<>();
        for (int i = 0; i < by.size(); i++) {
          if (by.get(i).equals(e.getKey())) {
            textsOf.computeIfAbsent(other.get(i), k -> new TreeSet<>()).add(texts.get(i));
          }
        }
        StringBuilder line = new StringBuilder("  ");
        textsOf.forEach((v, t) -> line.append(line.length() > 2 ? " | " : "").append(v).append(": ")
            .append(String.join(", ", t)));
        notes.add(line.toString());
      }
    }
    return new int[] {mixed, candidates};
  }

  /** A short label of an article's url for the notes: its last path segment, cut to 24 characters. */
  private static String articleLabel(String url) {
    String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    String last = u.substring(u.lastIndexOf('/') + 1);
    return last.length() > 24 ? last.substring(0, 24) : last;
  }

  private static Map<String, Set<String>> groups(List<String> by, List<String> values) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (int i = 0; i < by.size(); i++) out.computeIfAbsent(by.get(i), k -> new HashSet<>()).add(values.get(i));
    return out;
  }

  private static Map<String, Integer> sizes(List<String> values) {
    Map<String, Integer> out = new HashMap<>();
    for (String v : values) out.merge(v, 1, Integer::sum);
    return out;
  }

  private static boolean overlaps(ScoredMention p, GoldMention g) {
    return p.url().equals(g.url()) && p.type().equals(g.type()) && p.start() < g.end() && g.start() < p.end();
  }

  private static String span(String url, String type, int start, int end) {
    return url + "\u0000" + type + "\u0000" + start + "\u0000" + end;
  }

  /** Plain-text report for the eval command. */
  public static String report(EntityScore s) {
    StringBuilder b = new StringBuilder();
    b.append("entities: mentions, exact span + type\n");
    b.append(String.format(Locale.ROOT, "  %-12s %6s %6s %6s %6s %6s %6s%n", "type", "gold", "pred", "P", "R",
        "F1", "found"));
    for (var e : s.byType().entrySet()) row(b, e.getKey(), e.getValue());
    row(b, "overall", s.overall());
    row(b, "partial", s.partial());
    b.append(String.format(Locale.ROOT,
        "  linking: B-cubed P %.3f R %.3f; false merges %d/%d = %.3f; splits %d/%d = %.3f%n", s.b3Precision(),
        s.b3Recall(), s.falseMerges(), s.mergeCandidates(), s.falseMergeRate(), s.splits(), s.splitCandidates(),
        s.splitRate()));
    b.append(String.format(Locale.ROOT, "  gold offsets: %d re-located, %d not found; articles missing from run: %d%n",
        s.relocated(), s.unlocated(), s.missingArticles()));
    for (String n : s.notes()) b.append("  ").append(n).append('\n');
    return b.toString();
  }

  private static void row(StringBuilder b, String name, EntityScore.Counts c) {
    b.append(String.format(Locale.ROOT, "  %-12s %6d %6d %6.3f %6.3f %6.3f %6d%n", name, c.gold(), c.predicted(),
        c.precision(), c.recall(), c.f1(), c.goldFound()));
  }
}
