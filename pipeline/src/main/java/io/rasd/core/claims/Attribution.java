package io.rasd.core.claims;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.CliticSet;
import io.rasd.core.arabic.DefiniteArticle;
import io.rasd.core.arabic.Folding;
import io.rasd.core.arabic.Phrase;
import io.rasd.core.arabic.Reading;
import io.rasd.core.arabic.Token;
import io.rasd.core.model.ClaimMetrics;
import io.rasd.core.model.Mention;
import io.rasd.core.model.MentionRef;
import java.util.List;

/**
 * Actor (who did it), source (who says so) and location (where) of each candidate. Mentions of the article are
 * used when given; otherwise short noun phrases opened by the head words of attribution_words.tsv.
 */
final class Attribution {
  private static final int NP_MAX = 4;
  /** A place word further away than this (tokens) is not the claim's location. */
  private static final int LOCATION_DISTANCE = 12;
  /** Mention types an actor or source span may be, in order of preference when spans overlap several. */
  private static final List<String> AGENT_TYPES = List.of("ORGANIZATION", "PERSON", "LOCATION", "MISC");
  private static final List<String> LOCATION_TYPES = List.of("LOCATION", "ORGANIZATION", "MISC");

  private final ClaimLexicon lex;
  private final String body;
  private final List<Token> tokens;
  private final AnalyzedText seg;
  private final List<Mention> mentions;

  private final ClauseContext context;
  private final AgentFinder agents;

  Attribution(ClaimLexicon lex, String body, List<Token> tokens, AnalyzedText seg, List<Mention> mentions) {
    this.lex = lex;
    this.body = body;
    this.tokens = tokens;
    this.seg = seg;
    this.mentions = mentions == null ? List.of() : mentions;
    this.context = new ClauseContext(lex, tokens, seg, this.mentions, this);
    this.agents = new AgentFinder(context);
  }

  /** The article's clause context, shared with the other finders (named lists). */
  ClauseContext context() {
    return context;
  }

  /**
   * Candidates in text order; coordinated claims of one sentence share an actor when theirs is not stated. Each
   * span also names the mention it overlaps, the link to its entity id.
   */
  void resolve(List<Candidate> cands) {
    int[] victimsEnd = new int[cands.size()];
    for (int k = 0; k < cands.size(); k++) victimsEnd[k] = agents.victimsPhraseEnd(cands.get(k));
    Candidate prev = null;
    for (Candidate c : cands) {
      Span location = location(c);
      c.location = text(location);
      c.locationRef = MentionRef.of(overlapping(location, LOCATION_TYPES));
      Span actor = agents.agent(c);
      // an item of a coordinated list (مقتل 6 مقاتلين من المقاومة، و11 حوثيا) shares its head's agent, and the
      // head's counted phrase names victims, never the item's agent
      Candidate head = c.listHead;
      if (head != null && actor != null && actor.start() >= head.start && actor.end() <= tokens.get(c.anchor).start()) {
        actor = null;
      }
      if (actor != null && inVictimsPhrase(actor, c, cands, victimsEnd)) actor = null;
      c.actor = text(actor);
      c.actorRef = MentionRef.of(overlapping(actor, AGENT_TYPES));
      if (head != null && head.actor != null && seg.sentenceOf(head.anchor) == seg.sentenceOf(c.anchor)) {
        c.actor = head.actor;
        c.actorRef = head.actorRef;
      }
      // never an agent whose words name this claim's victims (25 قتيلا ... و13 مقاوما: not المقاومة)
      if (c.actor != null && head != null && c.actor.equals(head.actor) && namesVictims(c, c.actor)) {
        c.actor = null;
        c.actorRef = null;
      }
      if (c.actor == null && prev != null && seg.sentenceOf(prev.anchor) == seg.sentenceOf(c.anchor)
          && (prev.actor == null || !namesVictims(c, prev.actor))) {
        c.actor = prev.actor;
        c.actorRef = prev.actorRef;
      }
      Span source = source(c);
      c.source = text(source);
      c.sourceRef = MentionRef.of(overlapping(source, AGENT_TYPES));
      prev = c;
    }
    // and backwards: a claim whose agent is not stated takes that of the coordinated claim after it in its sentence
    // (قتل أيضا فلان ... وجرح فلانا وفلانا، في مواجهة وقعت مع عناصر المقاومة)
    for (int k = cands.size() - 2; k >= 0; k--) {
      Candidate c = cands.get(k);
      Candidate next = cands.get(k + 1);
      if (c.actor != null || next.actor == null || seg.sentenceOf(next.anchor) != seg.sentenceOf(c.anchor)) continue;
      if (next.trigger < 0 || !tokens.get(next.trigger).norm().startsWith("و") || next.trigger <= c.anchor) continue;
      c.actor = next.actor;
      c.actorRef = next.actorRef;
    }
    carryAcrossSentences(cands);
    // an air raid with no agent of its own: the launcher of the raids the paragraph names (غارات شنها طيران X)
    for (Candidate c : cands) {
      if (c.actor != null || ClaimMetrics.OTHER.equals(c.metric)) continue;
      Span s = agents.raidLauncher(c);
      if (s == null || namesVictims(c, text(s))) continue;
      c.actor = text(s);
      c.actorRef = MentionRef.of(overlapping(s, AGENT_TYPES));
    }
  }

