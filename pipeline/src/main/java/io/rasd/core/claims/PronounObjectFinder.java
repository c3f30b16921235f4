package io.rasd.core.claims;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.Phrase;
import io.rasd.core.arabic.Token;
import io.rasd.core.claims.ClaimLexicon.NounHit;
import io.rasd.core.claims.ClaimLexicon.PronounObject;
import io.rasd.core.claims.ClaimLexicon.Trigger;
import io.rasd.core.model.ClaimMetrics;
import io.rasd.core.model.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * A singular or dual pronoun object of a trigger counts its antecedent: طاردت الشرطة مطلوبا خطيرا واعتقلته = arrests 1,
 * هاجم مسلح امرأة وأصابها = wounded 1, القبض عليه, توقيفها, أرداه, اعتقلتهما (a dual, or two people joined by و) = 2.
 * The antecedent is the nearest person before the trigger, in its sentence or the one before, that agrees with the
 * pronoun: a singular (or dual) counted PERSON noun of the same gender by form, or a named person (a PERSON mention,
 * either gender). A counted noun of another class nearer (ضبط سيارة وفتشها, عثر على مسدس وضبطه) or a plural person
 * set ends the search with nothing. No claim when the antecedent, or a claim of the metric between it and the trigger,
 * is already counted for the metric (القبض على المتهم واحتجازه = 1), when the trigger is another claim's, for a
 * trigger whose subject is the counted person (أصيب به) or that counts only a phrase after it (فقد), nor when negated.
 * Only a reported event: never an imperfect (يحتجزونه, أن يقتلوه), a masdar with a glued pronoun only after a FRAME of
 * pronoun_object_words.tsv (تمكنت من توقيفه, أدى إلى إصابته; not نتيجة إصابته بالاكتئاب, لمعاقبته, أعرب عن إدانته),
 * and never a SENSE pair (أوقفها عن الحركة).
 * Plural pronouns are read by {@link CandidateFinder} (the count before its verb: والقبض عليهم).
 */
final class PronounObjectFinder {
  /** Words back from the trigger an antecedent may stand (its sentence and the one before). */
  private static final int WINDOW = 30;
  /** Words before the second of two coordinated people (رجلا وامرأة: 0; رجلا من الحي وامرأة: 3). */
  private static final int PAIR_GAP = 3;
  /** Words of a subject between a frame's verb and its preposition (أسفر الاعتداء عن, أدى انفجار اللغم إلى). */
  private static final int FRAME_SUBJECT = 2;
  /** Words between a trigger and the word of a SENSE pair (أوقفه الطبيب عن). */
  private static final int SENSE_GAP = 2;

  private final ClaimLexicon lex;
  private final List<Token> tokens;
  private final AnalyzedText seg;
  private final String body;
  private final List<Mention> people;
  private final Attribution at;

  PronounObjectFinder(ClauseContext ctx) {
    this.lex = ctx.lex();
    this.tokens = ctx.tokens();
    this.seg = ctx.seg();
    this.body = ctx.seg().body();
    List<Mention> p = new ArrayList<>();
    for (Mention m : ctx.mentions()) if ("PERSON".equals(m.type())) p.add(m);
    this.people = p;
    this.at = ctx.attribution();
  }

