package io.rasd.core.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An inline SVG of stacked bars over time, one colour per key, from a {@link Tally}. Bars are days when the dated
 * rows span at most {@link #MAX_DAY_BARS} days, else months, else years (the caption says which); undated rows are
 * left out and counted in the caption. Every bar segment has a native tooltip ({@code <title>}), so no script.
 */
final class BarChart {
  static final int MAX_DAY_BARS = 92;
  static final int MAX_MONTH_BARS = 240;
  private static final int WIDTH = 960;
  private static final int HEIGHT = 280;
  private static final int LEFT = 56;
  private static final int RIGHT = 8;
  private static final int TOP = 10;
  private static final int BOTTOM = 36;
  private static final int MAX_LABELS = 12;
  private static final double MAX_BAR_WIDTH = 48;

  private BarChart() {}

  /** The figure: SVG, legend and caption; {@code what} names the counted rows ("claims"). */
  static String of(Tally tally, String what, String title) {
    TreeMap<LocalDate, SortedMap<String, Long>> dated = new TreeMap<>();
    tally.byDay().forEach((day, counts) -> {
      if (!day.equals(Tally.NO_DATE)) {
        dated.put(LocalDate.parse(day), counts);
      }
    });
    if (dated.isEmpty()) {
      return "<p class=\"note\">No " + Html.esc(what) + " with a date: nothing to chart.</p>";
    }
    LocalDate first = dated.firstKey();
    LocalDate last = dated.lastKey();
    ChronoUnit unit = ChronoUnit.DAYS.between(first, last) < MAX_DAY_BARS ? ChronoUnit.DAYS
        : ChronoUnit.MONTHS.between(first.withDayOfMonth(1), last.withDayOfMonth(1)) < MAX_MONTH_BARS ? ChronoUnit.MONTHS
        : ChronoUnit.YEARS;
    LinkedHashMap<String, Map<String, Long>> bins = bins(dated, first, last, unit);
    List<String> keys = keysByTotal(tally);
    long max = bins.values().stream().mapToLong(BarChart::total).max().orElse(1);
    long top = niceCeiling(Math.max(1, max));

    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    double barW = plotW / bins.size();
    double drawn = Math.min(barW * 0.8, MAX_BAR_WIDTH);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" role=\"img\" aria-label=\"").append(Html.esc(title)).append("\">");
    int ticks = ticks(top);
    for (int i = 0; i <= ticks; i++) {
      double y = TOP + plotH - plotH * i / ticks;
      svg.append(String.format(Locale.ROOT,
          "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/><text class=\"axis\" x=\"%d\" y=\"%.1f\" "
              + "text-anchor=\"end\">%s</text>",
          LEFT, WIDTH - RIGHT, y, y, LEFT - 6, y + 4, Html.number(top / ticks * i)));
    }
    int every = Math.max(1, (int) Math.ceil(bins.size() / (double) MAX_LABELS));
    int i = 0;
    for (Map.Entry<String, Map<String, Long>> bin : bins.entrySet()) {
      double x = LEFT + i * barW;
      double y = TOP + plotH;
      for (int k = 0; k < keys.size(); k++) {
        long n = bin.getValue().getOrDefault(keys.get(k), 0L);
        if (n == 0) {
          continue;
        }
        double h = plotH * n / top;
        y -= h;
        svg.append(String.format(Locale.ROOT,
            "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"%s\"><title>%s %s: %s</title></rect>",
            x + (barW - drawn) / 2, y, drawn, h, color(k, keys.size()), Html.esc(bin.getKey()), Html.esc(keys.get(k)),
            Html.number(n)));
      }
      if (i % every == 0) {
        svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
            x + barW / 2, HEIGHT - BOTTOM + 16, Html.esc(bin.getKey())));
      }
      i++;
    }
    svg.append("</svg>");

    StringBuilder legend = new StringBuilder("<ul class=\"legend\">");
    for (int k = 0; k < keys.size(); k++) {
      legend.append("<li><span class=\"swatch\" style=\"background:").append(color(k, keys.size()))
          .append("\"></span><bdi>").append(Html.esc(keys.get(k))).append("</bdi></li>");
    }
    legend.append("</ul>");
    String per = switch (unit) {
      case DAYS -> "day";
      case MONTHS -> "month (the dates span more than " + MAX_DAY_BARS + " days)";
      default -> "year (the dates span more than " + MAX_MONTH_BARS + " months)";
    };
    String caption = Html.esc(title) + ", one bar per " + per + ", " + first + " to " + last
        + (tally.undated() > 0 ? "; " + Html.number(tally.undated()) + " " + Html.esc(what) + " without a date are not drawn" : "")
        + ".";
    return "<figure>" + svg + legend + "<figcaption>" + caption + "</figcaption></figure>";
  }

  /** Every bin from the first to the last date, empty ones too, so gaps show as gaps. */
  private static LinkedHashMap<String, Map<String, Long>> bins(
      TreeMap<LocalDate, SortedMap<String, Long>> dated, LocalDate first, LocalDate last, ChronoUnit unit) {
    LinkedHashMap<String, Map<String, Long>> bins = new LinkedHashMap<>();
    for (LocalDate d = start(first, unit); !d.isAfter(last); d = d.plus(1, unit)) {
      bins.put(label(d, unit), new TreeMap<>());
    }
    dated.forEach((day, counts) ->
        counts.forEach((key, n) -> bins.get(label(day, unit)).merge(key, n, Long::sum)));
    return bins;
  }

  private static LocalDate start(LocalDate d, ChronoUnit unit) {
    return switch (unit) {
      case DAYS -> d;
      case MONTHS -> d.withDayOfMonth(1);
      default -> d.withDayOfYear(1);
    };
  }

  private static String label(LocalDate d, ChronoUnit unit) {
    return switch (unit) {
      case DAYS -> d.toString();
      case MONTHS -> d.toString().substring(0, 7);
      default -> d.toString().substring(0, 4);
    };
  }

  static List<String> keysByTotal(Tally tally) {
    List<String> keys = new ArrayList<>(tally.byKey().keySet());
    keys.sort(Comparator.comparing((String k) -> -tally.byKey().get(k)).thenComparing(Comparator.naturalOrder()));
    return keys;
  }

  private static long total(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** 1, 2 or 5 times a power of ten, at least {@code n}: round axis ticks. */
  static long niceCeiling(long n) {
    long p = 1;
    while (true) {
      for (long m : new long[] {1, 2, 5}) {
        if (m * p >= n) {
          return m * p;
        }
      }
      p *= 10;
    }
  }

  /** Grid lines that fall on whole numbers: {@code top} is 1, 2 or 5 times a power of ten. */
  static int ticks(long top) {
    return top % 4 == 0 ? 4 : top % 5 == 0 ? 5 : top % 2 == 0 ? 2 : 1;
  }

  static String color(int index, int of) {
    return String.format(Locale.ROOT, "hsl(%d, 60%%, %d%%)", (index * 360 / Math.max(1, of) + 210) % 360,
        index % 2 == 0 ? 45 : 60);
  }
}
