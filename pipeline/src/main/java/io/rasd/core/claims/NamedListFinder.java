package io.rasd.core.claims;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.Sentences;
import io.rasd.core.arabic.Token;
import io.rasd.core.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Named people after a trigger count the names: اعتقال فلان وفلان وفلان = 3, وجرح كلاً من "أبو أحمد" المشرف الأمني
 * والقيادي "أبو أحمد" = 2. Two or more person mentions joined by و, each within a few words of the one before (a
 * title may stand between), right after a trigger that counts people, with no count of that trigger found yet.
 */
final class NamedListFinder {
  /** Words between a trigger and the first name: its agent, or of list_links.txt (على, كلا من). */
  private static final int LEAD = 3;
  /** Words between one name and the next (a title: المشرف الأمني بمديرية الحزم والقيادي). */
  private static final int GAP = 6;
  /** Words an item of a list after "the following" may have (handles, names). */
  private static final int ITEM_WORDS = 4;

  private final ClaimLexicon lex;
  private final List<Token> tokens;
  private final AnalyzedText seg;
  private final List<Mention> people;
  private final Attribution at;

  NamedListFinder(ClauseContext ctx) {
    this.lex = ctx.lex();
    this.tokens = ctx.tokens();
    this.seg = ctx.seg();
    List<Mention> p = new ArrayList<>();
    for (Mention m : ctx.mentions()) {
      if ("PERSON".equals(m.type())) p.add(m);
    }
    p.sort(Comparator.comparingInt(Mention::start));
    this.people = p;
    this.at = ctx.attribution();
  }

  List<Candidate> find(List<Candidate> found) {
    List<Candidate> out = new ArrayList<>();
    following(found, out);
    // a list of names inside a list after "the following" is that list
    if (people.size() >= 2) out.addAll(lists(found, List.copyOf(out)));
    // then a name that no list holds
    for (Mention m : people) {
      Candidate c = single(m, found, out);
      if (c != null) out.add(c);
    }
    return out;
  }

  private List<Candidate> lists(List<Candidate> found, List<Candidate> following) {
    List<Candidate> out = new ArrayList<>();
    // only the few tokens a list's first name can follow are looked at, not every token: CandidateFinder has
    // already read the article's triggers once
    TreeSet<Integer> before = new TreeSet<>();
    for (Mention m : people) {
      int first = at.tokenAt(m.start());
      for (int i = Math.max(0, first - 1 - LEAD); i < first; i++) before.add(i);
    }
    for (int i : before) {
      String metric = personMetric(i);
      if (metric == null || triggerUsed(found, i)) continue;
      Candidate c = list(i, metric);
      if (c != null && !inside(following, c)) out.add(c);
    }
    return out;
  }

  /**
   * قبضت الوزارة على أصحاب المعرفات التالية (أ، ب، ج) = 3: a people trigger with no count, its object ending in a word
   * of "the following" (following_words.txt), then a list opened by ( or : whose items, of at most
   * {@link #ITEM_WORDS} words, are parted by commas, closed by ) or the sentence's end.
   */
  private void following(List<Candidate> found, List<Candidate> out) {
    for (int p = 1; p + 1 < tokens.size(); p++) {
      String open = tokens.get(p).text();
      if (!open.equals("(") && !open.equals(":") || !lex.inSet(tokens.get(p - 1), lex.followingWords)) continue;
      int trig = -1;
      String metric = null;
      for (int j = p - 2; j >= 0 && j >= p - 2 - LEAD - 2 && seg.sentenceOf(j) == seg.sentenceOf(p); j--) {
        if (!tokens.get(j).isWord()) break;
        metric = personMetric(j);
        if (metric != null) {
          trig = j;
          break;
        }
      }
      if (trig < 0 || triggerUsed(found, trig)) continue;
      int items = 0;
      int words = 0;
      int end = -1;
      for (int k = p + 1; k < tokens.size() && seg.sentenceOf(k) == seg.sentenceOf(p) || k == p + 1; k++) {
        Token t = tokens.get(k);
        boolean close = t.text().equals(")") || Sentences.isSentenceEnd(t.text());
        if (close || t.text().equals("،") || t.text().equals(",")) {
          if (words == 0) break;
          items++;
          words = 0;
          end = k - 1;
          if (close) break;
        } else if (++words > ITEM_WORDS) {
          items = 0;
          break;
        }
        if (k + 1 == tokens.size() && words > 0) {
          items++;
          end = k;
        }
      }
      if (items < 2) continue;
      out.add(Candidate.count(metric, items, p + 1, trig, end, tokens.get(trig).start(), tokens.get(end).end()));
    }
  }

