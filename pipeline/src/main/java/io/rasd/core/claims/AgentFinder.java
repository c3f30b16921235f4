package io.rasd.core.claims;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.CliticSet;
import io.rasd.core.arabic.Reading;
import io.rasd.core.arabic.Token;
import io.rasd.core.model.Mention;
import java.util.List;

/**
 * The agent of a claim: who arrested, killed, sentenced; never the victim or the target, null where the text names
 * none. In order: an organization or actor head before the quantity in its clause (اعتقلت الشرطة 5); an agent marker
 * after the counted phrase (قتل 8 ... إثر قصف جوي لمروحيات الأباتشي); the subject of an agent verb of the sentence
 * (تمكنت الجهات الأمنية من ضبط, شن داعش هجوما مما أسفر عن مقتل, ... بعدما أضرم مستوطنون); the security body that
 * announces it (أعلنت شرطة المنطقة عن ضبط). Words in agent_words.tsv and attribution_words.tsv.
 */
final class AgentFinder {
  /** How far before the quantity the clause's own agent may stand (tokens). */
  private static final int LOCAL_WINDOW = 6;
  /** How far after the counted phrase an agent marker may stand. */
  private static final int MARKER_WINDOW = 12;
  /** Words between an agent marker and its agent (قصف جوي لـ). */
  private static final int MARKER_GAP = 3;
  /** How far before the claim an agent verb or an announcing verb may stand in its sentence. */
  private static final int VERB_WINDOW = 25;
  /**
   * How far before an authority's act (arrests, seized ...) its announcing verb may stand in the sentence: a long
   * list of the authority's acts (أعلنت مديرية الأمن توجيه حملات ...، إضافة إلى ضبط, 60 tokens), yet bounded for a
   * text without full stops.
   */
  private static final int AUTHORITY_WINDOW = 80;
  /** How far after the claim a subordinate clause (بعدما أضرم ...) may open. */
  private static final int AFTER_WINDOW = 15;
  /** Words a subject may stand before its verb (إن الجيش السوري ألقى; وكانت شرطة منطقة مكة المكرمة قد أعلنت). */
  private static final int SUBJECT_BEFORE = 5;
  /** How far before a coordinated trigger verb the relative pronoun of its subject may stand (الشاب الذي ...، وقتل). */
  private static final int RELATIVE_WINDOW = 12;

  private final ClaimLexicon lex;
  private final List<Token> tokens;
  private final AnalyzedText seg;
  private final List<Mention> mentions;
  private final Attribution attribution;

  AgentFinder(ClauseContext ctx) {
    this.lex = ctx.lex();
    this.tokens = ctx.tokens();
    this.seg = ctx.seg();
    this.mentions = ctx.mentions();
    this.attribution = ctx.attribution();
  }

  Span agent(Candidate c) {
    Span s = local(c);
    if (s == null) s = afterMarker(c);
    if (s == null) s = verbSubject(c);
    if (s == null) s = relativeSubject(c);
    if (s == null) s = opponent(c);
    if (s == null) s = coordinatedVerbSubject(c);
    if (s == null) s = announcer(c);
    return s;
  }

  /**
   * The one the victims fought (استشهد أثناء المواجهة مع الميليشيات, خلال تصديه للميليشيات, في ردع الميليشيات, في
   * مواجهة وقعت مع عناصر المقاومة): the noun phrase after an opponent word of the claim's sentence, right after it, or
   * behind مع / a glued لـ up to two words on. After the claim first, then before it.
   */
  private Span opponent(Candidate c) {
    int sent = seg.sentenceOf(c.anchor);
    int last = Math.max(c.lastToken, c.nounLast);
    for (int i = last + 1; i < tokens.size() && i <= last + AFTER_WINDOW && seg.sentenceOf(i) == sent; i++) {
      Span s = opponentAt(i, sent);
      if (s != null) return s;
    }
    int first = Attribution.firstTok(c);
    for (int i = first - 1; i >= 0 && i >= first - VERB_WINDOW && seg.sentenceOf(i) == sent; i--) {
      Span s = opponentAt(i, sent);
      if (s != null) return s;
    }
    return null;
  }

