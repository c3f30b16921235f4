package io.rasd.core.claims;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.CliticSet;
import io.rasd.core.arabic.DefiniteArticle;
import io.rasd.core.arabic.Phrase;
import io.rasd.core.arabic.Reading;
import io.rasd.core.arabic.Token;
import io.rasd.core.claims.ClaimLexicon.NounHit;
import io.rasd.core.claims.ClaimLexicon.Trigger;
import io.rasd.core.model.ClaimMetrics;
import io.rasd.core.numbers.NumberMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds claim candidates in one article: explicit quantities (digits, words, vague phrases) governed by a trigger,
 * and implicit ones (a dual noun = 2, a singular indefinite noun right after a trigger = 1). Drops dates, years,
 * ages, durations, list numbers, codes and negated statements.
 */
final class CandidateFinder {
  /** How far back (tokens) a trigger may govern a quantity. */
  private static final int TRIGGER_WINDOW = 10;
  /** Classes whose untriggered quantities become metric "other" (never money, measures or places). */
  private static final Set<String> OTHER_CLASSES = Set.of("PERSON", "CELL", "PLOT", "WEAPON", "AMMO", "VEHICLE");
  private static final String LIST_MARKS = "-–—).:/";
  /** How far back (tokens) a trigger may govern a vague quantity; no punctuation between them. */
  private static final int VAGUE_WINDOW = 4;
  /** Punctuation marks a trigger may reach across (اعتقلت الشرطة، بتنسيق مع الدرك، 5 أشخاص). */
  private static final int MAX_PUNCT = 2;

  private final ClaimLexicon lex;
  private final String body;
  private final List<Token> tokens;
  private final AnalyzedText seg;
  private final int[] numberAt;
  private final List<NumberMatch> numbers;

  CandidateFinder(ClaimLexicon lex, String body, List<Token> tokens, AnalyzedText seg, List<NumberMatch> numbers) {
    this.lex = lex;
    this.body = body;
    this.tokens = tokens;
    this.seg = seg;
    this.numbers = numbers;
    this.numberAt = new int[tokens.size()];
    java.util.Arrays.fill(numberAt, -1);
    int ti = 0;
    for (int k = 0; k < numbers.size(); k++) {
      NumberMatch m = numbers.get(k);
      while (ti < tokens.size() && tokens.get(ti).end() <= m.start()) ti++;
      for (int j = ti; j < tokens.size() && tokens.get(j).start() < m.end(); j++) numberAt[j] = k;
    }
  }

  List<Candidate> find() {
    List<Candidate> out = new ArrayList<>();
    boolean[] consumed = new boolean[numbers.size()];
    boolean[] nounUsed = new boolean[tokens.size()];
    Candidate previous = null;
    for (int k = 0; k < numbers.size(); k++) {
      if (consumed[k]) continue;
      Candidate c = explicit(k, consumed, nounUsed, previous);
      if (c != null) {
        out.add(c);
        previous = c;
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Candidate c = implicit(i, nounUsed);
      if (c != null) out.add(c);
    }
    out.sort((a, b) -> Integer.compare(a.start, b.start));
    return out;
  }

  /** First token ending after the match start (binary search: tokens are sorted and disjoint). */
  private int firstToken(NumberMatch m) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() > m.start()) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  private int lastToken(NumberMatch m, int from) {
    int j = from;
    while (j + 1 < tokens.size() && tokens.get(j + 1).start() < m.end()) j++;
    return j;
  }

