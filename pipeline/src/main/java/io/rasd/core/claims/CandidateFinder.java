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
  /** How far after its counted phrase a plural verb may stand (أن 8 أشخاص يحملون أحزمة ناسفة قتلوا). */
  private static final int VERB_AFTER_WINDOW = 6;
  /** How far after its counted phrase a trigger with a plural pronoun object may stand (... والقبض عليهم). */
  private static final int PRONOUN_BACK_WINDOW = 12;
  private static final String LIST_MARKS = "-–—).:/";
  /** How far back (tokens) a trigger may govern a vague quantity; no punctuation between them. */
  private static final int VAGUE_WINDOW = 4;
  /** Punctuation marks a trigger may reach across (اعتقلت الشرطة، بتنسيق مع الدرك، 5 أشخاص). */
  private static final int MAX_PUNCT = 2;
  /** Words a subject of لقي may have before its death object (مصرعه). */
  private static final int DEATH_SUBJECT_WORDS = 12;
  /** How far after its counted noun a qualifier may stand (قتل 11 عنصرا من القوات الأمنية على الأقل). */
  private static final int QUALIFIER_AFTER_WINDOW = 6;

  private final ClaimLexicon lex;
  private final String body;
  private final List<Token> tokens;
  private final AnalyzedText seg;
  private final int[] numberAt;
  private final List<NumberMatch> numbers;
  /** Where the headline ends ({@link ClaimExtractor#headlineEnd}), 0 when none. */
  private final int headlineEnd;

  CandidateFinder(ClaimLexicon lex, String body, List<Token> tokens, AnalyzedText seg, List<NumberMatch> numbers) {
    this.lex = lex;
    this.body = body;
    this.tokens = tokens;
    this.seg = seg;
    this.numbers = numbers;
    this.headlineEnd = ClaimExtractor.headlineEnd(body);
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
        Candidate shared = sharedTrigger(c);
        if (shared != null && c.value != null) continue; // مقتل وإصابة 12 شخصا: a combined toll, neither metric
        if (shared != null) out.add(shared);
        Candidate second = coordinatedSelfNoun(c);
        out.add(c);
        if (second != null) out.add(second);
        previous = c;
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Candidate c = implicit(i, nounUsed, out);
      if (c == null) c = relativeVictim(i, out);
      if (c == null) c = selfNounAlone(i, nounUsed);
      if (c == null) c = singularBeforeVerb(i, nounUsed);
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
    if (partitive && ni + 1 < tokens.size() && lex.isDemonstrative(tokens.get(ni))) ni++; // 24 من تلك العناصر
    NounHit noun = ni < tokens.size() && seg.sentenceOf(ni) == seg.sentenceOf(tj) ? lex.noun(tokens, ni) : null;
    if (noun != null && noun.noun().nounClass().equals("PLACE")) return null;
    if (noun != null && noun.noun().homograph() && isYearLike(m)) noun = null; // 2015 أمام is not 2015 imams
    if (noun == null && isYearLike(m)) return null;
    if (isYearLike(m) && ti > 0 && lex.hasRole(tokens.get(ti - 1), "YEAR_CUE")) return null; // في 2012 متهمين
    if (noun == null && qualEndTok > 0 && lex.hasRole(tokens.get(qualEndTok - 1), "DAY")) return null; // يوم 14
    if (noun != null) {
      c.counted = body.substring(tokens.get(noun.firstToken()).start(), tokens.get(noun.lastToken()).end());
      c.end = Math.max(c.end, tokens.get(noun.lastToken()).end());
    }
    int after = noun != null ? noun.lastToken() + 1 : tj + 1;
    if (noun != null && noun.noun().unit() && c.value != null && after < tokens.size()
        && tokens.get(after).norm().startsWith("و") && lex.fraction(tokens.get(after)) != null) {
      c.value += lex.fraction(tokens.get(after)); // 3 أطنان ونصف = 3.5
      c.end = tokens.get(after).end();
      after++;
    }

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
    // a relative clause of the phrase between does not part them (وقتل في المواجهة التي وقعت عدد من): its pronoun
    // and verb are not counted
    if (vague) {
      for (int i = qualEndTok - 1; i >= floor && i >= qualEndTok - window; i--) {
        if (lex.relativeCount(tokens.get(i)) != null) {
          window += 2;
          break;
        }
      }
    }
    int punct = 0;
    // إحباط عدد من العمليات: a vague quantity whose noun is unknown or of no class takes its trigger's metric
    NounHit governed = vague && isBareGeneric(noun) ? null : noun;
    if (governed == null && noun != null) noun = null; // the ambiguous noun is then no counted noun
    for (int i = qualEndTok - 1; i >= floor && i >= qualEndTok - window; i--) {
      if (seg.clauseOf(i) != seg.clauseOf(ti) || lex.isTriggerBarrier(tokens.get(i))) break;
      if (tokens.get(i).type() == Token.Type.PUNCT && (vague || ++punct > MAX_PUNCT)) break;
      String mt = vague && governed == null ? acceptsVague(lex.triggers(tokens, i), ti - i)
          : accepts(lex.triggers(tokens, i), noun, ti - i);
      if (mt != null) {
        trig = i;
        metric = mt;
        break;
      }
    }
    // فقد 3 صيادين: a trigger that counts only the person phrase right after it (not فقد الرجل ثلاثة من أبنائه)
    if (metric != null && nextOnly(trig, metric) && !rightAfter(trig, qualEndTok, noun, after)) {
      trig = -1;
      metric = null;
    }
    // a person count with its own verb after it (و14 مدنيا أصيبوا) is no item of the list before it
    boolean ownVerb = !vague && noun != null && "PERSON".equals(noun.noun().nounClass())
        && verbAfter(after, ti, noun) >= 0;
    if (metric == null && noun != null && previous != null && previous.trigger >= 0 && !ownVerb
        && coordinated(previous, qualEndTok)) {
      // a coordinated list (حجز 3 أطنان و500 طلقة و12 قطعة سلاح) shares the first item's trigger
      String mt = accepts(lex.triggers(tokens, previous.trigger), noun, 1);
      if (mt != null) {
        trig = previous.trigger;
        metric = mt;
        c.listHead = previous;
      }
    }
    if (metric == null && !vague && noun != null && previous != null && !ownVerb
        && coordinatedPeople(previous, qualEndTok)) {
      // مقتل 6 مقاتلين من المقاومة، و11 حوثيا: a further count of people joined by و after a counted phrase of
      // people (its tail may be long) is a further count of that metric, unless a verb after it governs it
      String mt = previous.trigger >= 0 ? accepts(lex.triggers(tokens, previous.trigger), noun, 1) : previous.metric;
      if (mt != null) {
        trig = previous.trigger;
        metric = mt;
        c.listHead = previous;
      }
    }
    if (metric == null && !vague && (noun != null || isPartitivePronoun(tj + 1))) {
      // the count before its verb: 55 شخصا اعتقلوا, اثنان منهم اعتقلا, 8 أشخاص يحملون أحزمة ناسفة قتلوا
      int from = noun != null ? after : tj + 2;
      int v = verbAfter(from, ti, noun);
      if (v >= 0) {
        trig = v;
        List<Trigger> vr = lex.triggers(tokens, v);
        metric = pluralPronounObject(v) ? accepts(vr, noun, 1)
            : accepts(vr.stream().filter(Trigger::verb).toList(), noun, 1);
        c.end = Math.max(c.end, tokens.get(v).end());
      }
    }
    // نقل اثنين من الركاب المصابين: a self-metric participle right after the partitive noun names the metric
    if (metric == null && noun != null && partitive && noun.definite() && noun.noun().selfMetric() == null) {
      NounHit participle = lex.noun(tokens, noun.lastToken() + 1);
      if (participle != null && participle.definite() && participle.noun().selfMetric() != null
          && !participle.noun().selfMetric().equals(ClaimLexicon.NO_METRIC)) {
        metric = participle.noun().selfMetric();
        c.end = Math.max(c.end, tokens.get(participle.lastToken()).end());
        after = participle.lastToken() + 1;
      }
    }
    // a part of a known set (3 من الموقوفين, عدد من الجرحى) is not a fact of its own: self metric only without من
    if (metric == null && noun != null && noun.noun().selfMetric() != null
        && !(partitive && noun.definite() && !vague)) {
      metric = noun.noun().selfMetric();
    }
    if (metric == null && noun == null) metric = tollMetric(qualEndTok, ti);
    if (metric == null && noun == null && m.form() != NumberMatch.Form.DIGITS && ti > 0) {
      // مفقودين اثنين, قتلى ثلاثة: a number word after a self-metric plural is its adjective
      NounHit before = lex.noun(tokens, ti - 1);
      if (before != null && before.lastToken() == ti - 1 && before.noun().selfMetric() != null && !before.definite()
          && before.noun().number() != CountedNoun.Number.SINGULAR) {
        metric = before.noun().selfMetric();
        c.counted = body.substring(tokens.get(ti - 1).start(), tokens.get(ti - 1).end());
        c.start = Math.min(c.start, tokens.get(ti - 1).start());
      }
    }
    if (noun == null && Double.valueOf(1.0).equals(c.value)) return null; // a bare واحد is no count
    // قتلى / جرحى name their metric whatever the trigger (قتل فيها 23 قتيلا و50 جريحا)
    if (metric != null && noun != null && noun.noun().selfMetric() != null
        && ClaimMetrics.nounWins(noun.noun().selfMetric())) {
      metric = noun.noun().selfMetric();
    }
    if (metric == null) {
      if (vague || noun == null || !lex.otherClasses.contains(noun.noun().nounClass())) return null;
      metric = "other";
    }
    if (trig >= 0 && isNegated(trig, qualEndTok)) return null;
    if (trig >= 0 && !sentencing(trig, qualEndTok)) return null; // سقوط حكم العقيد: rule, no sentence
    if (othersAfterNamed(trig, qualEndTok, ti, noun, previous)) {
      c.value += 1; // بإعدام سيف الإسلام وثمانية آخرين = 9
      for (int u = trig + 1; u < qualEndTok; u++) nounUsed[u] = true; // the named one is counted here
    }
    if (metric.equals(ClaimLexicon.NO_METRIC)) return null; // نجا 5 أشخاص: governed, never a victim count
    if (metric.equals("people_trained") && (noun == null || !lex.isTrainee(noun.noun()))) return null; // a course
    if (trig >= 0 && trig < ti && trig != (previous == null ? -2 : previous.trigger)) {
      c.start = Math.min(c.start, tokens.get(trig).start());
    }
    c.lastToken = trig > tj ? trig : Math.max(after - 1, tj);
    c.trigger = trig;
    c.metric = metric;
    c.nounLast = noun != null ? noun.lastToken() : -1;
    c.nounClass = noun != null ? noun.noun().nounClass() : null;
    if (noun != null) {
      nounUsed[noun.firstToken()] = true;
      if (metric.equals("seized") && noun.noun().unit()) c.unit = noun.noun().lemma();
    }
    return c;
  }

  /** Whether every reading of the trigger at t that gives {@code metric} counts only a phrase right after it (فقد). */
  private boolean nextOnly(int t, String metric) {
    boolean next = false;
    for (Trigger r : lex.triggers(tokens, t)) {
      if (!r.metric().equals(metric)) continue;
      if (!r.next()) return false;
      next = true;
    }
    return next;
  }

  /**
   * A person phrase right after a {@code next} trigger (فقد 3 صيادين, فقد نحو 20 مهاجرا): the quantity phrase opens on
   * the token after it, its noun is a person, and no object follows it (فقد شاب حياته, فقد 3 أشخاص منازلهم: lost).
   */
  private boolean rightAfter(int trig, int phraseStart, NounHit noun, int after) {
    return trig == phraseStart - 1 && noun != null && noun.noun().nounClass().equals("PERSON") && !objectAfter(after);
  }

  /**
   * The word at k reads as the object of a verb whose subject is the phrase before it: a definite word (فقد الطفل
   * الأمل) or one carrying a pronoun (حياته, منازلهم), right after the phrase or one word later (فقد شاب سعودي حياته).
   */
  private boolean objectAfter(int k) {
    for (int j = k; j < tokens.size() && j <= k + 1 && tokens.get(j).isWord() && seg.clauseOf(j) == seg.clauseOf(k); j++) {
      Token t = tokens.get(j);
      if (j == k && DefiniteArticle.starts(t.norm())) return true;
      if (t.word().attachedPronoun() != null) return true;
    }
    return false;
  }

  /** A definite word behind at most one proclitic, ك excepted (القبض, والقبض, للقبض; not كالقبض). */
  private static boolean hasArticle(Token t) {
    for (Reading r : t.readings(CliticSet.LEXICON)) {
      if (r.definite() && r.letters() <= 3 && t.norm().charAt(0) != 'ك') return true;
    }
    return false;
  }


  /**
   * The verb trigger after a counted phrase that governs it (55 شخصا اعتقلوا), or -1. Right after the phrase any verb
   * form counts; further on (up to {@link #VERB_AFTER_WINDOW} words, no punctuation, number or barrier between) only
   * a plural or dual form (قتلوا, اعتقلا) that agrees with a counted subject. Never the start of a new coordinated
   * claim (و/ف) nor a verb with a quantity of its own after it.
   */
  private int verbAfter(int from, int ti, NounHit noun) {
    for (int v = from; v < tokens.size() && v < from + PRONOUN_BACK_WINDOW; v++) {
      Token t = tokens.get(v);
      if (seg.clauseOf(v) != seg.clauseOf(ti)) return -1;
      if (isQuote(t)) continue; // 20 عنصرا من " داعش " قتلوا
      if (t.type() != Token.Type.WORD || numberAt[v] >= 0 || lex.isTriggerBarrier(t)) return -1;
      // تسلل 40 شخصا عبر الحدود وتم القبض عليهم: a trigger whose plural pronoun object is the counted people
      if (v > from && pluralPronounObject(v) && accepts(lex.triggers(tokens, v), noun, 1) != null) return v;
      if (v >= from + VERB_AFTER_WINDOW) continue;
      if (DefiniteArticle.starts(t.norm()) || t.norm().startsWith("و") || t.norm().startsWith("ف")) {
        if (v == from) return -1;
        continue;
      }
      List<Trigger> verbs = lex.triggers(tokens, v).stream().filter(r -> r.verb() && !r.next()).toList();
      if (verbs.isEmpty() || accepts(verbs, noun, 1) == null) continue;
      if (v > from && !(t.norm().endsWith("وا") || t.norm().endsWith("ا"))) return -1;
      return v + 1 >= tokens.size() || numberAt[v + 1] < 0 ? v : -1;
    }
    return -1;
  }

  private static boolean isQuote(Token t) {
    return t.type() == Token.Type.PUNCT && "\"«»“”'".contains(t.norm());
  }

  /**
   * A trigger, an object without a number, then و + N آخرين: the others join one named before them (N + 1). Not when
   * the object before is a claim of its own (مقتل 5 جنود و3 آخرين are 5 and 3).
   */
  private boolean othersAfterNamed(int trig, int qualStart, int ti, NounHit noun, Candidate previous) {
    if (trig < 0 || trig >= qualStart - 1 || noun == null || !lex.isOthers(noun.noun())) return false;
    boolean waw = tokens.get(ti).norm().startsWith("و") || tokens.get(qualStart - 1).is("و");
    if (!waw || qualStart - trig > 8) return false;
    if (previous != null && previous.lastToken >= trig) return false;
    for (int k = trig + 1; k < qualStart; k++) {
      if (numberAt[k] >= 0 || tokens.get(k).type() == Token.Type.PUNCT && !isQuote(tokens.get(k))) return false;
    }
    return true;
  }

  /** A trigger with a plural object pronoun: glued (اعتقالهم) or after على / عن (القبض عليهم). */
  private boolean pluralPronounObject(int v) {
    if (lex.triggers(tokens, v).isEmpty()) return false;
    String n = tokens.get(v).norm();
    if (n.endsWith("هم") || n.endsWith("هما")) return true;
    if (v + 1 >= tokens.size()) return false;
    String p = tokens.get(v + 1).norm();
    return p.equals("عليهم") || p.equals("عليهما") || p.equals("عنهم");
  }

  /**
   * قتيلان, أرداه المسلحون قتيلا: a self-metric noun (قتيل, جريح, رهينة) that no number counts is a count by itself
   * when dual (2), or when singular in the accusative (-ا) a few words after a trigger (1, a state: "shot dead").
   */
  private Candidate selfNounAlone(int i, boolean[] nounUsed) {
    if (nounUsed[i] || numberAt[i] >= 0 || i > 0 && numberAt[i - 1] >= 0) return null;
    NounHit n = lex.noun(tokens, i);
    if (n == null || n.firstToken() != i || n.noun().selfMetric() == null || n.definite()) return null;
    if (n.noun().selfMetric().equals(ClaimLexicon.NO_METRIC)) return null;
    double value;
    int start = i;
    if (n.noun().number() == CountedNoun.Number.DUAL) {
      value = 2.0;
    } else if (n.noun().number() == CountedNoun.Number.SINGULAR && tokens.get(i).norm().endsWith("ا")) {
      int t = -1;
      for (int k = i - 1; k >= 0 && k >= i - 3 && seg.clauseOf(k) == seg.clauseOf(i) && tokens.get(k).isWord(); k--) {
        if (!lex.triggers(tokens, k).isEmpty()) {
          t = k;
          break;
        }
      }
      if (t < 0 || isNegated(t, t)) return null;
      value = 1.0;
      start = t;
    } else {
      return null;
    }
    Candidate c = Candidate.count(n.noun().selfMetric(), value, i, start == i ? -1 : start, n.lastToken(),
        tokens.get(start).start(), tokens.get(n.lastToken()).end());
    c.counted = body.substring(tokens.get(i).start(), c.end);
    nounUsed[i] = true;
    return c;
  }

  /**
   * إن "إرهابيا" قتل في الاشتباكات = 1: an indefinite singular person noun (quotes allowed around it) that opens its
   * clause — after a clause start, a punctuation mark or a barrier word (إن, أن, حيث) — right before a singular
   * verb trigger of a people metric (قد allowed between) is its subject, one person: the count before the verb, as
   * 55 شخصا اعتقلوا. Not when the verb has an object of its own (a counted noun, a number or a glued pronoun after
   * it: جندي قتل مسلحا, قتله), nor when it is negated.
   */
  private Candidate singularBeforeVerb(int i, boolean[] nounUsed) {
    if (nounUsed[i] || numberAt[i] >= 0 || i > 0 && numberAt[i - 1] >= 0) return null;
    NounHit n = lex.noun(tokens, i);
    if (n == null || n.firstToken() != i || n.lastToken() != i || n.definite() || lex.isOthers(n.noun())
        || !"PERSON".equals(n.noun().nounClass()) || n.noun().number() != CountedNoun.Number.SINGULAR) return null;
    if (tokens.get(i).norm().startsWith("و") || tokens.get(i).norm().startsWith("ف")) {
      // و/ف glued to the noun: a coordinated noun (وجندي), read only as the first word of a clause
      if (n.noun().lemma().charAt(0) != tokens.get(i).norm().charAt(0)) return null;
    }
    int b = i - 1;
    if (b >= 0 && isQuote(tokens.get(b))) b--;
    boolean opens = b < 0 || seg.clauseOf(b) != seg.clauseOf(i)
        || tokens.get(b).type() == Token.Type.PUNCT && !isQuote(tokens.get(b)) || lex.isTriggerBarrier(tokens.get(b));
    if (!opens) return null;
    int v = i + 1;
    if (v < tokens.size() && isQuote(tokens.get(v))) v++;
    if (v < tokens.size() && tokens.get(v).is("قد")) v++;
    if (v >= tokens.size() || seg.clauseOf(v) != seg.clauseOf(i) || !tokens.get(v).isWord()) return null;
    String vn = tokens.get(v).norm();
    if (vn.endsWith("وا") || vn.endsWith("ون") || vn.endsWith("ه") || vn.endsWith("ها") || vn.endsWith("هم")) {
      return null;
    }
    String metric = null;
    for (Trigger r : lex.verbTriggers(tokens, v)) {
      if (r.verb() && r.records() && r.classes().contains("PERSON") && ClaimMetrics.countsPeople(r.metric())) {
        metric = r.metric();
        break;
      }
    }
    if (metric == null || metric.equals(ClaimLexicon.NO_METRIC) || isNegated(v, v)) return null;
    int o = v + 1;
    if (o < tokens.size() && seg.clauseOf(o) == seg.clauseOf(v)
        && (numberAt[o] >= 0 || lex.noun(tokens, o) != null)) return null; // جندي قتل مسلحا: the verb's object
    Candidate c = Candidate.count(metric, 1, i, v, v, tokens.get(i).start(), tokens.get(v).end());
    c.nounLast = i;
    c.nounClass = "PERSON";
    c.counted = body.substring(tokens.get(i).start(), tokens.get(i).end());
    nounUsed[i] = true;
    return c;
  }

  /** منهم / منهما / منهن right after a bare number: a part of people named before (اثنان منهم اعتقلا). */
  private boolean isPartitivePronoun(int i) {
    if (i >= tokens.size()) return false;
    String n = tokens.get(i).norm();
    return n.equals("منهم") || n.equals("منهما") || n.equals("منهن");
  }

  /** A counted noun that names no class of its own: unknown, or an ambiguous noun without a terror word. */
  private boolean isBareGeneric(NounHit noun) {
    if (noun == null) return true;
    if (!noun.noun().nounClass().equals("GENERIC")) return false;
    int next = noun.lastToken() + 1; // العمليات alone, not محاولات الهجرة (a noun of another sense after it)
    return next >= tokens.size() || tokens.get(next).type() == Token.Type.PUNCT
        || lex.inSet(tokens.get(next), lex.nounPhraseStops) || seg.clauseOf(next) != seg.clauseOf(noun.lastToken());
  }

  /** A vague quantity with no classed noun right after a single-reading trigger takes its metric. */
  private static String acceptsVague(List<Trigger> readings, int distance) {
    if (readings.size() != 1 || distance > 2) return null;
    return readings.get(0).metric();
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

  /**
   * The quantity at token {@code at} is a further count of the people of {@code prev}:
   * prev counts people (a person noun), the quantity is glued to و or right after a lone و, and between prev's
   * counted phrase and it lie at most {@link #TRIGGER_WINDOW} tokens of the same clause with no trigger, number,
   * barrier word nor punctuation other than one comma (the tail of prev's phrase: من ميليشيات الحوثي وصالح).
   */
  private boolean coordinatedPeople(Candidate prev, int at) {
    if (prev.value == null || !"PERSON".equals(prev.nounClass) || !ClaimMetrics.countsPeople(prev.metric)) return false;
    if (seg.clauseOf(prev.anchor) != seg.clauseOf(at) || at - prev.lastToken > TRIGGER_WINDOW + 1) return false;
    if (!tokens.get(at).norm().startsWith("و") && !(at > 0 && tokens.get(at - 1).is("و"))) return false;
    int commas = 0;
    for (int i = prev.lastToken + 1; i < at; i++) {
      Token t = tokens.get(i);
      if (isComma(t) && ++commas <= 1) continue;
      if (t.type() == Token.Type.PUNCT && !isQuote(t)) return false;
      if (numberAt[i] >= 0 || lex.isTriggerBarrier(t) || !lex.triggers(tokens, i).isEmpty()) return false;
    }
    return true;
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
      // a number after a Latin name, a space between, is part of the name (France 2, Windows 10)
      if (p.isWord() && isLatin(p.norm()) && body.substring(p.end(), tokens.get(ti).start()).equals(" ")) return true;
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

  /**
   * A qualifier after the counted noun: right after it, one word on, or after the rest of its noun phrase in the
   * clause (قتل 11 عنصرا من القوات الأمنية على الأقل), up to {@link #QUALIFIER_AFTER_WINDOW} words on with no
   * punctuation, number, trigger, barrier word nor a new coordinated counted noun (ومدنيان) before it. A qualifier
   * right before a number is that number's (على الأقل 3).
   */
  private void qualifierAfter(Candidate c, int after) {
    int clause = after > 0 ? seg.clauseOf(after - 1) : -1;
    for (int s = after; s < tokens.size() && s <= after + QUALIFIER_AFTER_WINDOW; s++) {
      for (Phrase p : lex.qualifiersAfter) {
        int len = p.matchAt(tokens, s);
        if (len > 0) {
          int next = s + len;
          if (s > after + 1 && next < tokens.size() && numberAt[next] >= 0) return;
          c.qualifier = p.value();
          c.end = Math.max(c.end, tokens.get(s + len - 1).end());
          return;
        }
      }
      if (s == after) continue; // the older reach: any one word may stand before the qualifier
      Token t = tokens.get(s);
      if (seg.clauseOf(s) != clause || t.type() == Token.Type.PUNCT || numberAt[s] >= 0 || lex.isTriggerBarrier(t)
          || !lex.triggers(tokens, s).isEmpty() || t.norm().startsWith("و") && lex.noun(tokens, s) != null) return;
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

  /**
   * Whether trigger {@code trig} reads as a sentence: true unless it is a "sentence" trigger of taxonomy.tsv (حكم,
   * حكمت) with neither على between it and its count at {@code count} nor a punishment word of sentence_cues.txt after
   * it in its clause (حكمت المحكمة على 5 متهمين, حكم بإعدام ثلاثة; not سقوط حكم العقيد, تحت حكم طالبان).
   */
  private boolean sentencing(int trig, int count) {
    if (!lex.needsSentencing(tokens, trig)) return true;
    for (int i = trig + 1; i < tokens.size() && seg.clauseOf(i) == seg.clauseOf(trig); i++) {
      if (i < count && tokens.get(i).is("علي")) return true;
      if (lex.inSet(tokens.get(i), lex.sentenceCues)) return true;
    }
    return false;
  }

  /** Negation shortly before the trigger or between the trigger and the quantity phrase. */
  private boolean isNegated(int trig, int quantityStart) {
    return lex.negated(tokens, seg, trig, quantityStart);
  }

  /**
   * مقتل وإصابة عدد من رجال الأمن: a trigger joined by و to a trigger of another metric right before it shares its
   * quantity with that one (killed and wounded), when the earlier trigger has no quantity of its own.
   */
  private Candidate sharedTrigger(Candidate c) {
    int t = c.trigger;
    if (t < 1 || t > c.anchor || !tokens.get(t).norm().startsWith("و") || lex.isPairTrigger(tokens, t - 1)) return null;
    String cls = c.nounClass == null ? "PERSON" : c.nounClass;
    String first = null;
    for (Trigger r : lex.triggers(tokens, t - 1)) {
      if (r.records() && !r.metric().equals(c.metric) && r.classes().contains(cls)) {
        first = r.metric();
        break;
      }
    }
    if (first == null) return null;
    for (Trigger r : lex.triggers(tokens, t)) if (r.metric().equals(first)) return null;
    if (seg.clauseOf(t - 1) != seg.clauseOf(t)) return null;
    return c.as(first, t - 1, Math.min(c.start, tokens.get(t - 1).start()));
  }

  /**
   * عشرات القتلى والجرحى: a vague quantity over a self-metric noun joined by و to a noun of another self metric counts
   * for both (when the second noun has no number of its own).
   */
  private Candidate coordinatedSelfNoun(Candidate c) {
    if (c.value != null || c.nounLast < 0) return null;
    int k = c.nounLast + 1;
    if (k >= tokens.size() || !tokens.get(k).norm().startsWith("و") || numberAt[k] >= 0) return null;
    NounHit second = lex.noun(tokens, k);
    if (second == null || second.noun().selfMetric() == null || second.noun().selfMetric().equals(c.metric)) return null;
    if (second.lastToken() + 1 < tokens.size() && numberAt[second.lastToken() + 1] >= 0) return null;
    Candidate d = c.as(second.noun().selfMetric(), c.trigger, c.start);
    d.end = Math.max(c.end, tokens.get(second.lastToken()).end());
    d.counted = body.substring(tokens.get(second.firstToken()).start(), tokens.get(second.lastToken()).end());
    return d;
  }

  /**
   * Whether a number of {@code metric} is stated before {@code at}: a definite noun then refers back to it (a vague
   * count before it does not: عشرات الجرحى ... أصيب الانتحاري الثاني).
   */
  /**
   * {@link #countedBefore}, but a headline's count of the same value does not count: the body restates the headline
   * (شهيدين ... الشهيدين اللذين استشهدا أثناء المواجهة مع), the two merge and the body's clause gives the agent.
   */
  private boolean countedInBody(List<Candidate> out, String metric, int at, int value) {
    for (Candidate o : out) {
      if (!o.metric.equals(metric) || o.value == null || o.start >= at) continue;
      if (o.start < headlineEnd && o.value == (double) value) continue;
      return true;
    }
    return false;
  }

  private static boolean countedBefore(List<Candidate> out, String metric, int at) {
    for (Candidate o : out) if (o.metric.equals(metric) && o.value != null && o.start < at) return true;
    return false;
  }

  /**
   * الجندي الذي استشهد = 1, الشهيدين اللذين استشهدا = 2: a singular or dual relative pronoun right before a verb whose
   * subject is the counted person (استشهد, توفي, أصيب), after a word it refers to; none when the metric was already
   * counted before (then the relative names one of them).
   */
  private Candidate relativeVictim(int i, List<Candidate> out) {
    Integer count = lex.relativeCount(tokens.get(i));
    if (count == null || i == 0) return null;
    int antecedent = i - 1;
    if (antecedent > 0 && isComma(tokens.get(antecedent))) antecedent--; // الزهراني، الذي استشهد
    if (!tokens.get(antecedent).isWord()) return null;
    int v = i + 1;
    if (v < tokens.size() && tokens.get(v).is("قد")) v++;
    if (v >= tokens.size() || seg.clauseOf(v) != seg.clauseOf(i)) return null;
    if (v + 1 < tokens.size() && numberAt[v + 1] >= 0) return null; // الذي قتل 5 أشخاص: its own count
    Trigger verb = null;
    for (Trigger r : lex.triggers(tokens, v)) if (r.subject()) verb = r;
    if (verb == null || !verb.records() || countedInBody(out, verb.metric(), tokens.get(i).start(), count)) return null;
    if (isNegated(v, v) || !agrees(tokens.get(v).norm(), lex.isFeminineRelative(tokens.get(i)), count)) return null;
    return Candidate.count(verb.metric(), count, i, v, v, tokens.get(antecedent).start(), tokens.get(v).end());
  }

  private static boolean isComma(Token t) {
    return t.is("،") || t.is(",");
  }

  /**
   * A past or present verb agreeing with its relative subject: feminine with ت (توفيت, تصاب), masculine without
   * (استشهد, يصاب), a dual with final ا (استشهدا). جراحه التي أصيب: the wounds, not the person.
   */
  private static boolean agrees(String verb, boolean feminine, int count) {
    if (count == 2 && !verb.endsWith("ا")) return false;
    String sg = count == 2 ? verb.substring(0, verb.length() - 1) : verb;
    boolean fem = sg.endsWith("ت") || sg.startsWith("ت");
    return fem == feminine;
  }

  /**
   * تفكيك خلية = 1, اعتقال شابين = 2, القبض على المتهم = 1, إصابة أحد زملائه = 1, أصيب والداه وشقيقه = 3: a trigger
   * followed by a singular or dual counted noun (a coordinated list of them sums), or by أحد/إحدى + a set. A
   * definite noun counts only when no claim of the metric came before it (else it names one already counted).
   */
  private Candidate implicit(int i, boolean[] nounUsed, List<Candidate> out) {
    List<Trigger> readings = lex.triggers(tokens, i);
    if (readings.isEmpty()) return null;
    // a trigger whose every pronoun object has another sense (أطاحه الرئيس: toppled him) counts no noun after it
    ClaimLexicon.PronounObject po = lex.pronounObject(tokens, i);
    if (po != null && po.glued() && lex.pronounSense(po.form())) return null;
    int j = lex.isPairTrigger(tokens, i) ? i + 2 : i + 1;
    if (j >= tokens.size()) return null;
    boolean preposition = tokens.get(j).is("علي") || tokens.get(j).is("عن");
    if (preposition) j++;
    // a definite masdar (التعليم, الاعتقال) never takes its object in construct: no implicit count after it,
    // but a prepositional object does (القبض على شخص, الإطاحة بشابين)
    else if (hasArticle(tokens.get(i)) && !tokens.get(j).norm().startsWith("ب")) return null;
    boolean subject = readings.stream().anyMatch(Trigger::subject);

    // skip a short definite agent (اعتقلت الشرطة المغربية شابا) or time word (توفي اليوم والد الرضيع)
    int skipped = 0;
    while (j < tokens.size() && skipped < 3 && tokens.get(j).isWord() && DefiniteArticle.starts(tokens.get(j).norm())
        && lex.noun(tokens, j) == null && lex.triggers(tokens, j).isEmpty()) {
      j++;
      skipped++;
    }
    if (j >= tokens.size() || seg.clauseOf(j) != seg.clauseOf(i) || numberAt[j] >= 0 || nounUsed[j]) return null;
    // فقد: only a person right after it (فقدت طفلة), never after a subject (فقدت الأسرة أحد أبنائها)
    boolean nextOnly = readings.stream().allMatch(Trigger::next);
    if (nextOnly && j != i + 1) return null;
    if (lex.isOneOf(tokens.get(j))) {
      // فقدت أحد قياداتها: the set's owner is the subject that lost one of them
      if (nextOnly && j + 1 < tokens.size() && tokens.get(j + 1).word().attachedPronoun() != null) return null;
      // فقدت أحد أسباب: after فقد the set must be a counted noun (a person by default only where the sense is sure)
      if (nextOnly && (j + 1 >= tokens.size() || lex.noun(tokens, j + 1) == null)) return null;
      return oneOf(i, j, readings, nounUsed);
    }
    if (subject) {
      Candidate d = deathObject(i, j, readings, nounUsed);
      if (d != null) return d;
    }
    // ضبط نصف طن: a fraction before a singular unit noun is its count
    Double fraction = lex.fraction(tokens.get(j));
    int fractionTok = -1;
    if (fraction != null && !tokens.get(j).norm().startsWith("و") && j + 1 < tokens.size()) {
      NounHit unit = lex.noun(tokens, j + 1);
      if (unit == null || !unit.noun().unit() || unit.noun().number() != CountedNoun.Number.SINGULAR) return null;
      fractionTok = j;
      j++;
    }
    NounHit noun = lex.noun(tokens, j);
    if (noun == null || noun.noun().number() == CountedNoun.Number.PLURAL) return null;
    // a masdar has no agent before its object: تكوين الفكر الإرهابي is no trainee
    if (skipped > 0 && noun.definite() && readings.stream().noneMatch(Trigger::verb)) return null;
    // the noun must stand alone: not followed by a number (خلية 5) nor a pronoun-bearing form
    if (noun.lastToken() + 1 < tokens.size() && numberAt[noun.lastToken() + 1] >= 0
        && numbers.get(numberAt[noun.lastToken() + 1]).isQuantity()) return null;
    if (skipped > 0 && !subject && !noun.definite() && noun.noun().number() == CountedNoun.Number.SINGULAR
        && !tokens.get(j).norm().endsWith("ا") && !tokens.get(j).norm().endsWith("ه")) return null;
    String metric = accepts(readings, noun, 99);
    if (metric == null || metric.equals(ClaimLexicon.NO_METRIC) || isNegated(i, i) || !sentencing(i, j)) return null;
    if (nextOnly(i, metric) && (noun.definite() || objectAfter(noun.lastToken() + 1))) return null; // فقد الطفل
    if (metric.equals("people_trained") && !lex.isTrainee(noun.noun())) return null;
    if (noun.definite() && countedBefore(out, metric, tokens.get(i).start())) return null;
    double value = noun.noun().number() == CountedNoun.Number.DUAL ? 2.0 : 1.0;
    if (fractionTok >= 0) value = fraction;
    int last = noun.lastToken();
    if (fractionTok < 0 && noun.noun().unit() && last + 1 < tokens.size()
        && tokens.get(last + 1).norm().startsWith("و") && lex.fraction(tokens.get(last + 1)) != null) {
      value += lex.fraction(tokens.get(last + 1)); // حجز طن ونصف = 1.5
      last++;
    }
    if (noun.noun().nounClass().equals("PERSON")) {
      // a list of people: أصيب والداه وشقيقه = 3, إصابة والدة الرضيع وشقيقه = 2 (one genitive word may follow each)
      while (true) {
        int k = last + 1;
        if (k + 1 < tokens.size() && DefiniteArticle.starts(tokens.get(k).norm())
            && tokens.get(k + 1).norm().startsWith("و")) k++;
        if (k >= tokens.size() || !tokens.get(k).norm().startsWith("و") || numberAt[k] >= 0 || nounUsed[k]
            || seg.clauseOf(k) != seg.clauseOf(j)) break;
        NounHit next = lex.noun(tokens, k);
        if (next == null || !next.noun().nounClass().equals("PERSON")
            || next.noun().number() == CountedNoun.Number.PLURAL) break;
        value += next.noun().number() == CountedNoun.Number.DUAL ? 2.0 : 1.0;
        nounUsed[k] = true;
        last = next.lastToken();
      }
    }
    Candidate c = Candidate.count(metric, value, j, i, last, tokens.get(i).start(), tokens.get(last).end());
    c.counted = body.substring(tokens.get(noun.firstToken()).start(), tokens.get(noun.lastToken()).end());
    if (metric.equals("seized") && noun.noun().unit()) c.unit = noun.noun().lemma();
    nounUsed[j] = true;
    return c;
  }

  /**
   * لقي أمين شرطة من قوة المركز مصرعه = 1, مصرعهما = 2: a subject that no counted noun names, then the death object
   * whose pronoun counts it (a plural pronoun needs a number: none here). No number may stand between. The subject
   * may be long (a rank, a unit and its place: لقي أمين شرطة من قوة مركز شرطة أبو حماد، بمحافظة الشرقية مصرعه):
   * up to {@link #DEATH_SUBJECT_WORDS} words, punctuation not counted.
   */
  private Candidate deathObject(int i, int j, List<Trigger> readings, boolean[] nounUsed) {
    if (lex.noun(tokens, j) != null) return null; // a counted noun subject is counted by the rule for it
    int words = 0;
    for (int k = j; k < tokens.size() && seg.clauseOf(k) == seg.clauseOf(i); k++) {
      if (tokens.get(k).isWord() && ++words > DEATH_SUBJECT_WORDS + 1) return null;
      if (numberAt[k] >= 0) return null;
      int people = lex.deathObjectPeople(tokens.get(k));
      if (people == 0 && k > j && !lex.triggers(tokens, k).isEmpty()) return null;
      if (people == 0) continue;
      if (people > 2 || k == j) return null;
      String metric = null;
      for (Trigger r : readings) if (r.subject() && r.records() && r.classes().contains("PERSON")) metric = r.metric();
      if (metric == null || isNegated(i, i)) return null;
      nounUsed[j] = true;
      return Candidate.count(metric, people, j, i, k, tokens.get(i).start(), tokens.get(k).end());
    }
    return null;
  }

  /** إصابة أحد زملائه, استشهاد إحدى المجندات: one of a set (a known noun's class, else a person) = 1. */
  private Candidate oneOf(int i, int j, List<Trigger> readings, boolean[] nounUsed) {
    int k = j + 1;
    if (k >= tokens.size() || !tokens.get(k).isWord() || numberAt[k] >= 0 || seg.clauseOf(k) != seg.clauseOf(j)) {
      return null;
    }
    NounHit set = lex.noun(tokens, k);
    String cls = set == null ? "PERSON" : set.noun().nounClass();
    String metric = null;
    for (Trigger r : readings) {
      if (r.classes().contains(cls)) {
        metric = r.metric();
        break;
      }
    }
    if (metric == null || metric.equals(ClaimLexicon.NO_METRIC) || isNegated(i, i)) return null;
    int last = set == null ? k : set.lastToken();
    Candidate c = Candidate.count(metric, 1, j, i, last, tokens.get(i).start(), tokens.get(last).end());
    c.counted = body.substring(tokens.get(k).start(), tokens.get(last).end());
    nounUsed[j] = true;
    return c;
  }
}