  /** How far back in its sentence the verb whose subject a coordinated trigger verb shares may stand (tokens). */
  private static final int COORDINATED_VERB_WINDOW = 30;

  /**
   * The subject a coordinated trigger verb shares: سيطرت المقاومة على معظم أحياء المدينة، عقب معارك استمرت ثلاثة
   * أيام، وأوقعت 25 قتيلا → المقاومة. The trigger is a transitive verb glued to و with its count right after it (no
   * subject of its own); back in its sentence, with no other trigger between, the nearest agent (a mention or an
   * actor head) right after a verb of the same gender (both ending in ت or neither: سيطرت ... وأوقعت) is its subject.
   * A verb there is a word without the article, of more than two letters, that is no counted noun and does not end
   * in ه (تابعه للحوثيين) nor starts with لـ/بـ (لتنظيم داعش); an agent glued to لـ or بـ is a complement, never
   * that subject. Read after the opponent rule (في مواجهة مع قوات الجيش wins).
   */
  private Span coordinatedVerbSubject(Candidate c) {
    // a count whose self noun names the metric (وأوقعت 25 قتيلا) has no trigger: the word glued to و before it
    int v = c.trigger >= 0 ? c.trigger : c.anchor - 1;
    if (v < 1 || v + 1 >= tokens.size() || !tokens.get(v).norm().startsWith("و") || c.anchor != v + 1) return null;
    boolean agentVerb = false;
    for (ClaimLexicon.Trigger t : lex.verbTriggers(tokens, v)) {
      if (t.metric().equals(c.metric) && t.verb() && !t.subject()) agentVerb = true;
    }
    if (c.trigger < 0) {
      agentVerb = tokens.get(v).isWord() && lex.triggers(tokens, v).isEmpty() && lex.noun(tokens, v) == null
          && !tokens.get(v).norm().startsWith("وال");
    }
    if (!agentVerb) return null;
    boolean feminine = tokens.get(v).norm().endsWith("ت");
    int sent = seg.sentenceOf(v);
    for (int r = v - 1; r > 0 && r >= v - COORDINATED_VERB_WINDOW && seg.sentenceOf(r) == sent; r--) {
      if (!lex.triggers(tokens, r).isEmpty()) return null;
      Token verb = tokens.get(r - 1);
      if (!verb.isWord() || seg.sentenceOf(r - 1) != sent || verb.norm().length() <= 2
          || io.rasd.core.arabic.DefiniteArticle.starts(verb.norm()) || lex.noun(tokens, r - 1) != null
          || verb.norm().endsWith("ه") || verb.norm().startsWith("ل") || verb.norm().startsWith("ب")
          || verb.norm().endsWith("ت") != feminine) continue;
      String a = tokens.get(r).norm();
      if (a.startsWith("ل") || a.startsWith("ب")) continue; // لـ/بـ: a complement
      Span s = agentAt(r);
      if (s != null && !isTarget(r)) return s;
    }
    return null;
  }

  /**
   * The subject of a relative clause that a coordinated trigger verb continues: الشاب الذي اقترف الجريمة، وقتل
   * العشرات → الشاب. The trigger is a verb glued to و whose subject is not its count (no S-verb), the relative pronoun
   * stands before it in its sentence with no other trigger between, and its antecedent is a person noun or an actor
   * head with the article.
   */
  private Span relativeSubject(Candidate c) {
    int v = c.trigger;
    if (v < 0 || v >= tokens.size() || !tokens.get(v).norm().startsWith("و")) return null;
    boolean agentVerb = false;
    for (ClaimLexicon.Trigger t : lex.triggers(tokens, v)) {
      if (t.metric().equals(c.metric) && t.verb() && !t.subject()) agentVerb = true;
    }
    if (!agentVerb) return null;
    int sent = seg.sentenceOf(v);
    for (int r = v - 1; r > 0 && r >= v - RELATIVE_WINDOW && seg.sentenceOf(r) == sent; r--) {
      if (!lex.triggers(tokens, r).isEmpty()) return null;
      if (lex.relativeCount(tokens.get(r)) == null) continue;
      int a = r - 1;
      if (a > 0 && isComma(a)) a--;
      // the head of a definite phrase, not its adjective (التفجير الإرهابي الذي: التفجير)
      while (a > 0 && tokens.get(a - 1).isWord() && io.rasd.core.arabic.DefiniteArticle.starts(tokens.get(a - 1).norm())
          && seg.sentenceOf(a - 1) == sent) a--;
      Token t = tokens.get(a);
      if (!t.isWord() || !io.rasd.core.arabic.DefiniteArticle.starts(t.norm()) || seg.sentenceOf(a) != sent) return null;
      ClaimLexicon.NounHit n = lex.noun(tokens, a);
      boolean person = n != null && "PERSON".equals(n.noun().nounClass());
      if (!person && !lex.inSet(t, lex.actorHeads)) return null;
      return person ? new Span(t.start(), t.end()) : attribution.nounPhrase(a);
    }
    return null;
  }