  private Candidate explicit(int k, boolean[] consumed, boolean[] nounUsed, Candidate previous) {
    NumberMatch m = numbers.get(k);
    if (!m.isQuantity()) return null;
    int ti = firstToken(m);
    int tj = lastToken(m, ti);
    Candidate c = new Candidate();
    c.anchor = ti;
    c.start = m.start();
    c.end = m.end();
    c.value = m.value();
    boolean vague = m.kind() == NumberMatch.Kind.VAGUE;
    if (vague) c.qualifier = "vague";

    // range: بين X و Y, من X إلى Y, X-Y
    int qualEndTok = ti; // first token of the quantity phrase incl. range opener
    if (!vague) {
      int[] range = range(k, ti, tj);
      if (range != null) {
        NumberMatch y = numbers.get(range[0]);
        consumed[range[0]] = true;
        c.valueMax = y.value();
        c.qualifier = "range";
        c.end = y.end();
        tj = lastToken(y, firstToken(y));
        if (range[1] >= 0) {
          qualEndTok = range[1];
          c.start = Math.min(c.start, tokens.get(range[1]).start());
        }
      }
    }
    if (isNonClaimContext(m, ti, tj, qualEndTok)) return null;
    if (qualEndTok > 0 && lex.hasRole(tokens.get(qualEndTok - 1), "BREAKDOWN")) return null;

    // counted noun, possibly after partitive من
    int ni = tj + 1;
    boolean partitive = m.text().endsWith("من");
    if (ni < tokens.size() && tokens.get(ni).is("من") && !partitive) {
      ni++;
      partitive = true;
    }
    NounHit noun = ni < tokens.size() && seg.sentenceOf(ni) == seg.sentenceOf(tj) ? lex.noun(tokens, ni) : null;
    if (noun != null && noun.noun().nounClass().equals("PLACE")) return null;
    if (noun != null && noun.noun().homograph() && isYearLike(m)) noun = null; // 2015 أمام is not 2015 imams
    if (noun == null && isYearLike(m)) return null;
    if (noun == null && qualEndTok > 0 && lex.hasRole(tokens.get(qualEndTok - 1), "DAY")) return null; // يوم 14
    if (noun != null) {
      c.counted = body.substring(tokens.get(noun.firstToken()).start(), tokens.get(noun.lastToken()).end());
      c.end = Math.max(c.end, tokens.get(noun.lastToken()).end());
    }
    int after = noun != null ? noun.lastToken() + 1 : tj + 1;

    // qualifier before the quantity (a range already has its own)
    if (!vague && c.valueMax == null) {
      Phrase q = qualifierBefore(qualEndTok);
      if (q != null) {
        int qs = qualEndTok - q.length();
        c.qualifier = q.value();
        c.start = Math.min(c.start, tokens.get(qs).start());
        qualEndTok = qs;
      } else {
        qualifierAfter(c, after);
      }
    }

    // trigger: nearest before in the clause that accepts the noun, else right after the noun, else the noun itself
    int trig = -1;
    String metric = null;
    // the search stops at the previous claim: a list after it shares its trigger only through coordinated()
    int floor = previous == null ? 0 : previous.lastToken + 1;
    // a vague quantity needs its trigger close by (اعتقال عدد من, مقتل العشرات)
    int window = vague ? VAGUE_WINDOW : TRIGGER_WINDOW;
    int punct = 0;
    for (int i = qualEndTok - 1; i >= floor && i >= qualEndTok - window; i--) {
      if (seg.clauseOf(i) != seg.clauseOf(ti) || lex.isTriggerBarrier(tokens.get(i))) break;
      if (tokens.get(i).type() == Token.Type.PUNCT && (vague || ++punct > MAX_PUNCT)) break;
      String mt = accepts(lex.triggers(tokens, i), noun, ti - i);
      if (mt != null) {
        trig = i;
        metric = mt;
        break;
      }
    }
    if (metric == null && noun != null && previous != null && previous.trigger >= 0
        && coordinated(previous, qualEndTok)) {
      // a coordinated list (حجز 3 أطنان و500 طلقة و12 قطعة سلاح) shares the first item's trigger
      String mt = accepts(lex.triggers(tokens, previous.trigger), noun, 1);
      if (mt != null) {
        trig = previous.trigger;
        metric = mt;
      }
    }
    if (metric == null && noun != null && !vague && isAfterTrigger(after, ti)) {
      String mt = accepts(lex.triggers(tokens, after).stream().filter(Trigger::verb).toList(), noun, 1);
      if (mt != null) {
        trig = after;
        metric = mt;
        c.end = Math.max(c.end, tokens.get(after).end());
      }
    }
    // a part of a known set (3 من الموقوفين, عدد من الجرحى) is not a fact of its own: self metric only without من
    if (metric == null && noun != null && noun.noun().selfMetric() != null && !(partitive && noun.definite())) {
      metric = noun.noun().selfMetric();
    }
    if (metric == null && noun == null) metric = tollMetric(qualEndTok, ti);
    if (noun == null && Double.valueOf(1.0).equals(c.value)) return null; // a bare واحد is no count
    // قتلى / جرحى name their metric whatever the trigger (قتل فيها 23 قتيلا و50 جريحا)
    if (metric != null && noun != null && noun.noun().selfMetric() != null
        && ClaimMetrics.nounWins(noun.noun().selfMetric())) {
      metric = noun.noun().selfMetric();
    }
    if (metric == null) {
      if (vague || noun == null || !OTHER_CLASSES.contains(noun.noun().nounClass())) return null;
      metric = "other";
    }
    if (trig >= 0 && isNegated(trig, qualEndTok)) return null;
    if (trig >= 0 && trig < ti && trig != (previous == null ? -2 : previous.trigger)) {
      c.start = Math.min(c.start, tokens.get(trig).start());
    }
    c.lastToken = trig > tj ? trig : Math.max(after - 1, tj);
    c.trigger = trig;
    c.metric = metric;
    if (noun != null) {
      nounUsed[noun.firstToken()] = true;
      if (metric.equals("seized") && noun.noun().unit()) c.unit = noun.noun().lemma();
    }
    return c;
  }

