package io.rasd.core.claims;

import io.rasd.core.model.ArticleClaim;
import io.rasd.core.UnionFind;
import io.rasd.core.model.Ids;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.model.Claim;
import io.rasd.core.arabic.Folding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Links claims of different articles that report the same fact. Two claims link when they have the same metric,
 * a shared anchor (equal year, equal since-year, or equal location), no contradicting period, place or actor,
 * and values consistent under their qualifiers (intervals intersect). With an equal year / since-year but
 * disjoint values they still link and are flagged as a conflict. Vague and {@code other} claims are not grouped.
 * Deterministic and independent of input order.
 */
public final class ClaimGrouper {
  /** Relative half-width of an "approximately" value (نحو ألفي = 1700..2300). */
  static final double APPROX_TOLERANCE = 0.15;


  public record GroupAssignment(String groupId, String claimId, String articleId, String metric, boolean conflict,
      String detail) {}

  private enum Link { NONE, SAME, CONFLICT }

  private final ClaimLexicon lexicon = ClaimLexicon.load();

  public List<GroupAssignment> group(Collection<ArticleClaim> claims) {
    List<ArticleClaim> in = new ArrayList<>();
    for (ArticleClaim a : claims) {
      Claim c = a.claim();
      if (c == null || a.claimId() == null || a.articleId() == null || c.value() == null
          || "other".equals(c.metric()) || "vague".equals(c.qualifier())) continue;
      in.add(a);
    }
    in.sort(Comparator.comparing(ArticleClaim::claimId).thenComparing(ArticleClaim::articleId));
    int n = in.size();
    UnionFind groups = new UnionFind(n);
    // only claims sharing an anchor (metric + unit + year, since-year or place) can link: compare within buckets
    Map<String, List<Integer>> buckets = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      Claim c = in.get(i).claim();
      String base = c.metric() + "|" + c.unit() + "|";
      if (c.year() != null) buckets.computeIfAbsent(base + "Y" + c.year(), k -> new ArrayList<>()).add(i);
      if (c.sinceYear() != null) buckets.computeIfAbsent(base + "S" + c.sinceYear(), k -> new ArrayList<>()).add(i);
      if (c.location() != null) {
        buckets.computeIfAbsent(base + "L" + norm(c.location()), k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> b : buckets.values()) {
      for (int x = 0; x < b.size(); x++) {
        for (int y = 0; y < x; y++) {
          int i = b.get(x);
          int j = b.get(y);
          if (groups.find(i) != groups.find(j) && link(in.get(i), in.get(j)) != Link.NONE) groups.union(i, j);
        }
      }
    }
    Map<Integer, List<Integer>> comps = new TreeMap<>();
    for (int i = 0; i < n; i++) comps.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(i);
    List<GroupAssignment> out = new ArrayList<>();
    for (List<Integer> members : comps.values()) {
      Set<String> articles = new HashSet<>();
      for (int m : members) articles.add(in.get(m).articleId());
      if (articles.size() < 2) continue;
      List<String> ids = new ArrayList<>();
      for (int m : members) ids.add(in.get(m).claimId());
      ids.sort(null);
      String gid = Ids.claimGroupId(ids);
      for (int m : members) {
        ArticleClaim a = in.get(m);
        List<String> conflicts = new ArrayList<>();
        for (int o : members) {
          if (o != m && !in.get(o).articleId().equals(a.articleId())
              && !consistent(in.get(o).claim(), a.claim())) {
            conflicts.add(in.get(o).claimId() + "=" + show(in.get(o).claim()));
          }
        }
        conflicts.sort(null);
        String detail = conflicts.isEmpty()
            ? "consistent: " + members.size() + " claims in " + articles.size() + " articles"
            : "conflicts with " + String.join(", ", conflicts) + " (this: " + show(a.claim()) + ")";
        out.add(new GroupAssignment(gid, a.claimId(), a.articleId(), a.claim().metric(), !conflicts.isEmpty(),
            detail));
      }
    }
    out.sort(Comparator.comparing(GroupAssignment::groupId).thenComparing(GroupAssignment::claimId));
    return out;
  }

  private Link link(ArticleClaim x, ArticleClaim y) {
    if (x.articleId().equals(y.articleId())) return Link.NONE;
    Claim a = x.claim();
    Claim b = y.claim();
    if (!a.metric().equals(b.metric()) || !java.util.Objects.equals(a.unit(), b.unit())) return Link.NONE;
    boolean samePeriod = false;
    if (a.year() != null || b.year() != null || a.sinceYear() != null || b.sinceYear() != null) {
      boolean aHas = a.year() != null || a.sinceYear() != null;
      boolean bHas = b.year() != null || b.sinceYear() != null;
      if (aHas && bHas) {
        if (!java.util.Objects.equals(a.year(), b.year()) || !java.util.Objects.equals(a.sinceYear(), b.sinceYear())) {
          return Link.NONE;
        }
        samePeriod = true;
      }
    }
    boolean samePlace = false;
    if (a.location() != null && b.location() != null) {
      if (!norm(a.location()).equals(norm(b.location()))) return Link.NONE;
      samePlace = true;
    }
    if (a.actor() != null && b.actor() != null && !shareWord(a.actor(), b.actor())
        && !isGeneric(a.actor()) && !isGeneric(b.actor())) {
      return Link.NONE;
    }
    if (!samePeriod && !samePlace) return Link.NONE;
    if (consistent(a, b)) return Link.SAME;
    return samePeriod ? Link.CONFLICT : Link.NONE;
  }

  /** Values are consistent when the intervals their qualifiers allow intersect. */
  static boolean consistent(Claim a, Claim b) {
    double[] x = interval(a);
    double[] y = interval(b);
    return x[0] <= y[1] && y[0] <= x[1];
  }

  static double[] interval(Claim c) {
    double v = c.value();
    return switch (c.qualifier()) {
      case "approximately" -> new double[] {v * (1 - APPROX_TOLERANCE), v * (1 + APPROX_TOLERANCE)};
      case "more_than", "at_least" -> new double[] {v, Double.POSITIVE_INFINITY};
      case "less_than", "at_most" -> new double[] {0, v};
      case "range" -> new double[] {v, c.valueMax() == null ? v : c.valueMax()};
      default -> new double[] {v, v};
    };
  }

  private static String show(Claim c) {
    double v = c.value();
    String num = v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    return c.qualifier().toLowerCase(Locale.ROOT) + " " + num;
  }

  private static String norm(String s) {
    String n = Folding.MATCH.apply(s).strip();
    return n.startsWith("ال") && n.length() > 3 ? n.substring(2) : n;
  }

  /** "السلطات الأمنية", "قوات الأمن": says what kind of body acted, not which, so it contradicts no named actor. */
  private boolean isGeneric(String actor) {
    String first = actor.strip().split("\\s+")[0];
    return lexicon.genericActorHeads.contains(ArabicWord.withoutArticle(Folding.MATCH.apply(first)));
  }

  private static boolean shareWord(String a, String b) {
    Set<String> wa = new HashSet<>();
    for (String w : a.split("\\s+")) wa.add(norm(w));
    for (String w : b.split("\\s+")) if (wa.contains(norm(w))) return true;
    return false;
  }
}