  private Span opponentAt(int i, int sent) {
    if (!lex.inSet(tokens.get(i), lex.opponentWords)) return null;
    for (int j = i + 1; j <= i + 3 && j < tokens.size() && seg.sentenceOf(j) == sent; j++) {
      Token t = tokens.get(j);
      if (!t.isWord()) return null;
      if (lex.opponentLinks.contains(io.rasd.core.arabic.Folding.MATCH.apply(t.norm()))) { // مع: too short for readings
        return j + 1 < tokens.size() && seg.sentenceOf(j + 1) == sent ? agentAt(j + 1) : null;
      }
      // right after the fight word: its genitive (ردع الميليشيات) or a glued لـ (تصديه للميليشيات)
      if (j == i + 1) {
        Span s = agentAt(j);
        if (s != null) return s;
      }
    }
    return null;
  }

  /** An organization mention, else an actor head, before the quantity in its clause; not a target nor a mere source. */
  private Span local(Candidate c) {
    int from = Math.max(0, Attribution.firstTok(c) - LOCAL_WINDOW);
    int to = c.anchor;
    // in the claim's sentence only: a headline without a full stop ends right before the body's first sentence
    int sent = seg.sentenceOf(c.anchor);
    while (from < to && seg.sentenceOf(from) != sent) from++;
    Mention m = attribution.mentionIn("ORGANIZATION", from, to);
    if (m != null) {
      int h = tokenAt(m.start());
      Span s = new Span(m.start(), m.end());
      if (h >= 0 && !isTarget(h) && !(isSourceSubject(h) && !isSecurity(s))
          && !(isComplement(m, h) && coordinatedVerbAfter(c, h))) return s;
    }
    for (int i = to - 1; i >= from; i--) {
      if (seg.clauseOf(i) != seg.clauseOf(c.anchor)) break;
      if (lex.inSet(tokens.get(i), lex.actorHeads)) {
        int h = i;
        while (h > from && seg.clauseOf(h - 1) == seg.clauseOf(h) && lex.inSet(tokens.get(h - 1), lex.actorHeads)) h--;
        if (isTarget(h) || (gluedPreposition(h) && coordinatedVerbAfter(c, h))) return null;
        Span s = attribution.nounPhrase(h);
        if (isSourceSubject(h) && !isSecurity(s)) return null;
        return s;
      }
    }
    return null;
  }

  /** على يد / من قبل / برصاص / قصف ... لـ + agent, after the counted phrase in the sentence. */
  private Span afterMarker(Candidate c) {
    int last = Math.max(c.lastToken, c.nounLast);
    int clause = seg.clauseOf(last);
    // in the claim's clause only: a marker behind a comma belongs to another verb (، تلقى تدريبه على يد ...)
    int hi = last + MARKER_WINDOW;
    for (int i = last + 1; i < tokens.size() && i <= hi && seg.clauseOf(i) == clause; i++) {
      if (isComma(i)) break;
      // توفي ... متأثرا بجراحه التي أصيب بها جراء حرق منزله على يد: the agent of the cause is the death's
      if (lex.inSet(tokens.get(i), lex.causeWords)) hi = Math.max(hi, i + MARKER_WINDOW);
      int after = markerEnd(i);
      if (after < 0) continue;
      boolean open = after - i >= 2; // على يد, من قبل: whoever follows is the agent, a listed head or not
      int gap = 0;
      for (int j = after; j < tokens.size() && gap < MARKER_GAP && seg.clauseOf(j) == clause; j++) {
        if (lex.inSet(tokens.get(j), lex.hedgeWords)) continue; // على يد من يشتبه أنهم ...
        Span s = agentAt(j);
        if (s != null) return s;
        if (open && gap == 0 && isOpenAgent(j)) return new Span(tokens.get(j).start(), tokens.get(j).end());
        gap++;
      }
    }
    return null;
  }

