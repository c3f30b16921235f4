package io.rasd.core.claims;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.CliticSet;
import io.rasd.core.arabic.Folding;
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
    // تقدمت المقاومة على جبهات جنوب مديرية كريتر وألقت القبض على 72: a phrase before the و-verb that opens the claim's
    // clause is inside the clause before it (an object, a place); that verb shares the subject of the verb before
    if (s != null) {
      int v = coordinatedVerb(c);
      if (v >= 0 && s.end() <= tokens.get(v).start()) {
        Span shared = coordinatedVerbSubject(c);
        if (shared != null) s = shared;
      }
    }
    if (s == null) s = effortOwner(c);
    if (s == null) s = afterMarker(c);
    if (s == null) s = verbSubject(c);
    if (s == null) s = relativeSubject(c);
    if (s == null) s = opponent(c);
    if (s == null) s = victimsOf(c);
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

  /**
   * Whose victims the claim's dead are: ... جنازات رسمية لـ"الشهداء" ضحايا هجمات حزب العمال الكردستاني, قتل 5 مدنيين
   * ضحايا قصف قوات النظام. A VICTIM_OF word after the claim in its sentence, an EVENT_NOUN right after it, and the
   * agent right after that (its genitive). Not for an authority's act: victims of an attack are killed or wounded.
   */
  private Span victimsOf(Candidate c) {
    if (lex.authorityMetrics.contains(c.metric)) return null;
    int sent = seg.sentenceOf(c.anchor);
    int last = Math.max(c.lastToken, c.nounLast);
    // a full verb window: the phrase often closes a clause about the funerals or the toll (25 tokens)
    for (int i = last + 1; i + 2 < tokens.size() && i <= last + VERB_WINDOW && seg.sentenceOf(i + 2) == sent; i++) {
      if (!lex.inSet(tokens.get(i), lex.victimWords) || !lex.inSet(tokens.get(i + 1), lex.eventNouns)) continue;
      return agentAt(i + 2);
    }
    return null;
  }

  /** How many sentences before the claim's, and after it, the launcher of its raids may be named. */
  private static final int RAID_BEFORE = 2;
  private static final int RAID_AFTER = 1;

  /**
   * The launcher of the air raids a claim with no agent names (13 مسلحا قتلوا جراء غارات, غارتين استهدفت إحداها
   * تجمعا وقتلت ستة): the paragraph's own statement of who launches them, in the claim's sentence first, then one
   * sentence back, one on, two back: شن X غارات (X the subject of an agent verb with a RAID noun up to six words
   * after it), غارات جوية شنها X (a relative verb with a pronoun object), or غارات X (the raids' genitive). Not for
   * an authority's act, not across another paragraph or a TOPIC_SHIFT; none when two launchers stand equally near.
   */
  Span raidLauncher(Candidate c) {
    if (lex.authorityMetrics.contains(c.metric)) return null;
    int sent = seg.sentenceOf(c.anchor);
    boolean raid = false;
    for (int i = sentStart(sent); i >= 0 && i < tokens.size() && seg.sentenceOf(i) == sent; i++) {
      if (lex.inSet(tokens.get(i), lex.raidNouns)) raid = true;
    }
    if (!raid) return null;
    int[] order = {0, -1, 1, -2};
    for (int d : order) {
      if (d < -RAID_BEFORE || d > RAID_AFTER) continue;
      int s = sent + d;
      int from = sentStart(s);
      if (from < 0 || !sameParagraph(Math.min(from, c.anchor), Math.max(from, c.anchor))) continue;
      if (d != 0 && attribution.shiftBetween(Math.min(from, c.anchor), Math.max(from, c.anchor))) continue;
      Span found = null;
      for (int i = from; i < tokens.size() && seg.sentenceOf(i) == s; i++) {
        Span l = launcherAt(i, s);
        if (l == null) continue;
        if (found != null && !attribution.text(found).equals(attribution.text(l))) return null; // two launchers
        found = l;
      }
      if (found != null) return found;
    }
    return null;
  }

  /** A statement of who launches raids starting at token i of sentence s (see {@link #raidLauncher}). */
  private Span launcherAt(int i, int s) {
    Token t = tokens.get(i);
    if (isAgentVerb(i)) {
      for (int k = i + 1; k <= i + 6 && k < tokens.size() && seg.sentenceOf(k) == s; k++) {
        if (lex.inSet(tokens.get(k), lex.raidNouns)) return subjectAfter(i);
      }
      return null;
    }
    if (!lex.inSet(t, lex.raidNouns)) return null;
    for (int v = i + 1; v <= i + 2 && v < tokens.size() && seg.sentenceOf(v) == s; v++) { // غارات جوية شنها
      if (isAgentVerb(v) && tokens.get(v).word().attachedPronoun() != null) return subjectAfter(v);
    }
    return i + 1 < tokens.size() && seg.sentenceOf(i + 1) == s ? agentAt(i + 1) : null; // غارات التحالف
  }

  /** The first token of sentence s, or -1 (sentence numbers never fall along the tokens: a binary search). */
  private int sentStart(int s) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (seg.sentenceOf(mid) < s) lo = mid + 1;
      else hi = mid;
    }
    return s >= 0 && lo < tokens.size() && seg.sentenceOf(lo) == s ? lo : -1;
  }

  /** No line break between the tokens from and to: one paragraph. */
  private boolean sameParagraph(int from, int to) {
    String between = attribution.text(new Span(tokens.get(from).start(), tokens.get(to).end()));
    return between.indexOf('\n') < 0;
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
    int v = coordinatedVerb(c);
    if (v < 0) return null;
    boolean feminine = tokens.get(v).norm().endsWith("ت");
    int sent = seg.sentenceOf(v);
    for (int r = v - 1; r > 0 && r >= v - COORDINATED_VERB_WINDOW && seg.sentenceOf(r) == sent; r--) {
      if (!lex.triggers(tokens, r).isEmpty()) return null;
      Token verb = tokens.get(r - 1);
      if (!verb.isWord() || seg.sentenceOf(r - 1) != sent || verb.norm().length() <= 2
          || io.rasd.core.arabic.DefiniteArticle.starts(verb.norm()) || lex.noun(tokens, r - 1) != null
          || verb.norm().endsWith("ه") || verb.norm().startsWith("ل") || verb.norm().startsWith("ب")
          || lex.inSet(verb, lex.actorHeads) // قوات الأمن: a plural in ات, no verb
          || verb.norm().endsWith("ت") != feminine) continue;
      String a = tokens.get(r).norm();
      if (a.startsWith("ل") || a.startsWith("ب")) continue; // لـ/بـ: a complement
      Span s = agentAt(r);
      if (s != null && !isTarget(r)) return s;
    }
    return null;
  }

  /**
   * The verb glued to و that opens the claim's clause with no subject of its own, or -1: a transitive trigger verb
   * with its count right after it (وأوقعت 25 قتيلا: for a self noun with no trigger, the word before it), or a
   * LIGHT_VERB carrying the trigger masdar with only an object preposition before the count (وألقت القبض على 72,
   * وقامت بتفكيك 3 خلايا, وتمكنت من توقيف 5).
   */
  private int coordinatedVerb(Candidate c) {
    // a count whose self noun names the metric (وأوقعت 25 قتيلا) has no trigger: the word glued to و before it
    int v = c.trigger >= 0 ? c.trigger : c.anchor - 1;
    if (v < 1 || v + 1 >= tokens.size()) return -1;
    if (tokens.get(v).norm().startsWith("و") && c.anchor == v + 1) {
      if (c.trigger < 0) {
        boolean verb = tokens.get(v).isWord() && lex.triggers(tokens, v).isEmpty() && lex.noun(tokens, v) == null
            && !tokens.get(v).norm().startsWith("وال");
        return verb ? v : -1;
      }
      for (ClaimLexicon.Trigger t : lex.verbTriggers(tokens, v)) {
        if (t.metric().equals(c.metric) && t.verb() && !t.subject()) return v;
      }
      return -1;
    }
    if (c.trigger < 0 || c.trigger > c.anchor) return -1;
    for (int k = c.trigger + 1; k < c.anchor; k++) {
      if (!lex.isObjectPreposition(tokens.get(k))) return -1; // القبض على 72; anything else may be a subject
    }
    // the light verb right before the masdar, or one short particle before it (تمكنت من توقيف, نجحت في ضبط)
    for (int l = c.trigger - 1; l >= 1 && l >= c.trigger - 2; l--) {
      Token t = tokens.get(l);
      if (!t.isWord() || seg.sentenceOf(l) != seg.sentenceOf(c.trigger)) return -1;
      if (t.norm().startsWith("و") && lex.isVerbReadingOf(t, lex.lightVerbs, lex.lightVerbPrefixes)) return l;
      if (!isParticle(l) && !t.norm().equals("في")) return -1;
    }
    return -1;
  }

  /**
   * The body whose effort the claim's act is: شكر لوزارة الداخلية على جهودها في الكشف المبكر وإحباط عدد من المخططات.
   * An EFFORT stem written with a pronoun (جهودها, نجاحه) stands up to six words before the trigger in the sentence;
   * the pronoun points back to the organization or actor head ending right before it (behind على / في / لـ).
   */
  private Span effortOwner(Candidate c) {
    int first = Attribution.firstTok(c);
    int sent = seg.sentenceOf(first);
    for (int i = first - 1; i > 0 && i >= first - LOCAL_WINDOW && seg.sentenceOf(i) == sent; i--) {
      Token t = tokens.get(i);
      if (!t.isWord()) return null;
      ArabicWord.AttachedPronoun p = t.word().attachedPronoun();
      if (p == null || p.people() == 2) continue; // جهودها, جهودهم: the body's own
      boolean effort = false;
      for (Reading r : t.readings(CliticSet.LEXICON)) {
        for (String stem : p.stems(r.form())) if (lex.effortWords.contains(stem)) effort = true;
      }
      if (!effort) continue;
      int k = i - 1;
      if (k > 0 && tokens.get(k).isWord() && tokens.get(k).norm().length() <= 3 && lex.triggers(tokens, k).isEmpty()
          && agentAt(k) == null) k--; // على جهودها, في نجاحه
      // the phrase that ends at k: its head up to three words back (لوزارة الداخلية على جهودها)
      for (int h = k; h >= 0 && h >= k - 3 && seg.sentenceOf(h) == sent; h--) {
        Span s = agentAt(h);
        if (s != null && s.end() >= tokens.get(k).end() && !isTarget(h)) return s;
      }
      return null;
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
    // الجندي من القوة المشاركة في عمليات التحالف، الذي استشهد: the phrase before a relative victim describes the victim
    if (c.trigger > c.anchor && lex.relativeCount(tokens.get(c.anchor)) != null) return null;
    int from = Math.max(0, Attribution.firstTok(c) - LOCAL_WINDOW);
    int to = c.anchor;
    // in the claim's sentence only: a headline without a full stop ends right before the body's first sentence
    int sent = seg.sentenceOf(c.anchor);
    while (from < to && seg.sentenceOf(from) != sent) from++;
    Mention m = attribution.mentionIn("ORGANIZATION", from, to);
    if (m != null) {
      int h = tokenAt(m.start());
      Span s = new Span(m.start(), m.end());
      if (h >= 0 && !isTarget(h) && !isAddressee(h) && !(isSourceSubject(h) && (!isSecurity(s) || ownForcesVictims(c)))
          && !(isComplement(m, h) && coordinatedVerbAfter(c, h))) return s;
    }
    for (int i = to - 1; i >= from; i--) {
      if (seg.clauseOf(i) != seg.clauseOf(c.anchor)) break;
      if (lex.inSet(tokens.get(i), lex.actorHeads)) {
        int h = i;
        while (h > from && seg.clauseOf(h - 1) == seg.clauseOf(h) && lex.inSet(tokens.get(h - 1), lex.actorHeads)) h--;
        if (isTarget(h) || (gluedPreposition(h) && coordinatedVerbAfter(c, h))) return null;
        Span s = attribution.nounPhrase(h);
        if (isSourceSubject(h) && (!isSecurity(s) || ownForcesVictims(c))) return null;
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
      Span rel = eventRelativeSubject(i, sent);
      if (rel != null) return rel;
      if (!lex.inSet(tokens.get(i), lex.subordinators)) continue;
      for (int v = i + 1; v <= i + 2 && v < tokens.size() && seg.sentenceOf(v) == sent; v++) { // بعد أن قام
        if (isAgentVerb(v)) return subjectOf(v);
        // حين فتح عناصر من حزب X النار: a verb that names the agent only in such a clause
        if (lex.isVerbReadingOf(tokens.get(v), lex.subordinateVerbs, lex.subordinateVerbPrefixes)) {
          Span s = subjectAfter(v);
          if (s != null) return s;
        }
      }
    }
    return null;
  }

  /**
   * An attack named after the claim by a relative clause: بكمين نصبته المقاومة, نتيجة هجوم نفذته المنظمة, في الهجوم
   * الذي شنه مسلحون. The EVENT_NOUN at i, then (behind الذي/التي) an agent verb with an attached pronoun, the object
   * that points back to the noun: the verb's subject after it is the agent (VSO; a phrase before the verb is the
   * victims' or the event's, not its subject).
   */
  private Span eventRelativeSubject(int i, int sent) {
    if (!lex.inSet(tokens.get(i), lex.eventNouns)) return null;
    int v = i + 1;
    if (v < tokens.size() && lex.relativeCount(tokens.get(v)) != null) v++;
    if (v >= tokens.size() || seg.sentenceOf(v) != sent || !isAgentVerb(v)) return null;
    if (tokens.get(v).word().attachedPronoun() == null) return null;
    return subjectAfter(v);
  }

  /** The agent right after a verb (VSO), short particles and quotes skipped. */
  private Span subjectAfter(int verb) {
    for (int j = verb + 1; j <= verb + 2 && j < tokens.size() && seg.clauseOf(j) == seg.clauseOf(verb); j++) {
      if (isQuote(j)) continue;
      Span s = agentAt(j);
      if (s != null) return s;
      if (!isParticle(j)) break;
    }
    return null;
  }

  /** A security body announcing the claim (أعلنت الشرطة عن ضبط ...): the subject of the nearest source verb. */
  private Span announcer(Candidate c) {
    int sent = seg.sentenceOf(c.anchor);
    int first = Attribution.firstTok(c);
    // من بين 1300 شخص أعلنت السلطات عن توقيفهم: a source verb between the count and its trigger after it announces
    // the act; for an authority's act its security subject is the agent
    if (c.trigger > c.anchor && lex.authorityMetrics.contains(c.metric)) {
      for (int i = Math.max(c.anchor, c.nounLast) + 1; i < c.trigger; i++) { // the phrase may end at the trigger
        if (!lex.isSourceVerb(tokens.get(i))) continue;
        Span s = subjectAfter(i);
        if (s != null) return isSecurity(s) ? s : null;
      }
    }
    // an arrest, a seizure, a sentence is the act of the authority announcing it, even after a long list of acts
    // (أعلنت مديرية أمن شمال سيناء توجيه حملات ...، مضيفة أنه تم حرق ...، إضافة إلى ضبط اثنين)
    int lo = first - (lex.authorityMetrics.contains(c.metric) ? AUTHORITY_WINDOW : VERB_WINDOW);
    for (int i = first - 1; i >= 0 && i >= lo && seg.sentenceOf(i) == sent; i--) {
      if (!lex.isSourceVerb(tokens.get(i))) continue;
      Span s = subjectOf(i);
      // a source word with no subject of its own (مضيفة أنه, إضافة إلى) continues the statement of the verb before it
      if (s == null) continue;
      // أعلنت الشرطة مقتل 4 شرطيين: its own losses, announced right before the count (as in the local rule)
      if (i >= first - LOCAL_WINDOW && ownForcesVictims(c)) return null;
      return isSecurity(s) ? s : null;
    }
    return null;
  }

  /** The verb's subject: an agent right after it (VSO), else one ending right before it (SVO: إن الجيش ألقى). */
  private Span subjectOf(int verb) {
    Span after = subjectAfter(verb);
    if (after != null) return after;
    // a verb glued to و (وقامت باعتقال) continues the clause before: the phrase ending before it is that clause's
    // object (مواقع تابعة لجماعة الحوثي), not its subject; the shared subject is read by coordinatedVerbSubject
    if (gluedWaw(verb)) return null;
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

  /** The agent verb at i is read through a glued و (وقامت, وشن), not a verb that starts with و (وقف). */
  private boolean gluedWaw(int i) {
    Token t = tokens.get(i);
    if (!t.norm().startsWith("و")) return false;
    for (Reading r : t.readings(CliticSet.LEXICON)) {
      // the whole word, no clitic read off, is itself an agent verb
      if (r.offset() == 0 && (lex.agentVerbs.contains(r.form())
          || lex.agentVerbPrefixes.startsAny(r.form()))) return false;
    }
    return true;
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
    // عناصر من حزب X, مسلحون من تنظيم X: a generic head names its members; the body after من says whose
    int e = tokenAt(end - 1);
    if (lex.inSet(t, lex.genericActorHeads) && e >= i && e + 2 < tokens.size() && seg.clauseOf(e + 2) == seg.clauseOf(i)
        && Folding.MATCH.apply(tokens.get(e + 1).norm()).equals("من")) {
      Span body = agentAt(e + 2);
      if (body != null) end = body.end();
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

  /** How many words the noun phrase of a partitive may hold (ثلاثة من أفراد قوات الأمن الخاصة). */
  private static final int PARTITIVE_WORDS = 5;

  /**
   * The end (a char offset) of the claim's counted phrase with its partitive: من and the noun phrase after the count
   * or its noun (استشهاد عشرة من منسوبي القوات, قتل خمسة من مسلحي داعش): a construct word, then the definite words and
   * names that continue it. Whoever it names are the counted people, never the agent of this claim or of another of
   * its sentence. من قبل, من طرف (agent markers) open an agent, not a partitive.
   */
  int victimsPhraseEnd(Candidate c) {
    int last = Math.max(c.anchor, c.nounLast); // the count and its noun (a pronoun claim's lastToken is its trigger)
    int end = tokens.get(last).end(); // not c.end: a claim's text may run on to its trigger and agent (… اعلنت السلطات عن توقيفهم)
    // the partitive's من after the counted phrase, or inside it before its noun (مقتل ثلاثة من أفراد | الأمن)
    int p = -1;
    for (int i = c.anchor + 1; i <= last && p < 0; i++) if (tokens.get(i).is("من") && markerEnd(i) < 0) p = i;
    int first = p >= 0 ? last + 1 : last + 2;
    if (p < 0) {
      if (last + 2 >= tokens.size() || !tokens.get(last + 1).is("من") || markerEnd(last + 1) >= 0) return end;
      p = last + 1;
    }
    int clause = seg.clauseOf(last);
    for (int i = first; i < tokens.size() && i <= p + PARTITIVE_WORDS && seg.clauseOf(i) == clause; i++) {
      Token t = tokens.get(i);
      if (!t.isWord() || !lex.triggers(tokens, i).isEmpty()) break;
      if (i > p + 1 && !io.rasd.core.arabic.DefiniteArticle.starts(t.norm()) && !attribution.inMention(i)) break;
      end = t.end();
    }
    return end;
  }

  private boolean isAgentVerb(int i) {
    // a verb never carries بـ/كـ (بقصف, بتنفيذ: a masdar complement)
    return lex.isVerbReadingOf(tokens.get(i), lex.agentVerbs, lex.agentVerbPrefixes);
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

  /**
   * The claim counts a security force's members as victims (مقتل ثلاثة جنود, إصابة شرطيين), not an authority's act:
   * the security body announcing it right before the count (its local subject: أعلن الجيش التركي مقتل ثلاثة جنود)
   * names its own losses, not who caused them. Read by the local rule only: an announcer further back may state its
   * own strike on another army's soldiers (أعلنت القوات الأمريكية أنها مسؤولة عن الهجوم ... مما أسفر عن مقتل سبعة
   * جنود), which the announcer rule keeps.
   */
  private boolean ownForcesVictims(Candidate c) {
    if (lex.authorityMetrics.contains(c.metric)) return false;
    int last = Math.max(c.lastToken, c.nounLast);
    for (int i = c.anchor; i <= last && i < tokens.size(); i++) {
      if (lex.inSet(tokens.get(i), lex.forceNouns)) return true;
    }
    return false;
  }

  /** How far before the addressee's لـ its saying verb may stand (وقالت مصادر محلية لـ: 3). */
  private static final int ADDRESSEE_GAP = 3;

  /**
   * The phrase at h is told the news: لـ (glued, or alone before a quotation mark) after a source verb a few words
   * before (قالت مصادر محلية ل"الرياض", صرح مصدر أمني لـ"سبق"): the outlet or the listener, never the agent.
   */
  private boolean isAddressee(int h) {
    int p = h;
    if (!gluedPreposition(h)) {
      p = h - 1;
      while (p >= 0 && isQuote(p)) p--;
      if (p < 0 || p == h - 1 || !(tokens.get(p).norm().equals("ل") || tokens.get(p).norm().equals("لـ"))) return false;
    }
    for (int k = p - 1; k >= 0 && k >= p - 1 - ADDRESSEE_GAP && seg.clauseOf(k) == seg.clauseOf(h); k--) {
      if (lex.isSourceVerb(tokens.get(k))) return true;
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