  /** A definite word behind at most one proclitic, ك excepted (القبض, والقبض, للقبض; not كالقبض). */
  private static boolean hasArticle(Token t) {
    for (Reading r : t.readings(CliticSet.LEXICON)) {
      if (r.definite() && r.letters() <= 3 && t.norm().charAt(0) != 'ك') return true;
    }
    return false;
  }


  /** A passive/verb trigger right after the counted noun (55 شخصا اعتقلوا), not the start of a new coordinated claim. */
  private boolean isAfterTrigger(int after, int ti) {
    if (after >= tokens.size() || seg.clauseOf(after) != seg.clauseOf(ti)) return false;
    Token t = tokens.get(after);
    if (!t.isWord() || DefiniteArticle.starts(t.norm()) || t.norm().startsWith("و") || t.norm().startsWith("ف")) {
      return false;
    }
    return after + 1 >= tokens.size() || numberAt[after + 1] < 0;
  }

  /** The quantity starting at token {@code at} continues the list of {@code prev}: only و, commas and the tail of
   * prev's noun phrase (من الحشيش, إرهابية) lie between them. */
  private boolean coordinated(Candidate prev, int at) {
    if (seg.clauseOf(prev.anchor) != seg.clauseOf(at) || at - prev.lastToken > 5) return false;
    boolean link = false;
    for (int i = prev.lastToken + 1; i < at; i++) {
      Token t = tokens.get(i);
      if (t.is("و") || t.is("،") || t.is(",")) link = true;
      else if (t.type() == Token.Type.PUNCT || numberAt[i] >= 0 || !lex.triggers(tokens, i).isEmpty()) return false;
    }
    Token first = tokens.get(at);
    return link || first.norm().startsWith("و") || at > 0 && tokens.get(at - 1).end() == first.start();
  }

  /** ارتفع عدد القتلى إلى 25: a number after إلى whose noun (with its own metric) stands a few words before. */
  private String tollMetric(int at, int ti) {
    if (at < 2 || !tokens.get(at - 1).is("الي")) return null;
    for (int i = at - 2; i >= 0 && i >= at - 6 && seg.clauseOf(i) == seg.clauseOf(ti); i--) {
      NounHit n = lex.noun(tokens, i);
      if (n != null && n.noun().selfMetric() != null) return n.noun().selfMetric();
    }
    return null;
  }

