package io.rasd.core.claims;

import io.rasd.core.model.Claim;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One fact stated twice in an article (headline and body, digits and words) becomes one claim: same metric,
 * value, upper bound and unit, and no contradicting year, since-year or location. The first statement keeps its
 * evidence span; empty fields are filled from the later ones. Vague claims merge only when their words repeat.
 * Two claims found apart in one sentence are two facts (شرطيا قد قتل ... فيما قتل مدني: killed 1 twice): a
 * writer restates a fact in another sentence or the headline, not beside it.
 */
final class ClaimDeduper {
  private ClaimDeduper() {}

  static List<Claim> dedup(List<Claim> claims) {
    return dedup(claims, 0);
  }

  static List<Claim> dedup(List<Claim> claims, int headlineEnd) {
    return dedup(claims, headlineEnd, offset -> -1);
  }

  /**
   * @param headlineEnd where the article's first line (its headline) ends, 0 when there is none: a headline's place
   *     is often the newsmaker's (واشنطن تصف مقتل طفل), so a headline claim and a body claim of the same fact merge
   *     whatever their places, and the body's place is kept
   * @param sentenceAt the sentence of a character offset of the body, -1 when unknown
   */
  static List<Claim> dedup(List<Claim> claims, int headlineEnd, java.util.function.IntUnaryOperator sentenceAt) {
    List<Claim> out = new ArrayList<>();
    outer:
    for (Claim c : claims) {
      for (int i = 0; i < out.size(); i++) {
        Claim o = out.get(i);
        boolean headline = (o.start() < headlineEnd) != (c.start() < headlineEnd);
        if (sameFact(o, c, headline) && !apartInOneSentence(o, c, sentenceAt)) {
          Claim m = merge(o, c);
          if (headline && o.location() != null && c.location() != null && !o.location().equals(c.location())) {
            Claim body = o.start() < headlineEnd ? c : o;
            m = new Claim(m.metric(), m.value(), m.valueMax(), m.qualifier(), m.counted(), m.unit(), m.year(),
                m.sinceYear(), m.actor(), m.source(), body.location(), m.text(), m.start(), m.end(), m.context(),
                m.actorRef(), m.sourceRef(), body.locationRef());
          }
          out.set(i, m);
          continue outer;
        }
      }
      out.add(c);
    }
    return out;
  }

  private static boolean apartInOneSentence(Claim a, Claim b, java.util.function.IntUnaryOperator sentenceAt) {
    if (a.start() < b.end() && b.start() < a.end()) return false; // one phrase read twice
    int s = sentenceAt.applyAsInt(a.start());
    return s >= 0 && s == sentenceAt.applyAsInt(b.start());
  }

  static boolean sameFact(Claim a, Claim b) {
    return sameFact(a, b, false);
  }

  private static boolean sameFact(Claim a, Claim b, boolean anyPlace) {
    if (!a.metric().equals(b.metric()) || !Objects.equals(a.value(), b.value())
        || !Objects.equals(a.valueMax(), b.valueMax()) || !Objects.equals(a.unit(), b.unit())) return false;
    // vague claims merge only when the same words repeat (عشرات القتلى vs آلاف القتلى are different facts)
    if (a.value() == null && !Objects.equals(stem(a.text()), stem(b.text()))) return false;
    if (a.metric().equals("other") && !Objects.equals(stem(a.counted()), stem(b.counted()))) return false;
    return compatible(a.year(), b.year()) && compatible(a.sinceYear(), b.sinceYear())
        && (anyPlace || compatible(a.location(), b.location()));
  }

  private static String stem(String counted) {
    return counted == null ? null : io.rasd.core.arabic.Folding.MATCH.apply(counted);
  }

  private static <T> boolean compatible(T x, T y) {
    return x == null || y == null || x.equals(y);
  }

  private static Claim merge(Claim a, Claim b) {
    String qualifier = a.qualifier().equals("exact") && !b.qualifier().equals("exact") ? b.qualifier() : a.qualifier();
    // a text and its mention go together: the later claim's actor comes with its mention
    Claim actor = a.actor() != null ? a : b;
    Claim source = a.source() != null ? a : b;
    Claim location = a.location() != null ? a : b;
    return new Claim(a.metric(), a.value(), a.valueMax(), qualifier, a.counted() != null ? a.counted() : b.counted(),
        a.unit(), or(a.year(), b.year()), or(a.sinceYear(), b.sinceYear()), actor.actor(), source.source(),
        location.location(), a.text(), a.start(), a.end(), or(a.context(), b.context()), actor.actorRef(),
        source.sourceRef(), location.locationRef());
  }

  private static <T> T or(T x, T y) {
    return x != null ? x : y;
  }
}
