package io.rasd.core.input;

import io.rasd.core.model.Reject;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes text that is not valid UTF-8 as a whole but holds UTF-8 text, line by line: a line that reads as UTF-8
 * (valid, or with a few damaged bytes among many good multi-byte letters) is UTF-8, its bad bytes replaced by U+FFFD
 * and counted as repairs; the other lines are one legacy Arabic code page, found by {@link LegacyCharsetDetector} on
 * them alone. The charset is then recorded as {@code UTF-8+windows-1256}. When those lines are in no recognisable
 * encoding, the text is rejected as {@code mixed_encoding} rather than stored half garbled.
 */
final class MixedDecoder {

  /** Where each line of the input starts and whether it reads as UTF-8. */
  record Regions(List<int[]> lines, List<Boolean> utf8, int utf8TextLines, int otherLines) {
    /** True when some line carries non-ASCII UTF-8 text: then the file is not in one legacy code page. */
    boolean hasUtf8Text() {
      return utf8TextLines > 0;
    }
  }

  /** The common tail of decoding: {@link TextDecoder#finish}. */
  @FunctionalInterface
  interface Finish {
    TextDecoder.Result apply(String text, String charset, int repairs);
  }

  private MixedDecoder() {}

  static Regions regions(byte[] bytes) {
    List<int[]> lines = new ArrayList<>();
    List<Boolean> utf8 = new ArrayList<>();
    int utf8Text = 0;
    int other = 0;
    for (int start = 0; start < bytes.length; ) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') end++;
      end = Math.min(bytes.length, end + 1);
      Utf8Scan scan = Utf8Scan.of(bytes, start, end);
      // Plenty of well-formed multi-byte sequences: UTF-8 with damage, not a legacy code page (whose Arabic letters
      // almost never pair up into valid UTF-8).
      boolean isUtf8 = scan.valid() || (scan.validMultiByte() >= 4 && scan.validMultiByte() >= 2 * scan.invalid());
      lines.add(new int[] {start, end});
      utf8.add(isUtf8);
      if (isUtf8 && scan.validMultiByte() > 0) utf8Text++;
      if (!isUtf8) other++;
      start = end;
    }
    return new Regions(lines, utf8, utf8Text, other);
  }

  static TextDecoder.Result decode(byte[] bytes, Regions regions, Finish finish) {
    Charset legacy = null;
    if (regions.otherLines() > 0) {
      java.io.ByteArrayOutputStream others = new java.io.ByteArrayOutputStream();
      for (int i = 0; i < regions.lines().size(); i++) {
        if (!regions.utf8().get(i)) {
          int[] l = regions.lines().get(i);
          others.write(bytes, l[0], l[1] - l[0]);
        }
      }
      LegacyCharsetDetector.Detected d = LegacyCharsetDetector.detect(others.toByteArray(), 0);
      if (d == null) {
        return TextDecoder.Result.rejected(
            Reject.MIXED_ENCODING,
            regions.otherLines() + " of " + regions.lines().size() + " lines are neither UTF-8 nor a known code page");
      }
      legacy = Charset.forName(d.charset());
    }
    StringBuilder text = new StringBuilder(bytes.length);
    int repairs = 0;
    for (int i = 0; i < regions.lines().size(); i++) {
      int[] l = regions.lines().get(i);
      if (regions.utf8().get(i)) {
        Utf8Scan scan = Utf8Scan.of(bytes, l[0], l[1]);
        repairs += scan.invalid() + (scan.truncatedTailLength() > 0 ? 1 : 0);
        text.append(new String(bytes, l[0], l[1] - l[0], StandardCharsets.UTF_8)); // bad bytes become U+FFFD
      } else {
        text.append(decodeLine(bytes, l, legacy));
      }
    }
    return finish.apply(text.toString(), legacy == null ? "UTF-8" : "UTF-8+" + legacy.name(), repairs);
  }

  private static String decodeLine(byte[] bytes, int[] line, Charset cs) {
    try {
      CharBuffer c =
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .decode(ByteBuffer.wrap(bytes, line[0], line[1] - line[0]));
      return c.toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, line[0], line[1] - line[0], cs);
    }
  }
}