  /** {index of the upper-bound match, token of the range opener or -1} when X opens a range, else null. */
  private int[] range(int k, int ti, int tj) {
    if (k + 1 >= numbers.size()) return null;
    NumberMatch y = numbers.get(k + 1);
    if (y.kind() != NumberMatch.Kind.NUMBER) return null;
    int yi = firstToken(y);
    int before = ti - 1;
    Token link = tj + 1 < tokens.size() ? tokens.get(tj + 1) : null;
    if (link == null) return null;
    boolean gluedWaw = yi == tj + 1 && link.norm().startsWith("و"); // وخمسة: the و is in y's token
    if (before >= 0 && ArabicWord.withoutArticle(tokens.get(before).norm()).equals("بين")
        && (gluedWaw || link.is("و") && yi == tj + 2)) {
      return new int[] {k + 1, before};
    }
    boolean ila = (link.is("الي") || link.is("حتي")) && yi == tj + 2;
    if (ila && before >= 0 && tokens.get(before).is("من")) return new int[] {k + 1, before};
    if (ila) return new int[] {k + 1, -1};
    if (link.is("-") && yi == tj + 2 && link.start() == tokens.get(tj).end() && tokens.get(yi).start() == link.end()) {
      return new int[] {k + 1, -1};
    }
    return null;
  }

  private boolean isYearLike(NumberMatch m) {
    Double v = m.value();
    return m.form() == NumberMatch.Form.DIGITS && v != null && v == Math.rint(v) && v >= 1900 && v <= 2100;
  }