  /**
   * The span lies in the counted phrase of a claim of c's sentence, its partitive included (عشرة من منسوبي القوات ...
   * وإصابة تسعة آخرين: القوات are the killed, not who wounded the nine).
   */
  private boolean inVictimsPhrase(Span s, Candidate c, List<Candidate> cands, int[] victimsEnd) {
    for (int k = 0; k < cands.size(); k++) {
      Candidate o = cands.get(k);
      if (seg.sentenceOf(o.anchor) != seg.sentenceOf(c.anchor)) continue;
      if (s.start() >= tokens.get(o.anchor).start() && s.end() <= victimsEnd[k]) return true;
    }
    return false;
  }

  /** How many sentences back the agent of an earlier claim may be carried. */
  private static final int CARRY_SENTENCES = 2;
  /** How far before the claim, and after it, the event noun that refers back may stand (tokens, in its sentence). */
  private static final int ANAPHOR_BEFORE = 25;
  private static final int ANAPHOR_AFTER = 15;

  /**
   * Discourse continuity: a claim whose sentence names no agent but refers back to the event (a definite event noun:
   * وقتل في المواجهة التي وقعت, في الهجوم الذي وقع, أسفرت نتائج الجهود الأمنية عن ضبط) takes the agent of the claim
   * told just before it, when that claim is at most two sentences back, outside the headline, of the same kind (an
   * authority's act, or a casualty), in no other place, has an agent read in its own sentence, and no sentence between
   * opens on another matter (من جهة أخرى). Never the claim's victims: an agent whose own words name them is not carried. Words in
   * discourse_words.tsv. Each claim looks at its own sentence and the starts of the sentences between.
   */
  private void carryAcrossSentences(List<Candidate> cands) {
    int headlineEnd = ClaimExtractor.headlineEnd(body);
    boolean[] carried = new boolean[cands.size()];
    Candidate p = null;
    int pk = -1;
    for (int k = 0; k < cands.size(); k++) {
      Candidate c = cands.get(k);
      if (ClaimMetrics.OTHER.equals(c.metric)) continue;
      Candidate before = p;
      int bk = pk;
      p = c;
      pk = k;
      if (c.actor != null || before == null || before.actor == null || carried[bk]) continue;
      int sc = seg.sentenceOf(c.anchor);
      int sp = seg.sentenceOf(before.anchor);
      if (sc == sp || sc - sp > CARRY_SENTENCES || before.start < headlineEnd) continue;
      if (lex.authorityMetrics.contains(c.metric) != lex.authorityMetrics.contains(before.metric)) continue;
      if (!refersBack(c) || shiftBetween(before.anchor, c.anchor) || namesVictims(c, before.actor)) continue;
      if (!samePlace(before.location, c.location)) continue; // another place is another event
      c.actor = before.actor;
      c.actorRef = before.actorRef;
      carried[k] = true;
    }
  }

  /** No place, or one place named within the other (كوباني ~ مدينة كوباني). */
  private static boolean samePlace(String a, String b) {
    if (a == null || b == null) return true;
    String x = Folding.MATCH.apply(a);
    String y = Folding.MATCH.apply(b);
    return x.contains(y) || y.contains(x);
  }

