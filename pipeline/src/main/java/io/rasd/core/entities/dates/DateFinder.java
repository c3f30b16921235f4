package io.rasd.core.entities.dates;

import io.rasd.core.arabic.CliticSet;
import io.rasd.core.arabic.Phrase;
import io.rasd.core.arabic.Reading;
import io.rasd.core.arabic.Token;
import io.rasd.core.model.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * DATE mentions with an ISO value: "21 فبراير 2023" → 2023-02-21, "11 سبتمبر/أيلول 2001" → 2001-09-11,
 * "يونيو 2022" → 2022-06, and a bare year after a cue word ("عام 2014", "منذ 2002") → 2014. A day and month without a
 * year is not a mention: it has no ISO value.
 */
public final class DateFinder {
  private final DateVocabulary vocabulary;

  public DateFinder(DateVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  public static DateFinder fromResources() {
    return new DateFinder(DateVocabulary.fromResources());
  }

  public List<Mention> find(String body, List<Token> tokens) {
    List<Mention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int next = tryDate(body, tokens, i, out);
      i = next > i ? next : i + 1;
    }
    out.addAll(findYears(body, tokens, out));
    out.sort(java.util.Comparator.comparingInt(Mention::start));
    return out;
  }

  /** Tries a date starting at token i; returns the index after it, or i. */
  private int tryDate(String body, List<Token> tokens, int i, List<Mention> out) {
    Token first = tokens.get(i);
    Integer day = number(first.text(), 1, 31);
    int clitic = 0;
    if (day == null && startsWithConjunction(first.text())) {
      day = number(first.text().substring(1), 1, 31);
      clitic = 1;
    }
    int j = day != null ? i + 1 : i;
    int[] month = month(tokens, j); // {month, index after}
    if (month == null) return i;
    int k = month[1];
    // an alternative month name after a slash: "سبتمبر/أيلول"
    if (k < tokens.size() && tokens.get(k).text().equals("/")) {
      int[] alt = month(tokens, k + 1);
      if (alt != null) k = alt[1];
    }
    if (k < tokens.size() && isComma(tokens.get(k).text()) && k + 1 < tokens.size()) k++;
    Integer year = k < tokens.size() ? number(tokens.get(k).text(), 1900, 2100) : null;
    if (year == null) return day != null ? i : k;
    Token last = tokens.get(k);
    int start = (day != null ? first.start() + clitic : tokens.get(j).start() + monthClitic(tokens.get(j)));
    String value = day != null ? String.format("%04d-%02d-%02d", year, month[0], day) : String.format("%04d-%02d", year, month[0]);
    out.add(mention(body, start, last.end(), value));
    return k + 1;
  }

  /** Bare years after a cue word, outside the dates already found. */
  private List<Mention> findYears(String body, List<Token> tokens, List<Mention> dates) {
    List<Mention> out = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Integer year = number(t.text(), 1900, 2100);
      if (year == null || t.text().length() != 4 || covered(dates, t.start())) continue;
      String cue = tokens.get(i - 1).word().stripped();
      String cueWhole = tokens.get(i - 1).word().nameKey();
      if (vocabulary.isYearCue(cueWhole) || vocabulary.isYearCue(cue)) {
        out.add(mention(body, t.start(), t.end(), String.format("%04d", year)));
      }
    }
    return out;
  }

  private static boolean covered(List<Mention> mentions, int offset) {
    for (Mention m : mentions) if (offset >= m.start() && offset < m.end()) return true;
    return false;
  }

  private int[] month(List<Token> tokens, int j) {
    if (j >= tokens.size()) return null;
    int[] best = null;
    for (Reading r : tokens.get(j).readings(CliticSet.NAME)) {
      for (DateVocabulary.MonthName m : vocabulary.monthsStartingWith(r.form())) {
        int end = j + m.tokens().size();
        if (end > tokens.size()) continue;
        boolean ok = Phrase.nameKeysAt(tokens, j, m.tokens(), 1);
        if (ok && (best == null || end > best[1])) best = new int[] {m.month(), end};
      }
      if (best != null) return best;
    }
    return null;
  }

  private int monthClitic(Token token) {
    for (Reading r : token.readings(CliticSet.NAME)) {
      if (!vocabulary.monthsStartingWith(r.form()).isEmpty()) return r.offset();
    }
    return 0;
  }

  private static Mention mention(String body, int start, int end, String iso) {
    return new Mention("DATE", body.substring(start, end), start, end, iso, "DATE:" + iso, null);
  }

  private static boolean startsWithConjunction(String s) {
    return s.length() > 1 && s.charAt(0) == 'و';
  }

  private static boolean isComma(String s) {
    return s.equals(",") || s.equals("،");
  }

  /** An all-digit token (ASCII or Arabic-Indic) within [min, max], or null. */
  static Integer number(String s, int min, int max) {
    if (s.isEmpty() || s.length() > 4) return null;
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      int d = Character.digit(s.charAt(i), 10);
      if (d < 0) return null;
      v = v * 10 + d;
    }
    return v >= min && v <= max ? v : null;
  }
}
