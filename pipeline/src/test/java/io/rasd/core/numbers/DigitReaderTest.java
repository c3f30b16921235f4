package io.rasd.core.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitReaderTest {
  @Test
  void separatorRules() {
    assertThat(DigitReader.read("3.353", false).value()).isEqualTo(3353);
    assertThat(DigitReader.read("3.353", false).ambiguous()).isTrue();
    assertThat(DigitReader.read("1.500", true).value()).isEqualTo(1.5);
    assertThat(DigitReader.read("0.353", false).value()).isEqualTo(0.353);
    assertThat(DigitReader.read("3,5", false).value()).isEqualTo(3.5);
    assertThat(DigitReader.read("3,500", false).value()).isEqualTo(3500);
    assertThat(DigitReader.read("1.234,5", false).value()).isEqualTo(1234.5);
    assertThat(DigitReader.read("2٫5", false).value()).isEqualTo(2.5);
    assertThat(DigitReader.read("3٬500", false).value()).isEqualTo(3500);
  }

  @Test
  void malformedGroupsAreNotNumbers() {
    assertThat(DigitReader.read("1,23,4", false)).isNull();
    assertThat(DigitReader.read("1234.567.8", false)).isNull();
  }
}