  /** A bare noun right after an explicit agent marker (على يد يهود): a word, no particle, number or trigger. */
  private boolean isOpenAgent(int j) {
    Token t = tokens.get(j);
    return t.isWord() && t.norm().length() > 2 && lex.triggers(tokens, j).isEmpty() && !isParticle(j)
        && lex.relativeCount(t) == null && !lex.inSet(t, lex.subordinators);
  }

  /** The subject of the nearest agent verb before the claim in its sentence, or of one after it behind بعدما/عندما. */
  private Span verbSubject(Candidate c) {
    int sent = seg.sentenceOf(c.anchor);
    int first = Attribution.firstTok(c);
    int lo = first - VERB_WINDOW;
    for (int i = first - 1; i >= 0 && i >= lo && seg.sentenceOf(i) == sent; i--) {
      // شن X هجوما ... ؛ مما أسفر عن: the window of the result clause starts again at its connector
      if (lex.inSet(tokens.get(i), lex.resultConnectors)) lo = Math.min(lo, i - VERB_WINDOW);
      if (isAgentVerb(i)) {
        Span s = subjectOf(i);
        if (s != null) return s;
      }
    }
    int last = Math.max(c.lastToken, c.nounLast);
    for (int i = last + 1; i + 1 < tokens.size() && i <= last + AFTER_WINDOW && seg.sentenceOf(i) == sent; i++) {
      if (!lex.inSet(tokens.get(i), lex.subordinators)) continue;
      for (int v = i + 1; v <= i + 2 && v < tokens.size() && seg.sentenceOf(v) == sent; v++) { // بعد أن قام
        if (isAgentVerb(v)) return subjectOf(v);
      }
    }
    return null;
  }

  /** A security body announcing the claim (أعلنت الشرطة عن ضبط ...): the subject of the nearest source verb. */
  private Span announcer(Candidate c) {
    int sent = seg.sentenceOf(c.anchor);
    int first = Attribution.firstTok(c);
    // an arrest, a seizure, a sentence is the act of the authority announcing it, even after a long list of acts
    // (أعلنت مديرية أمن شمال سيناء توجيه حملات ...، مضيفة أنه تم حرق ...، إضافة إلى ضبط اثنين)
    int lo = first - (lex.authorityMetrics.contains(c.metric) ? AUTHORITY_WINDOW : VERB_WINDOW);
    for (int i = first - 1; i >= 0 && i >= lo && seg.sentenceOf(i) == sent; i--) {
      if (!lex.isSourceVerb(tokens.get(i))) continue;
      Span s = subjectOf(i);
      // a source word with no subject of its own (مضيفة أنه, إضافة إلى) continues the statement of the verb before it
      if (s == null) continue;
      return isSecurity(s) ? s : null;
    }
    return null;
  }

  /** The verb's subject: an agent right after it (VSO), else one ending right before it (SVO: إن الجيش ألقى). */
  private Span subjectOf(int verb) {
    for (int j = verb + 1; j <= verb + 2 && j < tokens.size() && seg.clauseOf(j) == seg.clauseOf(verb); j++) {
      if (isQuote(j)) continue;
      Span s = agentAt(j);
      if (s != null) return s;
      if (!isParticle(j)) break;
    }
    for (int j = verb - 1; j >= 0 && j >= verb - SUBJECT_BEFORE && seg.sentenceOf(j) == seg.sentenceOf(verb); j--) {
      if (isQuote(j)) continue; // بأن "داعش" يقف وراء
      if (!tokens.get(j).isWord() || lex.triggers(tokens, j).size() > 0) break;
      Span s = agentAt(j);
      if (s != null) {
        // the head nearest the verb may be the second word of the phrase (الجيش السوري): take its first head
        int h = j;
        while (h - 1 >= 0 && h - 1 >= verb - SUBJECT_BEFORE && lex.inSet(tokens.get(h - 1), lex.actorHeads)) h--;
        Span np = h == j ? s : agentAt(h);
        // the phrase ends before its verb (إن الجيش ألقى: ألقى is no definite word)
        int stop = tokens.get(verb).start();
        if (np.end() > stop) np = new Span(np.start(), tokens.get(verb - 1).end());
        return np;
      }
    }
    return null;
  }