  /** A definite event noun near the claim's quantity in its sentence (المواجهة, الهجوم, الجهود). */
  private boolean refersBack(Candidate c) {
    int sent = seg.sentenceOf(c.anchor);
    int from = Math.max(0, Attribution.firstTok(c) - ANAPHOR_BEFORE);
    int to = Math.min(tokens.size() - 1, Math.max(c.lastToken, c.nounLast) + ANAPHOR_AFTER);
    for (int i = from; i <= to; i++) {
      if (seg.sentenceOf(i) != sent) continue;
      Token t = tokens.get(i);
      if (!t.isWord()) continue;
      for (Reading r : t.readings(CliticSet.LEXICON)) {
        if (r.definite() && lex.eventAnaphors.contains(r.form())) return true;
      }
    }
    return false;
  }

  /** A sentence after token {@code from}'s, up to token {@code to}'s, opens on another matter. */
  boolean shiftBetween(int from, int to) {
    for (int i = from + 1; i <= to; i++) {
      if (seg.sentenceOf(i) == seg.sentenceOf(i - 1)) continue;
      int w = i;
      while (w <= to && !tokens.get(w).isWord()) w++; // a quote or a dash before the first word
      for (Phrase ph : lex.topicShifts) {
        if (ph.matchAt(tokens, w) > 0) return true;
      }
    }
    return false;
  }

  /**
   * The claim's victims are the agent's side: its words (up to the end of its counted phrase) hold the agent's
   * distinguishing word, the non-generic ones (المقاومة of عناصر المقاومة; عناصر is anyone's), or for an agent of
   * generic words only (مسلحون) those, sound plurals compared without their ending (مسلحون ~ المسلحين).
   */
  private boolean namesVictims(Candidate c, String agent) {
    int end = c.end;
    if (c.nounLast >= 0 && c.nounLast < tokens.size()) end = Math.max(end, tokens.get(c.nounLast).end());
    java.util.Set<String> own = new java.util.HashSet<>();
    for (String w : words(body.substring(c.start, end))) own.add(ArabicWord.groupStem(w));
    List<String> distinct = new java.util.ArrayList<>();
    List<String> generic = new java.util.ArrayList<>();
    for (String w : words(agent)) (lex.genericActorHeads.contains(w) ? generic : distinct).add(w);
    for (String w : distinct.isEmpty() ? generic : distinct) {
      if (own.contains(ArabicWord.groupStem(w))) return true;
    }
    return false;
  }

  /** The folded words of a text without article, as lexicon keys (and sound plurals without their ending). */
  private static List<String> words(String text) {
    List<String> out = new java.util.ArrayList<>();
    for (String w : Folding.MATCH.apply(text).split("[^\\p{L}]+")) {
      if (w.length() < 3) continue;
      String bare = ArabicWord.withoutArticle(w);
      out.add(bare);
    }
    return out;
  }


  String text(Span s) {
    return s == null ? null : body.substring(s.start(), s.end());
  }

  private static Span span(Mention m) {
    return new Span(m.start(), m.end());
  }

  /**
   * The mention that overlaps the span most (the same article, offsets overlapping), types earlier in the list
   * first on a tie; null when none overlaps.
   */
  private Mention overlapping(Span s, List<String> types) {
    if (s == null) return null;
    Mention best = null;
    int bestOverlap = 0;
    int bestRank = Integer.MAX_VALUE;
    for (Mention m : mentions) {
      int rank = types.indexOf(m.type());
      int overlap = Math.min(s.end(), m.end()) - Math.max(s.start(), m.start());
      if (rank < 0 || overlap <= 0) continue;
      if (overlap > bestOverlap || (overlap == bestOverlap && rank < bestRank)) {
        best = m;
        bestOverlap = overlap;
        bestRank = rank;
      }
    }
    return best;
  }

  static int firstTok(Candidate c) {
    return c.trigger >= 0 ? Math.min(c.trigger, c.anchor) : c.anchor;
  }

