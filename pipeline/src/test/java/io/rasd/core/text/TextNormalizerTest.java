package io.rasd.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void dropsTatweelAndInvisibleControls() {
    assertThat(TextNormalizer.normalize("الإرهـــاب\u200F \u200Bداعش\uFEFF")).isEqualTo("الإرهاب داعش");
  }

  @Test
  void unifiesQuotesAndCollapsesSpaces() {
    assertThat(TextNormalizer.normalize("تنظيم  “داعش”\u00A0و«القاعدة» ‘x’")).isEqualTo("تنظيم \"داعش\" و\"القاعدة\" 'x'");
  }

  @Test
  void composesToNfcAndKeepsLineBreaks() {
    // alef + combining hamza above composes to U+0623
    assertThat(TextNormalizer.normalize("\u0627\u0654مريكا \n  سطر")).isEqualTo("\u0623مريكا\nسطر");
  }
}
