package io.rasd.core.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NonNumberSpansTest {
  @Test
  void findsUrlsMailsAndPhones() {
    String t = "زوروا https://rasd.io/a?b=1 أو www.x.sa وراسلوا info.desk+1@moi.gov.sa أو اتصلوا 0112345678"
        + " أو +966 11 234 5678 عام 2015";
    List<String> got = new ArrayList<>();
    for (int[] s : NonNumberSpans.find(t)) got.add(t.substring(s[0], s[1]));
    assertThat(got).containsExactly("https://rasd.io/a?b=1", "www.x.sa", "info.desk+1@moi.gov.sa", "0112345678",
        "+966 11 234 5678");
  }

  @Test
  void aShortInternationalNumberFallsBackToALocalOne() {
    assertThat(spans("رقم 00123 هنا")).isEmpty();
    assertThat(spans("رقم 0012 345 678 هنا")).hasSize(1);
  }

  /** The same spans as the pattern's own find from every position (the scan it replaces), on random texts. */
  @Test
  void equalsTheScanOfEveryPosition() {
    Random r = new Random(11);
    String[] pieces = {"0", "00", "+", "@", ".", "-", " ", "1", "5", "٣", "a", "h", "w", "http://", "https://", "www.",
        "س", "ـ", "،", ",", "/", "x_y", "\uD835\uDC00", "9665", "012 345 678"};
    for (int n = 0; n < 20000; n++) {
      StringBuilder b = new StringBuilder();
      int len = 1 + r.nextInt(14);
      for (int i = 0; i < len; i++) b.append(pieces[r.nextInt(pieces.length)]);
      String t = b.toString();
      assertThat(spans(t)).as(t).isEqualTo(scan(t));
    }
  }

  private static List<List<Integer>> spans(String t) {
    List<List<Integer>> out = new ArrayList<>();
    for (int[] s : NonNumberSpans.find(t)) out.add(List.of(s[0], s[1]));
    return out;
  }

  /** The loop ArabicNumberParser ran before: find from each end, with the local fallback of a short + / 00. */
  private static List<List<Integer>> scan(String text) {
    List<List<Integer>> out = new ArrayList<>();
    Matcher m = NonNumberSpans.PATTERN.matcher(text);
    Matcher local = Pattern.compile("(?<![\\d.,])0\\d{1,3}(?:[ \\-.]?\\d{2,4}){2,4}(?![\\d.,])",
        Pattern.UNICODE_CHARACTER_CLASS).matcher(text);
    for (int from = 0; from < text.length() && m.find(from); ) {
      int start = m.start();
      int end = m.end();
      from = end;
      String g = m.group();
      int prefix = g.startsWith("+") ? 1 : g.startsWith("00") ? 2 : -1;
      if (prefix > 0 && g.length() - prefix < 8 && Character.isDigit(g.charAt(prefix))) {
        local.region(start, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
        if (!local.lookingAt()) {
          from = start + 1;
          continue;
        }
        end = from = local.end();
      }
      out.add(List.of(start, end));
    }
    return out;
  }
}