  /**
   * A single named person next to a trigger verb that has no count: after it (قتل أيضا "أبو فلان", اعتقلت الشرطة
   * فلان), or before it when an agent marker follows the verb (فلان قتل اليوم على يد ...: the passive). Only for the
   * metrics of named_victim_words.tsv; none for a name inside a list or another claim.
   */
  private Candidate single(Mention m, List<Candidate> found, List<Candidate> lists) {
    int first = at.tokenAt(m.start());
    int last = at.tokenAt(m.end() - 1);
    if (first < 0 || last < 0 || inside(found, m) || inside(lists, m)) return null;
    int sent = seg.sentenceOf(first);
    // after the verb: quotes, fillers and the verb's agent between
    for (int j = first - 1; j >= 0 && j >= first - 1 - LEAD && seg.sentenceOf(j) == sent; j--) {
      Token w = tokens.get(j);
      String metric = singleMetric(j);
      if (metric != null) {
        if (triggerUsed(found, j) || triggerUsed(lists, j)) return null;
        return Candidate.count(metric, 1, first, j, last, tokens.get(j).start(), m.end());
      }
      if (!w.isWord() ? !isQuote(w) : !lex.inSet(w, lex.namedVictimFillers) && !lex.inSet(w, lex.actorHeads)
          && !lex.inSet(w, lex.securityWords)) break;
    }
    // before the verb: quotes between, then an agent marker within a few words after the verb
    int v = last + 1;
    while (v < tokens.size() && !tokens.get(v).isWord() && isQuote(tokens.get(v))) v++;
    if (v >= tokens.size() || seg.sentenceOf(v) != sent) return null;
    String metric = singleMetric(v);
    if (metric == null || triggerUsed(found, v) || triggerUsed(lists, v)) return null;
    for (int k = v + 1; k < tokens.size() && k <= v + 1 + LEAD && seg.sentenceOf(k) == sent; k++) {
      if (markerAt(k)) return Candidate.count(metric, 1, first, v, v, m.start(), tokens.get(v).end());
      if (!tokens.get(k).isWord()) return null;
    }
    return null;
  }

  /**
   * The metric of a verb reading at i that counts persons, of named_victim_words.tsv, else null: never a masdar
   * through ب/ك/ل (لقتل فلان: a motive, a plan) nor a NOT_SINGLE verb.
   */
  private String singleMetric(int i) {
    if (lex.notSingle(tokens.get(i))) return null;
    for (ClaimLexicon.Trigger t : lex.verbTriggers(tokens, i)) {
      if (t.verb() && t.records() && t.classes().contains("PERSON") && lex.namedVictimMetrics.contains(t.metric())) {
        return t.metric();
      }
    }
    return null;
  }

  /** An agent marker (على يد, من قبل, برصاص ...) starts at token k. */
  private boolean markerAt(int k) {
    for (String[] words : lex.agentMarkers) {
      int n = 0;
      while (n < words.length && k + n < tokens.size() && lex.inSet(tokens.get(k + n), java.util.Set.of(words[n]))) n++;
      if (n == words.length) return true;
    }
    return false;
  }

  private static boolean isQuote(Token t) {
    return io.rasd.core.arabic.ArabicChars.isQuoteMark(t.text());
  }

  private static boolean inside(List<Candidate> cands, Mention m) {
    for (Candidate c : cands) if (m.start() < c.end && c.start < m.end()) return true;
    return false;
  }

  private static boolean inside(List<Candidate> cands, Candidate x) {
    for (Candidate c : cands) if (x.start < c.end && c.start < x.end) return true;
    return false;
  }

  private Candidate list(int trig, String metric) {
    int clause = seg.clauseOf(trig);
    Mention first = null;
    for (int j = trig + 1; j <= trig + 1 + LEAD && j < tokens.size(); j++) {
      first = personAt(j);
      if (first != null) break;
      if (!lex.triggers(tokens, j).isEmpty() || seg.sentenceOf(j) != seg.sentenceOf(trig)) return null;
      // only the verb's agent (اعتقلت الشرطة فلان) or the object's preposition or quantifier (list_links.txt) may come
      // first: in الحكم الدولي فلان the names are a referee's, in بإيقاف الحكمين فلان a noun's
      Token w = tokens.get(j);
      if (w.isWord() && !lex.inSet(w, lex.listLinks) && !lex.inSet(w, lex.actorHeads)
          && !lex.inSet(w, lex.securityWords)) return null;
    }
    if (first == null || seg.clauseOf(at.tokenAt(first.start())) != clause) return null;
    int count = 1;
    Mention last = first;
    for (Mention m : people) {
      if (m.start() < last.end()) continue;
      int from = at.tokenAt(last.end() - 1) + 1;
      int to = at.tokenAt(m.start());
      if (wordsBetween(from, to) > GAP || seg.sentenceOf(to) != seg.sentenceOf(trig)) break;
      if (!joinedByAnd(from, to)) break;
      count++;
      last = m;
    }
    if (count < 2) return null;
    return Candidate.count(metric, count, at.tokenAt(first.start()), trig, at.tokenAt(last.end() - 1),
        tokens.get(trig).start(), last.end());
  }

  private int wordsBetween(int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) if (tokens.get(k).isWord()) n++;
    return n;
  }

  /** A word starting with و between two names, and no full stop nor other trigger. */
  private boolean joinedByAnd(int from, int to) {
    boolean and = false;
    for (int k = from; k <= to && k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (k < to && !lex.triggers(tokens, k).isEmpty()) return false;
      if (t.isWord() && t.norm().startsWith("و")) and = true;
      if (!t.isWord() && (t.text().equals(".") || t.text().equals("؛"))) return false;
    }
    return and;
  }

  private Mention personAt(int j) {
    Token t = tokens.get(j);
    for (Mention m : people) {
      if (m.start() >= t.start() && m.start() < t.end()) return m;
    }
    return null;
  }

  /** The people metric of the trigger at i (a reading that counts persons and records), or null. */
  private String personMetric(int i) {
    for (ClaimLexicon.Trigger t : lex.triggers(tokens, i)) {
      if (t.records() && !t.next() && t.classes().contains("PERSON")) return t.metric(); // فقد فلان: lost?
    }
    return null;
  }

  private static boolean triggerUsed(List<Candidate> found, int trig) {
    for (Candidate c : found) if (c.trigger == trig) return true;
    return false;
  }
}
