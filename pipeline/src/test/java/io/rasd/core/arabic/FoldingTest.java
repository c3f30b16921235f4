package io.rasd.core.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.junit.jupiter.api.Test;

class FoldingTest {
  /** The name level is the key the shipped name finder was trained on: Lucene's Arabic normalizer, lower-cased. */
  @Test
  void nameLevelIsLucenesArabicNormalizerOnEveryArabicCharacter() {
    ArabicNormalizer lucene = new ArabicNormalizer();
    for (char c = '\u0600'; c <= '\u06FF'; c++) {
      String word = "ب" + c + "ت";
      char[] buf = word.toCharArray();
      String expected = new String(buf, 0, lucene.normalize(buf, buf.length)).toLowerCase(Locale.ROOT);
      assertThat(Folding.NAME.apply(word)).as("U+%04X", (int) c).isEqualTo(expected);
    }
  }

  @Test
  void levelsAreNested() {
    for (String w : new String[] {"مسؤولين", "رئيس", "إدارةٌ", "ٱلقدس", "کابل", "الإرهابيّة", "Musa", "رأي"}) {
      assertThat(Folding.NAME.apply(Folding.DISPLAY.apply(w))).isEqualTo(Folding.NAME.apply(w));
      assertThat(Folding.MATCH.apply(Folding.NAME.apply(w))).isEqualTo(Folding.MATCH.apply(w));
    }
  }

  @Test
  void everyLevelDropsTatweelAndInvisibleControlsAndCollapsesSpaces() {
    for (Folding level : Folding.values()) {
      assertThat(level.apply(" الر\u200Cبـــاط \t مدينة\u200F ")).isEqualTo(level == Folding.DISPLAY ? "الرباط مدينة"
          : level == Folding.NAME ? "الرباط مدينه" : "الرباط مدينه");
    }
  }

  /**
   * The name level lower-cases only strings that have something to lower-case: every character of the BMP, and a
   * supplementary capital, gives what folding then {@code toLowerCase(Locale.ROOT)} of the whole string gives.
   */
  @Test
  void nameLevelLowerCasesExactlyAsTheWholeStringWouldBe() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String word = "ب" + (char) c + "x";
      assertThat(Folding.NAME.apply(word)).as("U+%04X", c).isEqualTo(expectedName(word));
    }
    for (String w : new String[] {"ΟΔΟΣ", "İstanbul", "\uD801\uDC00x", "ALİ محمد", "Σ"}) {
      assertThat(Folding.NAME.apply(w)).as(w).isEqualTo(expectedName(w));
    }
  }

  /** Each character folded, spaces collapsed, then the whole string lower-cased. */
  private static String expectedName(String s) {
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (char c : s.toCharArray()) {
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
        continue;
      }
      char f = Folding.NAME.fold(c);
      if (f == 0) continue;
      if (space) out.append(' ');
      space = false;
      out.append(f);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** The lexicon level lower-cases every character as {@link Character#toLowerCase(char)} does (its fast path too). */
  @Test
  void theMatchLevelLowerCasesEveryCharacterAsTheJdkDoes() {
    String mapped = "أإآٱىئیةؤک";
    int checked = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      char folded = Folding.MATCH.fold(c);
      if (folded == 0 || mapped.indexOf(c) >= 0) continue;
      assertThat((int) folded).as("U+%04X", (int) c).isEqualTo((int) Character.toLowerCase(c));
      checked++;
    }
    assertThat(checked).isGreaterThan(60_000);
    assertThat(Folding.MATCH.apply("ÀBC Zأمن")).isEqualTo("àbc zامن");
  }
}
