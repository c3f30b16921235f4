package io.rasd.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.testing.Bytes;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ScanTest {

  @Test
  void countsValidMultiByteSequences() {
    Utf8Scan s = Utf8Scan.of("aب€😀".getBytes(StandardCharsets.UTF_8), 0);
    assertThat(s.valid()).isTrue();
    assertThat(s.validMultiByte()).isEqualTo(3);
  }

  @Test
  void rejectsOverlongSurrogateAndOutOfRangeForms() {
    assertThat(Utf8Scan.of(Bytes.of(0xC0, 0xAF), 0).valid()).isFalse(); // overlong '/'
    assertThat(Utf8Scan.of(Bytes.of(0xE0, 0x80, 0xAF), 0).valid()).isFalse(); // overlong
    assertThat(Utf8Scan.of(Bytes.of(0xED, 0xA0, 0x80), 0).valid()).isFalse(); // surrogate D800
    assertThat(Utf8Scan.of(Bytes.of(0xF4, 0x90, 0x80, 0x80), 0).valid()).isFalse(); // > U+10FFFF
    assertThat(Utf8Scan.of(Bytes.of(0xF5, 0x80, 0x80, 0x80), 0).valid()).isFalse();
  }

  @Test
  void reportsFirstInvalidOffsetAndCount() {
    Utf8Scan s = Utf8Scan.of(Bytes.of('a', 'b', 0xFF, 'c', 0xD8, 'd'), 0);
    assertThat(s.firstInvalidOffset()).isEqualTo(2);
    assertThat(s.invalid()).isEqualTo(2);
  }

  @Test
  void incompleteLastSequenceIsATruncatedTail() {
    Utf8Scan s = Utf8Scan.of(Bytes.of('a', 0xE2, 0x82), 0);
    assertThat(s.onlyTruncatedTail()).isTrue();
    assertThat(s.truncatedTailLength()).isEqualTo(2);
  }
}