  private boolean isNonClaimContext(NumberMatch m, int ti, int tj, int openTok) {
    int next = tj + 1;
    if (next < tokens.size()) {
      Token n = tokens.get(next);
      if (lex.hasRole(n, "DURATION") || lex.hasRole(n, "MONTH")) return true;
      // 13 و14 يونيو, 13 من يونيو
      if ((n.is("و") || n.is("من")) && next + 1 < tokens.size()) {
        int after = next + 1;
        if (tokens.get(after).isDigits() && after + 1 < tokens.size()) after++;
        if (lex.hasRole(tokens.get(after), "MONTH")) return true;
      }
      if (n.isWord() && n.norm().startsWith("و") && next + 1 < tokens.size()
          && numberAt[next] >= 0 && lex.hasRole(tokens.get(next + 1), "MONTH")) return true;
    }
    for (int i = openTok - 1; i >= 0 && i >= openTok - 5 && seg.clauseOf(i) == seg.clauseOf(ti); i--) {
      if (lex.hasRole(tokens.get(i), "AGE_CUE")) return true;
    }
    // numbered list item at the start of a line: "1– ..." / "2) ..."
    boolean lineStart = ti == 0 || body.substring(tokens.get(ti - 1).end(), tokens.get(ti).start()).indexOf('\n') >= 0;
    if (lineStart && next < tokens.size() && tokens.get(next).type() == Token.Type.PUNCT
        && LIST_MARKS.contains(tokens.get(next).norm())) return true;
    // codes glued to Latin letters: COVID-19, F16
    if (ti > 0 && m.form() == NumberMatch.Form.DIGITS) {
      Token p = tokens.get(ti - 1);
      if (p.end() == tokens.get(ti).start()) {
        if (p.isWord() && isLatin(p.norm())) return true;
        if (p.is("-") && ti > 1 && tokens.get(ti - 2).end() == p.start() && isLatin(tokens.get(ti - 2).norm())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isLatin(String s) {
    return !s.isEmpty() && s.charAt(0) < 0x0600 && Character.isLetter(s.charAt(0));
  }

  /** The qualifier phrase that ends right before token {@code at}, or null. */
  private Phrase qualifierBefore(int at) {
    for (Phrase p : lex.qualifiersBefore) {
      int s = at - p.length();
      if (s >= 0 && p.matchAt(tokens, s) > 0) return p;
    }
    return null;
  }

  private void qualifierAfter(Candidate c, int after) {
    for (int skip = 0; skip <= 1; skip++) {
      int s = after + skip;
      for (Phrase p : lex.qualifiersAfter) {
        int len = p.matchAt(tokens, s);
        if (len > 0) {
          c.qualifier = p.value();
          c.end = Math.max(c.end, tokens.get(s + len - 1).end());
          return;
        }
      }
    }
  }

  /** The metric of the first trigger reading that accepts the noun (or an unknown noun close by), else null. */
  private String accepts(List<Trigger> readings, NounHit noun, int distance) {
    if (noun == null && readings.size() > 1) return null; // ضبط 600: persons or objects? say nothing
    for (Trigger t : readings) {
      if (noun != null && t.classes().contains(noun.noun().nounClass())) return t.metric();
      if (noun == null && distance <= 2 && ClaimMetrics.countsPeople(t.metric())) return t.metric();
    }
    return null;
  }

  /** Negation shortly before the trigger or between the trigger and the quantity phrase. */
  private boolean isNegated(int trig, int quantityStart) {
    int from = Math.max(0, trig - 4);
    int to = trig < quantityStart ? quantityStart : trig;
    for (int i = from; i < to; i++) {
      if (i == trig || seg.clauseOf(i) != seg.clauseOf(trig)) continue;
      // لا سيما (especially) is no negation
      if (i + 1 < tokens.size() && tokens.get(i + 1).norm().startsWith("سيما")) continue;
      if (lex.hasRole(tokens.get(i), "NEGATION")) return true;
    }
    return false;
  }

  /** تفكيك خلية = 1, اعتقال شابين = 2: a trigger followed by an indefinite singular or dual counted noun. */
  private Candidate implicit(int i, boolean[] nounUsed) {
    List<Trigger> readings = lex.triggers(tokens, i);
    // a definite masdar (التعليم, الاعتقال) never takes its object in construct: no implicit count after it
    if (readings.isEmpty()) return null;
    int j = i + 1;
    boolean preposition = j < tokens.size() && (tokens.get(j).is("علي") || tokens.get(j).is("عن"));
    if (preposition) j++;
    else if (hasArticle(tokens.get(i))) return null; // but القبض على شخص

    // skip a short definite agent (اعتقلت الشرطة المغربية شابا)
    int skipped = 0;
    while (j < tokens.size() && skipped < 3 && tokens.get(j).isWord() && DefiniteArticle.starts(tokens.get(j).norm())
        && lex.noun(tokens, j) == null && lex.triggers(tokens, j).isEmpty()) {
      j++;
      skipped++;
    }
    if (j >= tokens.size() || seg.clauseOf(j) != seg.clauseOf(i) || numberAt[j] >= 0 || nounUsed[j]) return null;
    NounHit noun = lex.noun(tokens, j);
    if (noun == null || noun.definite() || noun.noun().number() == CountedNoun.Number.PLURAL) return null;
    // the noun must stand alone: not followed by a number (خلية 5) nor a pronoun-bearing form
    if (noun.lastToken() + 1 < tokens.size() && numberAt[noun.lastToken() + 1] >= 0
        && numbers.get(numberAt[noun.lastToken() + 1]).isQuantity()) return null;
    if (skipped > 0 && noun.noun().number() == CountedNoun.Number.SINGULAR
        && !tokens.get(j).norm().endsWith("ا") && !tokens.get(j).norm().endsWith("ه")) return null;
    String metric = accepts(readings, noun, 99);
    if (metric == null || isNegated(i, i)) return null;
    Candidate c = new Candidate();
    c.metric = metric;
    c.value = noun.noun().number() == CountedNoun.Number.DUAL ? 2.0 : 1.0;
    c.anchor = j;
    c.trigger = i;
    c.start = tokens.get(i).start();
    c.end = tokens.get(noun.lastToken()).end();
    c.counted = body.substring(tokens.get(noun.firstToken()).start(), tokens.get(noun.lastToken()).end());
    if (metric.equals("seized") && noun.noun().unit()) c.unit = noun.noun().lemma();
    nounUsed[j] = true;
    return c;
  }
}
