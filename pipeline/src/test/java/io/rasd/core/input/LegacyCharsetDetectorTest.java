package io.rasd.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class LegacyCharsetDetectorTest {

  private static final String ARABIC =
      "قالت مصادر أمنية إن قوات الشرطة فككت شبكة لتهريب الأسلحة في المنطقة الشرقية وضبطت عددا من المشتبه بهم.";

  @Test
  void eachArabicCodePageIsTellApartFromTheOther() {
    for (String cs : new String[] {"windows-1256", "ISO-8859-6"}) {
      LegacyCharsetDetector.Detected d = LegacyCharsetDetector.detect(ARABIC.getBytes(Charset.forName(cs)), 0);
      assertThat(d).as(cs).isNotNull();
      assertThat(d.charset()).isEqualTo(cs);
      assertThat(d.text()).isEqualTo(ARABIC);
    }
  }

  @Test
  void arabicLetterShareIgnoresDigitsAndPunctuation() {
    assertThat(LegacyCharsetDetector.arabicLetterShare("خبر 2015!")).isEqualTo(1.0);
    assertThat(LegacyCharsetDetector.arabicLetterShare("ab خبر")).isEqualTo(0.6);
    assertThat(LegacyCharsetDetector.arabicLetterShare("123")).isZero();
  }

  @Test
  void proseNeedsSpacesBetweenWords() {
    assertThat(LegacyCharsetDetector.hasWords(ARABIC)).isTrue();
    assertThat(LegacyCharsetDetector.hasWords(ARABIC.replace(" ", ""))).isFalse();
  }
}
