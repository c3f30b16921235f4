package io.rasd.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicDigitsTest {
  @Test
  void arabicIndicAndPersianDigitsBecomeAsciiAndLengthIsKept() {
    assertThat(ArabicDigits.toAscii("٢٠٢١ و۱۲ و34")).isEqualTo("2021 و12 و34");
    String same = "بدون أرقام";
    assertThat(ArabicDigits.toAscii(same)).isSameAs(same);
  }
}
