package io.rasd.core.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongTokensTest {
  @Test
  void runsOverTheCapBecomeSpacesOfTheSameLength() {
    String text = "قال 12 شخصا xxxxxxxxxx ثم\nyyyyyyyyyyyy";
    String blanked = LongTokens.blank(text, 8);
    assertThat(blanked).hasSameSizeAs(text).isEqualTo("قال 12 شخصا " + " ".repeat(10) + " ثم\n" + " ".repeat(12));
  }

  @Test
  void textWithinTheCapIsReturnedAsItIs() {
    String text = "اعتقلت الشرطة 55 شخصا";
    assertThat(LongTokens.blank(text, 8)).isSameAs(text);
  }
}
