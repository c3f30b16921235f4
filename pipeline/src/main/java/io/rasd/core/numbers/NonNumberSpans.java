package io.rasd.core.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spans of a text that hold digits but no quantity: URLs, e-mail addresses and phone numbers. The pattern is
 * tried only where one of them can start (the "http" or "www." of a URL, the first letter of the run before an @,
 * the + or 0 of a phone number), not at every character: a scan of every position was the claim extractor's largest
 * single cost (JFR on ClaimExtractorBenchmark: a sixth of its time in this pattern's Unicode classes).
 */
final class NonNumberSpans {
  /** A local phone number (0 + area code + groups): bounded repetitions, linear as it is. */
  private static final String LOCAL_PHONE = "(?<![\\d.,])0\\d{1,3}(?:[ \\-.]?\\d{2,4}){2,4}(?![\\d.,])";
  /**
   * URLs, e-mail addresses and phone numbers. Linear in the text: possessive quantifiers, and look-behinds so a match
   * can only start where a run starts (a 1 MB word used to be re-scanned from each of its characters, for hours).
   * An international number (+ or 00, a digit, at least six more of digits/separators, a digit) is matched to the
   * last digit of its run; {@link #MIN_INTERNATIONAL} is checked in code, where a backtracking {6,} used to do it.
   */
  static final Pattern PATTERN = Pattern.compile(
      "(?:https?://|www\\.)\\S++|(?<![\\w.+-])[\\w.+-]++@[\\w-]++\\.[\\w.]++"
          + "|(?<![\\d.,])(?<!\\d[ \\-.])(?:\\+|00)\\d(?:[ \\-.]*+\\d)++|" + LOCAL_PHONE,
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern LOCAL_PHONE_PATTERN = Pattern.compile(LOCAL_PHONE, Pattern.UNICODE_CHARACTER_CLASS);
  /** One character of an e-mail address's local part, as {@link #PATTERN} reads it. */
  private static final Pattern LOCAL_PART_CHAR = Pattern.compile("[\\w.+-]", Pattern.UNICODE_CHARACTER_CLASS);
  /** Characters after the + or 00 of an international number: a digit, six or more, a digit. */
  private static final int MIN_INTERNATIONAL = 8;

  private NonNumberSpans() {}

  /** The spans, in order, non-overlapping, as {start, end}: the leftmost match, then the next from its end. */
  static List<int[]> find(String text) {
    List<int[]> out = new ArrayList<>();
    int[] starts = possibleStarts(text);
    if (starts.length == 0) return out;
    Matcher m = PATTERN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    Matcher local = LOCAL_PHONE_PATTERN.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int next = 0;
    for (int from = 0; from < text.length(); ) {
      while (next < starts.length && starts[next] < from) next++;
      if (next == starts.length) break;
      int start = starts[next++];
      if (!m.region(start, text.length()).lookingAt()) continue;
      int end = m.end();
      from = end;
      if (tooShortInternational(m.group())) {
        // as the old backtracking pattern did: the local-number alternative at the same place, else go on after it
        if (!local.region(start, text.length()).lookingAt()) {
          from = start + 1;
          continue;
        }
        end = from = local.end();
      }
      out.add(new int[] {start, end});
    }
    return out;
  }

  /** Every position where {@link #PATTERN} can match, ascending: no match starts anywhere else. */
  private static int[] possibleStarts(String text) {
    int[] out = new int[16];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int s = -1;
      if (c == '+' || c == '0'
          || c == 'h' && text.startsWith("http", i) || c == 'w' && text.startsWith("www.", i)) {
        s = i;
      } else if (c == '@') {
        s = localPartStart(text, i);
      }
      if (s < 0) continue;
      if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
      out[n++] = s;
    }
    out = java.util.Arrays.copyOf(out, n);
    java.util.Arrays.sort(out); // a local part's start lies before the +, 0 or "www." inside it
    return out;
  }

  /** The start of the run of local-part characters that ends at the @ at {@code at}, or -1 when there is none. */
  private static int localPartStart(String text, int at) {
    int p = at;
    Matcher one = LOCAL_PART_CHAR.matcher(text);
    while (p > 0) {
      int cp = text.codePointBefore(p);
      int q = p - Character.charCount(cp);
      if (!one.region(q, p).matches()) break;
      p = q;
    }
    return p < at ? p : -1;
  }

  private static boolean tooShortInternational(String span) {
    int prefix = span.startsWith("+") ? 1 : span.startsWith("00") ? 2 : -1;
    return prefix > 0 && span.length() - prefix < MIN_INTERNATIONAL && Character.isDigit(span.charAt(prefix));
  }
}