  List<Candidate> find(List<Candidate> found) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      PronounObject po = lex.pronounObject(tokens, i);
      if (po == null || po.pronoun().people() > 2 || po.imperfect() || otherSense(po, i)) continue;
      if (po.glued() && po.masdar() && !afterFrame(i)) continue; // نتيجة إصابته, رفضت تسليمه, لمعاقبته
      String metric = personMetric(po.readings(), po.glued());
      if (metric == null || used(found, i) || negated(i)) continue;
      Candidate c = antecedent(i, po, metric, found);
      if (c != null) out.add(c);
    }
    return out;
  }

  /**
   * The metric of a reading that records people and has an object (not a subject verb, not فقد), else null. A
   * {@code sentence} trigger counts only with its pronoun on على (حكم عليه): glued, حكمه is "his rule".
   */
  private static String personMetric(List<Trigger> readings, boolean glued) {
    for (Trigger t : readings) {
      if (t.records() && !t.subject() && !t.next() && !(glued && t.sentence()) && t.classes().contains("PERSON")
          && ClaimMetrics.countsPeople(t.metric())) {
        return t.metric();
      }
    }
    return null;
  }

  private Candidate antecedent(int trig, PronounObject po, String metric, List<Candidate> found) {
    int people = po.pronoun().people();
    boolean feminine = po.pronoun().feminine();
    int sent = seg.sentenceOf(trig);
    int words = 0;
    for (int k = trig - 1; k >= 0 && seg.sentenceOf(k) >= sent - 1; k--) {
      Token t = tokens.get(k);
      if (!t.isWord()) continue;
      if (++words > WINDOW) return null;
      Mention named = personAt(k);
      if (named != null) {
        int first = at.tokenAt(named.start());
        if (people == 1) return claim(metric, 1, first, named.end(), trig, po, found);
        int other = pairedBefore(first);
        if (other >= 0) return claim(metric, 2, other, named.end(), trig, po, found);
        return null;
      }
      NounHit n = lex.noun(tokens, k);
      if (n == null) continue;
      if (!n.noun().nounClass().equals("PERSON")) {
        // an event is no referent of a person's pronoun (تعرض الشاب لاعتداء أسفر عن إصابته): the search goes on; a
        // thing that can be seized stops it, and so does a place (التأشيرات من السفارة والتي تم تسليمها: the visas)
        String cls = n.noun().nounClass();
        if (cls.equals("GENERIC") || cls.equals("PLOT")) continue;
        return null; // a thing nearer: ضبط سيارة وفتشها
      }
      int end = tokens.get(n.lastToken()).end();
      switch (n.noun().number()) {
        case PLURAL -> {
          // a sound plural form right after a dual is its adjective (شخصين مطلوبين); else a set nearer (هم)
          NounHit before = lex.noun(tokens, k - 1);
          if (before == null || before.noun().number() != CountedNoun.Number.DUAL) return null;
        }
        case DUAL -> {
          if (people == 2) return claim(metric, 2, k, end, trig, po, found);
        }
        case SINGULAR -> {
          if (people == 2) {
            int other = pairedBefore(k);
            if (other >= 0) return claim(metric, 2, other, end, trig, po, found);
          } else if (feminine == ArabicWord.feminineByForm(n.noun().lemma())) {
            return claim(metric, 1, k, end, trig, po, found);
          }
        }
      }
    }
    return null;
  }

  /**
   * رجلا وامرأة, فلان وفلان: the first of two singular people joined by و, the second starting at token k; -1 when the
   * word at k has no و or no singular person stands within {@link #PAIR_GAP} words before it.
   */
  private int pairedBefore(int k) {
    if (!tokens.get(k).norm().startsWith("و")) return -1;
    int words = 0;
    for (int j = k - 1; j >= 0 && seg.sentenceOf(j) == seg.sentenceOf(k) && words <= PAIR_GAP; j--) {
      if (!tokens.get(j).isWord()) return -1;
      words++;
      Mention named = personAt(j);
      if (named != null) return at.tokenAt(named.start());
      NounHit n = lex.noun(tokens, j);
      if (n != null && n.firstToken() == j && n.noun().nounClass().equals("PERSON")
          && n.noun().number() == CountedNoun.Number.SINGULAR) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The claim, unless the antecedent (tokens from {@code first}) is already counted for the metric or a claim of the
   * metric stands between it and the trigger. Its evidence runs from the antecedent to the pronoun when both are in
   * one sentence (as a relative victim's: الجندي الذي استشهد), else from the trigger.
   */
  private Candidate claim(String metric, int value, int first, int antecedentEnd, int trig, PronounObject po,
      List<Candidate> found) {
    int from = tokens.get(first).start();
    for (Candidate o : found) {
      if (!o.metric.equals(metric)) continue;
      if (o.start < antecedentEnd && from < o.end) return null; // القبض على المتهم واحتجازه
      if (o.start >= from && o.start < tokens.get(trig).start()) return null;
    }
    int start = seg.sentenceOf(first) == seg.sentenceOf(trig) ? from : tokens.get(trig).start();
    Candidate c = Candidate.count(metric, value, trig, trig, po.lastToken(), start, tokens.get(po.lastToken()).end());
    c.counted = body.substring(from, antecedentEnd);
    c.nounClass = "PERSON";
    return c;
  }

  /**
   * A frame of pronoun_object_words.tsv ends right before token i (تمكنت من توقيفه, ما أدى إلى إصابته); a frame of a
   * verb and its preposition may hold the verb's subject between them, up to {@link #FRAME_SUBJECT} words in its
   * clause (أسفر الاعتداء عن إصابته, أدى انفجار اللغم إلى مقتله).
   */
  private boolean afterFrame(int i) {
    for (Phrase p : lex.masdarFrames) {
      if (p.matchAt(tokens, i - p.length()) > 0) return true;
      if (p.length() != 2 || i < 1 || !tokens.get(i - 1).norm().equals(p.words()[1])) continue;
      for (int v = i - 3; v >= 0 && v >= i - 2 - FRAME_SUBJECT; v--) {
        if (!tokens.get(v + 1).isWord() || seg.clauseOf(v) != seg.clauseOf(i)) break;
        if (Phrase.firstWordMatches(tokens.get(v), p.words()[0])) return true;
      }
    }
    return false;
  }

  /**
   * The trigger and a word after it give another sense (أوقفه عن العمل, أوقفه الطبيب عن العمل: suspended): the word
   * within {@link #SENSE_GAP} words after the phrase, in its clause (its agent may stand between).
   */
  private boolean otherSense(PronounObject po, int i) {
    if (lex.pronounSense(po.form())) return true; // whatever follows: أطاحه is "toppled him"
    for (String[] w : lex.otherSenses) {
      if (w.length == 1 || !po.form().startsWith(w[0])) continue;
      for (int k = po.lastToken() + 1; k < tokens.size() && k <= po.lastToken() + SENSE_GAP + 1
          && seg.clauseOf(k) == seg.clauseOf(i); k++) {
        if (tokens.get(k).norm().equals(w[1])) return true;
      }
    }
    return false;
  }

  private boolean negated(int trig) {
    return lex.negated(tokens, seg, trig, trig);
  }

  private Mention personAt(int k) {
    Token t = tokens.get(k);
    for (Mention m : people) if (m.start() < t.end() && t.start() < m.end()) return m;
    return null;
  }

  /** Whether a claim already has token i as its trigger or holds it in its evidence (لقي شاب مصرعه). */
  private boolean used(List<Candidate> cands, int i) {
    int at = tokens.get(i).start();
    for (Candidate c : cands) if (c.trigger == i || c.start <= at && at < c.end) return true;
    return false;
  }
}