  private Span location(Candidate c) {
    int sent = seg.sentenceOf(c.anchor);
    Mention best = nearestMention("LOCATION", c, sent);
    if (best != null) return span(best);
    Span found = null;
    int bestDist = Integer.MAX_VALUE;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (seg.clauseOf(i) != seg.clauseOf(c.anchor)) continue;
      Token t = tokens.get(i);
      if (!lex.inSet(t, lex.locationHeads) || DefiniteArticle.starts(t.norm())) continue;
      int pi = i + 1;
      if (lex.inSet(tokens.get(pi), lex.locationHeads) && pi + 1 < tokens.size()) pi++; // قرية بمنطقة موبتي
      Token place = tokens.get(pi);
      if (!place.isWord() || seg.clauseOf(pi) != seg.clauseOf(c.anchor)) continue;
      int d = Math.abs(i - c.anchor);
      if (d < bestDist && d <= LOCATION_DISTANCE) {
        bestDist = d;
        found = new Span(place.start(), place.end());
      }
    }
    return found;
  }

  /** The nearest attribution cue of the sentence before the claim, else after it (..., حسبما أفاد مسؤولون). */
  private Span source(Candidate c) {
    int sent = seg.sentenceOf(c.anchor);
    for (int i = firstTok(c) - 1; i >= 0 && seg.sentenceOf(i) == sent; i--) {
      Span s = sourceAt(i);
      if (s != null) return s;
    }
    for (int i = c.anchor + 1; i < tokens.size() && seg.sentenceOf(i) == sent; i++) {
      Span s = sourceAt(i);
      if (s != null) return s;
    }
    return null;
  }

  private Span sourceAt(int i) {
    Token t = tokens.get(i);
    boolean cue = lex.isSourceVerb(t) || lex.inSet(t, lex.sourcePreps);
    if (!cue || i + 1 >= tokens.size()) return null;
    int h = i + 1;
    Mention m = mentionIn("ORGANIZATION", h, Math.min(tokens.size(), h + 2));
    if (m != null) return span(m);
    if (lex.inSet(tokens.get(h), lex.sourceHeads)) return nounPhrase(h);
    return null;
  }

  /** The head word at token h and up to three more words that continue its noun phrase. */
  Span nounPhrase(int h) {
    int e = h;
    while (e + 1 < tokens.size() && e + 1 - h < NP_MAX && seg.clauseOf(e + 1) == seg.clauseOf(h)) {
      Token n = tokens.get(e + 1);
      if (!n.isWord() || lex.nounPhraseStops.contains(n.norm()) || !lex.triggers(tokens, e + 1).isEmpty()) break;
      if (!DefiniteArticle.starts(n.norm()) && !lex.inSet(n, lex.actorHeads) && !lex.inSet(n, lex.sourceHeads)) break;
      if (lex.noun(tokens, e + 1) != null && !DefiniteArticle.starts(n.norm())) break;
      if (n.norm().startsWith("و") && !n.norm().startsWith("وزار") && !n.norm().startsWith("وكال")) break;
      e++;
    }
    return new Span(tokens.get(h).start(), tokens.get(e).end());
  }

  /**
   * The mention of a type for a claim: the nearest one after the quantity in its clause (تفكيك خلية ... في مدينة
   * وجدة), else the nearest before it in the clause, else the nearest in the sentence.
   */
  private Mention nearestMention(String type, Candidate c, int sentence) {
    Mention after = null;
    Mention before = null;
    Mention any = null;
    int anchorOff = tokens.get(c.anchor).start();
    int clause = seg.clauseOf(c.anchor);
    for (Mention m : mentions) {
      if (!type.equals(m.type()) || m.start() < 0 || m.end() > body.length() || m.start() >= m.end()) continue;
      int ti = tokenAt(m.start());
      if (ti < 0 || seg.sentenceOf(ti) != sentence) continue;
      int d = Math.abs(m.start() - anchorOff);
      if (any == null || d < Math.abs(any.start() - anchorOff)) any = m;
      if (seg.clauseOf(ti) != clause) continue;
      if (m.start() > anchorOff && ti - c.anchor <= LOCATION_DISTANCE + 3) {
        if (after == null || m.start() < after.start()) after = m;
      } else if (m.start() < anchorOff) {
        if (before == null || m.start() > before.start()) before = m;
      }
    }
    return after != null ? after : before != null ? before : any;
  }

  Mention mentionIn(String type, int fromTok, int toTok) {
    if (mentions.isEmpty() || fromTok >= toTok || toTok > tokens.size()) return null;
    int s = tokens.get(fromTok).start();
    int e = tokens.get(toTok - 1).end();
    Mention best = null;
    for (Mention m : mentions) {
      if (type.equals(m.type()) && m.start() >= s && m.end() <= e && (best == null || m.start() > best.start())) {
        best = m;
      }
    }
    return best;
  }

  /** Whether a mention of any type covers token i. */
  boolean inMention(int i) {
    Token t = tokens.get(i);
    for (Mention m : mentions) if (m.start() <= t.start() && t.end() <= m.end()) return true;
    return false;
  }

  int tokenAt(int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Token t = tokens.get(mid);
      if (t.end() <= offset) lo = mid + 1;
      else if (t.start() > offset) hi = mid - 1;
      else return mid;
    }
    return lo < tokens.size() ? lo : -1;
  }
}
