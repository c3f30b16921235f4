package io.rasd.core.claims;

import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.DefiniteArticle;
import io.rasd.core.arabic.Folding;
import io.rasd.core.model.ArticleClaim;
import io.rasd.core.model.Claim;
import io.rasd.core.model.Ids;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Links claims of different articles that report the same fact. Two claims link when they have the same metric,
 * a shared anchor (equal year, equal since-year, or equal location; a place alone only for articles published within
 * {@link #PLACE_ONLY_DAYS} days and with more evidence: the same named actor, or both counts {@link #specific}, and
 * for a broad place, a country or a region, the actor), no contradicting period, place, actor or context, and values
 * consistent under their
 * qualifiers (intervals intersect); with an equal since-year but disjoint values within a factor of
 * {@link #MAX_CONFLICT_RATIO} they still link, flagged as a conflict. Groups are cliques of that relation (complete link, never a chain of pairs), built greedily in founding
 * order (oldest article first, then claim id): each claim joins the earliest-founded group whose every member it
 * links with, else founds a group; the group id derives from the founder alone. Vague and {@code other} claims are
 * not grouped. Deterministic and independent of input order.
 */
public final class ClaimGrouper {
  /** Relative half-width of an "approximately" value (نحو ألفي = 1700..2300). */
  static final double APPROX_TOLERANCE = 0.15;

  /** Reports of one running total that disagree by more than this factor are two facts, not a conflict. */
  static final double MAX_CONFLICT_RATIO = 3.0;

  /** Oldest article first (undated last), then claim id: a total order that does not depend on input order. */
  private static final Comparator<ArticleClaim> FOUNDING_ORDER =
      Comparator.comparing(ArticleClaim::published, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(ArticleClaim::claimId)
          .thenComparing(ArticleClaim::articleId);

  /** Claims anchored only by a place are one event when their articles appeared within this many days. */
  static final int PLACE_ONLY_DAYS = 3;

  public record GroupAssignment(String groupId, String claimId, String articleId, String metric, boolean conflict,
      String detail) {}

  private enum Link { NONE, SAME, CONFLICT }

  private final ClaimLexicon lexicon = ClaimLexicon.load();

  public List<GroupAssignment> group(Collection<ArticleClaim> claims) {
    List<ArticleClaim> in = new ArrayList<>();
    for (ArticleClaim a : claims) {
      if (groupable(a)) in.add(a);
    }
    // founding order: oldest article first, so a newer article joins existing groups and never refounds them
    in.sort(FOUNDING_ORDER);
    List<List<Integer>> groups = new ArrayList<>();
    int[] groupOf = new int[in.size()];
    // only claims sharing an anchor (metric + unit + year, since-year or place) can link: candidates per bucket
    Map<String, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < in.size(); i++) {
      List<String> keys = anchors(in.get(i).claim());
      TreeSet<Integer> candidates = new TreeSet<>();
      for (String k : keys) {
        for (int j : buckets.getOrDefault(k, List.of())) candidates.add(groupOf[j]);
      }
      groupOf[i] = -1;
      for (int g : candidates) {
        if (fitsAll(in, groups.get(g), in.get(i))) {
          groupOf[i] = g;
          groups.get(g).add(i);
          break;
        }
      }
      if (groupOf[i] < 0) {
        groupOf[i] = groups.size();
        groups.add(new ArrayList<>(List.of(i)));
      }
      for (String k : keys) buckets.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
    }
    List<GroupAssignment> out = new ArrayList<>();
    for (List<Integer> members : groups) {
      if (members.size() < 2) continue;
      Set<String> articles = new HashSet<>();
      for (int m : members) articles.add(in.get(m).articleId());
      if (articles.size() < 2) continue;
      String gid = Ids.claimGroupId(in.get(members.get(0)).claimId());
      for (int m : members) {
        ArticleClaim a = in.get(m);
        List<String> conflicts = new ArrayList<>();
        for (int o : members) {
          if (o != m && !consistent(in.get(o).claim(), a.claim())) {
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

  /**
   * Whether a claim can be in a group at all: a counted claim with at least one anchor (year, since-year or place),
   * since only claims sharing an anchor link. The others need not be gathered for {@link #group}.
   */
  public static boolean groupable(ArticleClaim a) {
    Claim c = a.claim();
    return c != null && a.claimId() != null && a.articleId() != null && c.value() != null
        && !"other".equals(c.metric()) && !"vague".equals(c.qualifier()) && !anchors(c).isEmpty();
  }

  /** Complete link: a claim joins a group only when it links with every member (no chains of pairs). */
  private boolean fitsAll(List<ArticleClaim> in, List<Integer> members, ArticleClaim c) {
    for (int m : members) {
      if (link(in.get(m), c) == Link.NONE) return false;
    }
    return true;
  }

  private static List<String> anchors(Claim c) {
    String base = c.metric() + "|" + c.unit() + "|";
    List<String> keys = new ArrayList<>(3);
    if (c.year() != null) keys.add(base + "Y" + c.year());
    if (c.sinceYear() != null) keys.add(base + "S" + c.sinceYear());
    if (c.location() != null) keys.add(base + "L" + norm(c.location()));
    return keys;
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
    // a road crash and a bombing are different facts, whatever their counts
    if (a.context() != null && b.context() != null && !a.context().equals(b.context())) return Link.NONE;
    if (!samePeriod && !samePlace) return Link.NONE;
    if (!samePeriod) {
      if (!closeInTime(x.published(), y.published())) return Link.NONE;
      // a place and a few days are not one event by themselves: the same named actor, or a count that few events
      // share (bounded, not a lone 1), must say so; a broad place (a country, a region) needs the actor
      boolean actor = sameSpecificActor(a, b);
      if (isBroad(a.location()) ? !actor : !actor && !(specific(a) && specific(b))) return Link.NONE;
    }
    if (consistent(a, b)) return Link.SAME;
    // a running total since a year is one fact: disagreeing reports of it are a conflict, not two facts, as long as
    // they disagree as estimates do (10,000 / 15,000 killed since 2009), not as two tolls (70 / 40,000 since 2013)
    return a.sinceYear() != null && a.sinceYear().equals(b.sinceYear()) && closeEstimates(a, b)
        ? Link.CONFLICT : Link.NONE;
  }

  /**
   * A count that says which event it is: exact, approximate or a range, of at least 2. A lone 1 (one victim, one
   * arrest) and an open bound (at least 31, more than 50, at most 5) fit the counts of many events.
   */
  static boolean specific(Claim c) {
    return c.value() != null && c.value() >= 2
        && switch (c.qualifier()) {
          case "exact", "approximately", "range" -> true;
          default -> false;
        };
  }

  /** Both actors are named, share a word, and one of them names which body (not only "السلطات", "قوات"). */
  private boolean sameSpecificActor(Claim a, Claim b) {
    return a.actor() != null && b.actor() != null && shareWord(a.actor(), b.actor())
        && !(isGeneric(a.actor()) && isGeneric(b.actor()));
  }

  /** A country (entities/gazetteer-cldr.tsv, ids cldr-xx) or a place opened by a word of claims/broad_places.txt. */
  boolean isBroad(String location) {
    if (location == null) return false;
    String n = norm(location);
    if (COUNTRIES.contains(n)) return true;
    for (String head : BROAD_HEADS) {
      if (n.equals(head) || n.startsWith(head + " ")) return true;
    }
    return false;
  }

  private static final Set<String> COUNTRIES = countries();
  private static final List<String> BROAD_HEADS = broadHeads();

  private static Set<String> countries() {
    Set<String> out = new HashSet<>();
    for (String[] f : io.rasd.core.ResourceLines.readTsv("entities/gazetteer-cldr.tsv", 6)) {
      if (!f[0].matches("cldr-[a-z]{2}")) continue;
      out.add(norm(f[2]));
      for (String alias : f[5].split("\\|")) {
        if (!alias.isBlank() && alias.codePoints().anyMatch(cp -> Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.ARABIC)) {
          out.add(norm(alias));
        }
      }
    }
    return out;
  }

  private static List<String> broadHeads() {
    List<String> out = new ArrayList<>();
    for (String w : io.rasd.core.ResourceLines.read("claims/broad_places.txt")) out.add(norm(w));
    return out;
  }

  /**
   * Disjoint values close enough to be two reports of one total: the higher interval's lower bound is at most
   * {@link #MAX_CONFLICT_RATIO} times the lower interval's upper bound.
   */
  static boolean closeEstimates(Claim a, Claim b) {
    double[] x = interval(a);
    double[] y = interval(b);
    double[] low = x[1] <= y[0] ? x : y;
    double[] high = low == x ? y : x;
    return low[1] > 0 && high[0] <= MAX_CONFLICT_RATIO * low[1];
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

  private static boolean closeInTime(LocalDate x, LocalDate y) {
    return x == null || y == null || Math.abs(ChronoUnit.DAYS.between(x, y)) <= PLACE_ONLY_DAYS;
  }

  private static String show(Claim c) {
    double v = c.value();
    String num = v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    return c.qualifier().toLowerCase(Locale.ROOT) + " " + num;
  }

  private static String norm(String s) {
    String n = Folding.MATCH.apply(s).strip();
    return DefiniteArticle.strip(n);
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
