package io.rasd.core.text;

import io.rasd.core.ResourceLines;
import io.rasd.core.arabic.Folding;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads publication dates as Arabic news writes them: "21 فبراير 2023", "23 ديسمبر، 2021", "الثلاثاء 21 شباط/فبراير
 * 2023", "٢١ فبراير ٢٠٢٣", Maghreb forms (شتنبر, دجنبر, جوان), and numeric/ISO forms (21/02/2023, 2023-02-21).
 */
public final class ArabicDateParser {
  /** The one month table of the project (also used for DATE mentions): rows "month, name, number". */
  static final String MONTHS = "entities/dates.tsv";

  private static final ArabicDateParser INSTANCE =
      new ArabicDateParser(
          ResourceLines.readTsv(MONTHS, 3).stream().filter(f -> f[0].equals("month")).map(f -> f[1] + "\t" + f[2]).toList());

  /** Words that may surround a date on a dateline without being content ({@code clean/date_line_fillers.txt}). */
  private static final Pattern DATE_LINE_FILLER =
      Pattern.compile(
          "(?:" + String.join("|", ResourceLines.read("clean/date_line_fillers.txt"))
              + "|[|:،,\\-–—/·•()\\[\\]]|\\s)+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final Map<String, Integer> monthByKey = new HashMap<>();
  private final Pattern dayMonthYear;
  private final Pattern monthDayYear;
  private static final Pattern NUMERIC_DMY = Pattern.compile("(?<!\\d)(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})(?!\\d)");
  private static final Pattern NUMERIC_YMD = Pattern.compile("(?<!\\d)(\\d{4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,2})(?!\\d)");

  ArabicDateParser(List<String> monthLines) {
    for (String line : monthLines) {
      String[] cols = line.split("\t");
      monthByKey.put(key(cols[0]), Integer.parseInt(cols[1].strip()));
    }
    String months =
        monthLines.stream()
            .map(l -> l.split("\t")[0])
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    // every \s run is possessive: what follows it never starts with a space, so giving spaces back never helps,
    // and a long run of spaces (a blanked overlong token) after a day and month is scanned once, not cubed
    String month = "(" + months + ")(?:\\s*+[/\\-(]\\s*+(?:" + months + ")\\s*+\\)?)?";
    StringBuilder dayMonth = new StringBuilder();
    for (String w : words("day-month-word")) dayMonth.append("(?:").append(Pattern.quote(w)).append("\\s++)?");
    String monthYear = words("month-year-word").stream().map(Pattern::quote).collect(Collectors.joining("|"));
    dayMonthYear =
        Pattern.compile("(?<!\\d)(\\d{1,2})\\s*+" + dayMonth + month + "\\s*+[،,]?\\s*+(?:" + monthYear + ")?\\s*+(\\d{4})(?!\\d)");
    monthDayYear = Pattern.compile(month + "\\s++(\\d{1,2})\\s*+[،,]\\s*+(\\d{4})(?!\\d)");
  }

  /** The words of one kind of row of the month table, in file order. */
  private static List<String> words(String kind) {
    return ResourceLines.readTsv(MONTHS, 2).stream().filter(f -> f[0].equals(kind)).map(f -> f[1]).toList();
  }

  public static ArabicDateParser instance() {
    return INSTANCE;
  }

  /** A date anywhere in the text: the first full day-month-year found. */
  public Optional<DateMatch> find(String text) {
    String s = ArabicDigits.toAscii(text);
    Matcher m = dayMonthYear.matcher(s);
    if (m.find()) {
      return date(m.group(3), month(m.group(2)), m.group(1)).map(d -> new DateMatch(d, m.start(), m.end()));
    }
    Matcher md = monthDayYear.matcher(s);
    if (md.find()) {
      return date(md.group(3), month(md.group(1)), md.group(2)).map(d -> new DateMatch(d, md.start(), md.end()));
    }
    Matcher ymd = NUMERIC_YMD.matcher(s);
    if (ymd.find()) {
      return date(ymd.group(1), Integer.parseInt(ymd.group(2)), ymd.group(3))
          .map(d -> new DateMatch(d, ymd.start(), ymd.end()));
    }
    Matcher dmy = NUMERIC_DMY.matcher(s);
    if (dmy.find()) {
      return date(dmy.group(3), Integer.parseInt(dmy.group(2)), dmy.group(1))
          .map(d -> new DateMatch(d, dmy.start(), dmy.end()));
    }
    return Optional.empty();
  }

  /**
   * The date of a line that is nothing but a date (with weekday, time or a "published" label around it), as
   * article pages print it under the headline. Empty for a line with other content.
   */
  public Optional<LocalDate> parseDateLine(String line) {
    Optional<DateMatch> m = find(line);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    String rest = ArabicDigits.toAscii(line);
    rest = rest.substring(0, m.get().start()) + " " + rest.substring(m.get().end());
    return DATE_LINE_FILLER.matcher(rest).replaceAll("").isEmpty() ? Optional.of(m.get().date()) : Optional.empty();
  }

  /** Dates from structured metadata (JSON fields, HTML time tags): ISO forms first, then Arabic forms. */
  public Optional<LocalDate> parseAny(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = ArabicDigits.toAscii(value.strip());
    try {
      return Optional.of(OffsetDateTime.parse(v).toLocalDate());
    } catch (DateTimeException e) {
      // not an ISO instant: try the other forms
    }
    return find(v).map(DateMatch::date);
  }

  /** Month number of a month name in any supported form, or -1. */
  public int month(String name) {
    if (name == null) {
      return -1;
    }
    return monthByKey.getOrDefault(key(name), -1);
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A month name's lookup key: the layer's name level (alef, yaa and taa marbuta folded, spaces collapsed). */
  static String key(String name) {
    return Folding.NAME.apply(name);
  }

  /** A date and where it stood in the text. */
  public record DateMatch(LocalDate date, int start, int end) {}
}
