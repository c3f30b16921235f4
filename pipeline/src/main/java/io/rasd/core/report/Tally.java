package io.rasd.core.report;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts by day and by one key (a claim's metric, an article's source): what the report's per-day charts and tables
 * show. Days are ISO dates; rows without a date count under {@link #NO_DATE}, which sorts after every date.
 */
public final class Tally {
  public static final String NO_DATE = "unknown date";

  private final TreeMap<String, TreeMap<String, Long>> byDay = new TreeMap<>(Tally::compareDays);
  private final TreeMap<String, Long> byKey = new TreeMap<>();

  public void add(String day, String key) {
    String d = day == null ? NO_DATE : day;
    byDay.computeIfAbsent(d, x -> new TreeMap<>()).merge(key, 1L, Long::sum);
    byKey.merge(key, 1L, Long::sum);
  }

  /** Day → key → count, days in order ({@link #NO_DATE} last). */
  public SortedMap<String, SortedMap<String, Long>> byDay() {
    return Collections.unmodifiableSortedMap(new TreeMap<String, SortedMap<String, Long>>(byDay));
  }

  /** Key → count over every day. */
  public Map<String, Long> byKey() {
    return Collections.unmodifiableMap(byKey);
  }

  public long undated() {
    return byDay.getOrDefault(NO_DATE, new TreeMap<>()).values().stream().mapToLong(Long::longValue).sum();
  }

  private static int compareDays(String a, String b) {
    boolean na = a.equals(NO_DATE);
    boolean nb = b.equals(NO_DATE);
    return na || nb ? Boolean.compare(na, nb) : a.compareTo(b);
  }
}