  private boolean isComma(int i) {
    String t = tokens.get(i).text();
    return t.equals("،") || t.equals(",") || t.equals("؛") || t.equals(";");
  }

  private boolean isQuote(int i) {
    return io.rasd.core.arabic.ArabicChars.isQuoteMark(tokens.get(i).text());
  }

  /** قد / أيضا / اليوم between a verb and its subject are skipped: short function words. */
  private boolean isParticle(int i) {
    String n = tokens.get(i).norm();
    return n.length() <= 2;
  }

  /** A mention of an organization or person starting at token i, else a noun phrase opened by an actor head. */
  private Span agentAt(int i) {
    Token t = tokens.get(i);
    if (!t.isWord()) return null;
    for (Mention m : mentions) {
      if ((m.type().equals("ORGANIZATION") || m.type().equals("PERSON")) && m.start() >= t.start() && m.start() < t.end()) {
        return new Span(m.start(), m.end());
      }
    }
    Reading head = reading(t, lex.actorHeads);
    if (head == null) return null;
    int end = attribution.nounPhrase(i).end();
    if (!head.definite() && (head.form().endsWith("ون") || head.form().endsWith("ين"))) {
      end = t.end(); // a sound plural with its nun heads no construct: أضرم مستوطنون النار, not "مستوطنون النار"
    } else if (end == t.end()) {
      end = nameAfter(i, end); // تنظيم داعش: the organization's name is a mention
    }
    return new Span(stemStart(t, head), end); // without a proclitic: لمروحيات الأباتشي is مروحيات الأباتشي
  }

  /** The end of an organization or person mention that starts at the token after i, else {@code end}. */
  private int nameAfter(int i, int end) {
    if (i + 1 >= tokens.size()) return end;
    Token n = tokens.get(i + 1);
    for (Mention m : mentions) {
      if ((m.type().equals("ORGANIZATION") || m.type().equals("PERSON")) && m.start() >= n.start() && m.start() < n.end()) {
        return m.end();
      }
    }
    return end;
  }

  private static Reading reading(Token t, java.util.Set<String> set) {
    for (Reading r : t.readings(CliticSet.LEXICON)) {
      if (set.contains(r.form())) return r;
    }
    return null;
  }

  /** Where the head's word starts: after و/ل/ب, with its article (للقوات -> قوات, والقوات -> القوات). */
  private int stemStart(Token t, Reading head) {
    int at = t.start() + head.offset();
    if (head.definite() && at - 2 >= t.start() && body(at - 2, at).equals("ال")) return at - 2;
    return at;
  }

  private String body(int s, int e) {
    return attribution.text(new Span(s, e));
  }

  /** The token after a marker phrase that starts at token i, or -1. */
  private int markerEnd(int i) {
    for (String[] words : lex.agentMarkers) {
      int k = 0;
      while (k < words.length && i + k < tokens.size()
          && lex.inSet(tokens.get(i + k), java.util.Set.of(words[k]))) k++;
      if (k == words.length) return i + k;
    }
    return -1;
  }

  private boolean isAgentVerb(int i) {
    return lex.isVerbOf(tokens.get(i), lex.agentVerbs, lex.agentVerbPrefixes);
  }

  /** The phrase at h is the object of a targeting word (تستهدف قوات الجيش, ضد الشرطة): a target, not an agent. */
  private boolean isTarget(int h) {
    for (int k = h - 1; k >= 0 && k >= h - 2 && seg.clauseOf(k) == seg.clauseOf(h); k--) {
      if (lex.isVerbOf(tokens.get(k), lex.targets, lex.targetPrefixes)) return true;
    }
    return false;
  }

