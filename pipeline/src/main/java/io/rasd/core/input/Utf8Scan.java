package io.rasd.core.input;

/**
 * A strict UTF-8 validator that also counts what it saw, so the decoder can tell "UTF-8 with a damaged byte" (many
 * valid multi-byte sequences) from "some legacy single-byte encoding" (almost none).
 *
 * <p>Rejects overlong forms, surrogates (ED A0..BF) and code points above U+10FFFF, like the JDK's decoder.
 */
record Utf8Scan(int validMultiByte, int invalid, int firstInvalidOffset, int truncatedTailLength) {

  /** True when every byte is part of a valid sequence. */
  boolean valid() {
    return invalid == 0 && truncatedTailLength == 0;
  }

  /** True when the only problem is an incomplete last sequence (a file cut off mid-character). */
  boolean onlyTruncatedTail() {
    return invalid == 0 && truncatedTailLength > 0;
  }

  static Utf8Scan of(byte[] b, int from) {
    return of(b, from, b.length);
  }

  /** Scans {@code b[from, to)}. */
  static Utf8Scan of(byte[] b, int from, int to) {
    int validMulti = 0;
    int invalid = 0;
    int firstInvalid = -1;
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int need;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) {
          lo = 0xA0;
        } else if (c == 0xED) {
          hi = 0x9F;
        }
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) {
          lo = 0x90;
        } else if (c == 0xF4) {
          hi = 0x8F;
        }
      } else {
        invalid++;
        if (firstInvalid < 0) {
          firstInvalid = i;
        }
        i++;
        continue;
      }
      int j = 1;
      boolean ok = true;
      while (j <= need) {
        if (i + j >= to) {
          // Ran out of input inside a sequence whose bytes so far were fine: a truncated tail.
          return new Utf8Scan(validMulti, invalid, firstInvalid, to - i);
        }
        int n = b[i + j] & 0xFF;
        int min = j == 1 ? lo : 0x80;
        int max = j == 1 ? hi : 0xBF;
        if (n < min || n > max) {
          ok = false;
          break;
        }
        j++;
      }
      if (ok) {
        validMulti++;
        i += need + 1;
      } else {
        invalid++;
        if (firstInvalid < 0) {
          firstInvalid = i;
        }
        i += j; // resume at the byte that broke the sequence
      }
    }
    return new Utf8Scan(validMulti, invalid, firstInvalid, 0);
  }
}
