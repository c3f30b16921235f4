package io.rasd.core.numbers;

/**
 * Reads one run of digits with separators (digits already ASCII; ٬ and ٫ kept). Rules:
 * <ul>
 *   <li>٫ is always the decimal mark, ٬ always a thousands separator.</li>
 *   <li>Several separators of one kind (1,234,567 / 1.234.567) are thousands separators; with both kinds the last
 *       one is the decimal mark (1,234.5 and 1.234,5).</li>
 *   <li>A single comma before exactly three digits is a thousands separator (3,500); before 1-2 or 4+ digits it
 *       is a decimal comma (3,5).</li>
 *   <li>A single dot before exactly three digits (3.353) is ambiguous. It is read as a thousands separator
 *       (3353, flagged ambiguous) when the integer part is not 0 and no scale word (ألف, مليون, مليار) follows,
 *       because counts of people, cells and plots are whole numbers; 1.500 مليون and 0.353 stay decimals.</li>
 * </ul>
 */
final class DigitReader {
  private DigitReader() {}

  record Result(double value, boolean ambiguous) {}

  static Result read(String raw, boolean scaleFollows) {
    String s = raw.replace("٬", "");
    if (s.contains("٫")) {
      return parse(s.replace(",", "").replace(".", "").replace('٫', '.'), false);
    }
    int commas = count(s, ',');
    int dots = count(s, '.');
    if (commas > 0 && dots > 0) {
      char dec = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
      char th = dec == ',' ? '.' : ',';
      return parse(s.replace(String.valueOf(th), "").replace(dec, '.'), false);
    }
    if (commas + dots == 0) return parse(s, false);
    char sep = commas > 0 ? ',' : '.';
    if (commas + dots > 1) {
      return groupsOfThree(s, sep) ? parse(s.replace(String.valueOf(sep), ""), false) : null;
    }
    int at = s.indexOf(sep);
    String intPart = s.substring(0, at);
    int fracDigits = s.length() - at - 1;
    if (fracDigits != 3) return parse(s.replace(sep, '.'), false);
    if (sep == ',') return parse(s.replace(",", ""), false);
    if (scaleFollows || Double.parseDouble(intPart) == 0) return parse(s, false);
    return parse(s.replace(".", ""), true);
  }

  private static boolean groupsOfThree(String s, char sep) {
    String[] g = s.split(java.util.regex.Pattern.quote(String.valueOf(sep)), -1);
    if (g[0].isEmpty() || g[0].length() > 3) return false;
    for (int i = 1; i < g.length; i++) if (g[i].length() != 3) return false;
    return true;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
    return n;
  }

  private static Result parse(String s, boolean ambiguous) {
    try {
      return new Result(Double.parseDouble(s), ambiguous);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
