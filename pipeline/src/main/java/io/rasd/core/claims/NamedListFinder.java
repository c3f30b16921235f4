package io.rasd.core.claims;

import io.rasd.core.arabic.AnalyzedText;
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

  private final ClaimLexicon lex;
  private final List<Token> tokens;
  private final AnalyzedText seg;
  private final List<Mention> people;
  private final Attribution at;

  NamedListFinder(ClaimLexicon lex, List<Token> tokens, AnalyzedText seg, List<Mention> mentions, Attribution at) {
    this.lex = lex;
    this.tokens = tokens;
    this.seg = seg;
    List<Mention> p = new ArrayList<>();
    for (Mention m : mentions == null ? List.<Mention>of() : mentions) {
      if ("PERSON".equals(m.type())) p.add(m);
    }
    p.sort(Comparator.comparingInt(Mention::start));
    this.people = p;
    this.at = at;
  }

  List<Candidate> find(List<Candidate> found) {
    List<Candidate> out = new ArrayList<>();
    if (people.size() < 2) return out;
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
      if (c != null) out.add(c);
    }
    return out;
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
    Candidate c = new Candidate();
    c.metric = metric;
    c.value = (double) count;
    c.anchor = at.tokenAt(first.start());
    c.trigger = trig;
    c.start = tokens.get(trig).start();
    c.end = last.end();
    c.lastToken = at.tokenAt(last.end() - 1);
    return c;
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
      if (t.records() && t.classes().contains("PERSON")) return t.metric();
    }
    return null;
  }

  private static boolean triggerUsed(List<Candidate> found, int trig) {
    for (Candidate c : found) if (c.trigger == trig) return true;
    return false;
  }
}