  /**
   * The claim's trigger is a verb glued to و after token h: it opens a coordinated clause (قتل فلان المسئول الأمني
   * لمليشيا الحوثي ... وجرح كلاً من), whose subject is the first verb's, never a complement inside its object.
   */
  private boolean coordinatedVerbAfter(Candidate c, int h) {
    int v = c.trigger;
    if (v <= h || v >= tokens.size() || !tokens.get(v).norm().startsWith("و")) return false;
    for (ClaimLexicon.Trigger t : lex.triggers(tokens, v)) {
      if (t.metric().equals(c.metric) && t.verb()) return true;
    }
    return false;
  }

  /**
   * The organization is a prepositional complement of the noun before it, not a subject: its word is glued to لـ or بـ
   * outside the mention (بـداعش), or the word right before it is (المسئول الأمني لمليشيا الحوثي; بتنظيم داعش). Before a
   * coordinated verb it is not that verb's agent; a subject shared by coordinated verbs stands bare (يستقبل المغرب
   * ويدرب العشرات), and the owner of an effort before a masdar is (الجهود الأمنية لوزارة الداخلية ... بعد ضبط خلية).
   */
  private boolean isComplement(Mention m, int h) {
    Token t = tokens.get(h);
    if (m.start() > t.start() && hasPreposition(body(t.start(), m.start()))) return true;
    if (h == 0 || seg.clauseOf(h - 1) != seg.clauseOf(h) || m.start() > t.start()) return false;
    if (attribution.mentionIn("ORGANIZATION", h - 1, h) != null) return false;
    return gluedPreposition(h - 1);
  }

  /** The word at i carries the preposition لـ or بـ (لمليشيا, بتنظيم, للقوات); a source preposition is no such word. */
  private boolean gluedPreposition(int i) {
    Token p = tokens.get(i);
    if (!p.isWord() || lex.inSet(p, lex.sourcePreps)) return false; // بحسب وزارة الداخلية: read by the source rules
    for (Reading r : p.readings(CliticSet.LEXICON)) {
      if (r.letters() > 0 && r.form().length() >= 3 && hasPreposition(prefixOf(p, r))) return true;
    }
    return false;
  }

  /** The proclitic letters a reading strips, without the article (والقوات: و, للقوات: ل, بالضفة: ب, السلطات: none). */
  private static String prefixOf(Token t, Reading r) {
    String key = io.rasd.core.arabic.Folding.MATCH.apply(t.norm());
    String p = key.substring(0, Math.min(r.letters(), key.length()));
    if (r.definite() && p.endsWith("ال")) return p.substring(0, p.length() - 2);
    if (r.definite() && p.endsWith("لل")) return p.substring(0, p.length() - 1); // ل + ال written لل
    return p;
  }

  /** Whether a proclitic prefix holds the preposition ل or ب (ل, ول, بـ, لل). */
  private static boolean hasPreposition(String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      if (prefix.charAt(i) == 'ل' || prefix.charAt(i) == 'ب') return true;
    }
    return false;
  }

  /** The phrase at h is the subject of a source verb (وأضافت شينخوا): it says, it does not act. */
  private boolean isSourceSubject(int h) {
    return h > 0 && seg.clauseOf(h - 1) == seg.clauseOf(h) && lex.isSourceVerb(tokens.get(h - 1));
  }

  /** One of the span's words is a security word (شرطة, أمن, قوات, محكمة ...). */
  private boolean isSecurity(Span s) {
    for (int i = tokenAt(s.start()); i >= 0 && i < tokens.size() && tokens.get(i).start() < s.end(); i++) {
      Token t = tokens.get(i);
      if (lex.inSet(t, lex.securityWords)) return true;
      if (t.isWord() && lex.securityWords.contains(ArabicWord.withoutArticle(io.rasd.core.arabic.Folding.MATCH.apply(t.norm())))) {
        return true;
      }
    }
    return false;
  }

  private int tokenAt(int offset) {
    return attribution.tokenAt(offset);
  }
}
