package io.rasd.core.claims;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.Phrase;
import io.rasd.core.numbers.NumberMatch;
import io.rasd.core.arabic.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each candidate the year / since-year of the nearest period phrase in its clause (في عام 2021, منذ 2002),
 * resolves خلال نفس الفترة to the period of the previous claim that has one, and العام الماضي / العام الجاري
 * against the publication date when it is known.
 */
final class PeriodResolver {
  private record Period(int token, int clause, Integer year, Integer since, boolean anaphor) {}

  /** A period phrase further away than this (tokens) does not govern a claim even in the same clause. */
  private static final int MAX_DISTANCE = 25;

  private final List<Period> periods = new ArrayList<>();

  PeriodResolver(ClaimLexicon lex, List<Token> tokens, AnalyzedText seg, List<NumberMatch> numbers,
      java.time.LocalDate published) {
    for (NumberMatch m : numbers) {
      if (m.kind() != NumberMatch.Kind.NUMBER || m.form() != NumberMatch.Form.DIGITS) continue;
      double v = m.value();
      if (v != Math.rint(v) || v < 1900 || v > 2100) continue;
      int ti = indexOf(tokens, m.start());
      if (ti < 0) continue;
      if (ti + 1 < tokens.size() && lex.noun(tokens, ti + 1) != null) continue; // 2009 خلية is a count
      int p = ti - 1;
      if (p >= 0 && lex.hasRole(tokens.get(p), "MONTH")) {
        p--;
        if (p >= 0 && tokens.get(p).isDigits()) p--; // 11 سبتمبر 2001
      }
      boolean since = false;
      boolean cued = false;
      int cueStart = p + 1;
      for (Phrase ph : lex.periodPhrases) {
        String role = ph.value();
        if (role.equals("ANAPHOR") || role.equals("PUBLICATION")) continue;
        int s = p - ph.length() + 1;
        if (s >= 0 && ph.matchAt(tokens, s) > 0) {
          cued = true;
          since = role.equals("SINCE");
          cueStart = s;
          break;
        }
      }
      if (cueStart > 0 && isPublication(lex, tokens.get(cueStart - 1))) continue;
      if (!cued && p < ti - 1) cued = true; // a full date (14 ديسمبر 2021) dates the clause too
      if (!cued) continue;
      int year = (int) v;
      periods.add(new Period(ti, seg.clauseOf(ti), since ? null : year, since ? year : null, false));
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (!lex.mayStartPeriod(tokens.get(i))) continue;
      for (Phrase ph : lex.periodPhrases) {
        boolean relative = ph.value().startsWith("RELATIVE_YEAR:");
        if (!ph.value().equals("ANAPHOR") && !(relative && published != null)) continue;
        if (ph.matchAt(tokens, i) == 0) continue;
        if (relative) {
          int year = published.getYear() + Integer.parseInt(ph.value().substring("RELATIVE_YEAR:".length()));
          periods.add(new Period(i, seg.clauseOf(i), year, null, false));
        } else {
          periods.add(new Period(i, seg.clauseOf(i), null, null, true));
        }
        break;
      }
    }
  }

  private static boolean isPublication(ClaimLexicon lex, Token t) {
    for (Phrase ph : lex.periodPhrases) {
      if (ph.value().equals("PUBLICATION") && ph.length() == 1 && t.norm().equals(ph.words()[0])) return true;
    }
    return false;
  }

  /** The token starting at {@code start}, by binary search (tokens are in text order), or -1. */
  private static int indexOf(List<Token> tokens, int start) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int s = tokens.get(mid).start();
      if (s == start) return mid;
      if (s < start) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  }

  /**
   * Whether a period at {@code period} may govern the count at {@code anchor} before it: no comma between them, or
   * another claim's count between the last such comma and the period (a coordinated list the period closes).
   */
  private static boolean sharedAcrossComma(List<Token> tokens, List<Candidate> cands, int anchor, int period) {
    int comma = -1;
    for (int i = anchor + 1; i < period; i++) {
      String t = tokens.get(i).text();
      if (t.equals("،") || t.equals(",")) comma = i;
    }
    if (comma < 0) return true;
    for (Candidate d : cands) {
      if (d.anchor > comma && d.anchor < period) return true;
    }
    return false;
  }

  /** Candidates must be in text order. */
  void resolve(List<Candidate> cands, AnalyzedText seg) {
    Integer lastYear = null;
    Integer lastSince = null;
    for (Candidate c : cands) {
      Period best = null;
      int bestDist = Integer.MAX_VALUE;
      for (Period p : periods) {
        if (p.clause() != seg.clauseOf(c.anchor)) continue;
        // a period after the count and a comma belongs to what follows the comma (بمقتل 70 مقاتلا، وتحاصر القوات
        // المدينة منذ 2013: the siege's year) unless a coordinated claim stands there too (تفكيك 2000 خلية، والقبض
        // على 3000 منذ 2002); a fronted one before the count dates the clause (وفي عام 2014، اعتقلت)
        int d = Math.abs(p.token() - c.anchor);
        if (d < bestDist && d <= MAX_DISTANCE
            && (p.token() < c.anchor || sharedAcrossComma(seg.tokens(), cands, c.anchor, p.token()))) {
          bestDist = d;
          best = p;
        }
      }
      if (best == null) continue;
      if (best.anaphor()) {
        c.year = lastYear;
        c.sinceYear = lastSince;
      } else {
        c.year = best.year();
        c.sinceYear = best.since();
      }
      if (c.year != null || c.sinceYear != null) {
        lastYear = c.year;
        lastSince = c.sinceYear;
      }
    }
  }
}
