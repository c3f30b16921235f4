package io.rasd.core.report;

import java.util.List;
import java.util.Locale;

/** The few HTML pieces the report is made of, every text escaped; numbers carry a {@code data-key} for tests. */
final class Html {
  private Html() {}

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A count cell; {@code key} names the figure ({@code rows/articles}) so a reader of the DOM can check it. */
  static String countCell(String key, long n) {
    return "<td class=\"n\" data-key=\"" + esc(key) + "\">" + number(n) + "</td>";
  }

  /** A text cell; {@code dir="auto"} lets Arabic names run right to left inside the English page. */
  static String textCell(String text) {
    return "<td dir=\"auto\">" + esc(text) + "</td>";
  }

  /** A sortable table: the header cells, then rows already made of cells. */
  static String table(List<String> headers, List<String> rows) {
    StringBuilder b = new StringBuilder("<table class=\"sortable\"><thead><tr>");
    for (String h : headers) {
      b.append("<th>").append(esc(h)).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (String r : rows) {
      b.append("<tr>").append(r).append("</tr>");
    }
    return b.append("</tbody></table>").toString();
  }
}
