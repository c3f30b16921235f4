package io.rasd.core.input;

import io.rasd.core.model.Reject;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: finds the encoding (BOM, known charset, UTF-8, UTF-16 without BOM, legacy Arabic code pages), strips
 * a BOM, unifies line ends to LF, and turns anything that is not text into a reject with a {@link Reject} reason code.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextDecoder {

  /** Bytes inspected for NULs and control bytes. */
  static final int SNIFF_BYTES = 4096;

  /** More control characters than this share of the sample means binary, not text. */
  static final double MAX_CONTROL_SHARE = 0.05;

  /**
   * Outcome of a decode: either {@code text} + {@code charset}, or a reject reason (a {@link Reject} constant) and a
   * short human-readable detail.
   */
  public record Result(String text, String charset, int repairs, String rejectReason, String rejectDetail) {
    public boolean ok() {
      return rejectReason == null;
    }

    static Result decoded(String text, String charset, int repairs) {
      return new Result(text, charset, repairs, null, null);
    }

    static Result rejected(String reason, String detail) {
      return new Result(null, null, 0, reason, detail);
    }
  }

  private TextDecoder() {}

  /**
   * Decodes {@code bytes}. {@code knownCharset} may be null (detect); when given and supported, the bytes must be
   * valid in it (a BOM still wins, as it is explicit in the data).
   */
  public static Result decode(byte[] bytes, String knownCharset) {
    if (bytes == null || bytes.length == 0) {
      return Result.rejected(Reject.EMPTY, "0 bytes");
    }
    Bom bom = Bom.of(bytes);
    if (bom != null) {
      return decodeAs(bytes, bom.length, bom.charset);
    }
    Charset known = knownCharset == null ? null : charsetOrNull(knownCharset);
    if (known != null) {
      return decodeAs(bytes, 0, known);
    }
    return detect(bytes);
  }

  /** A raw article's bytes decoded, or the text its reader extracted checked. */
  public static Result decode(io.rasd.core.model.RawArticle raw) {
    return raw.text() != null
        ? checkText(raw.text(), raw.knownCharset(), raw.readerRepairs())
        : decode(raw.content(), raw.knownCharset());
  }

  /**
   * Text a reader already decoded (JSON, HTML, RSS): only the checks and repairs of {@link #decode} that apply to
   * characters (BOM, line ends, stray NULs and controls, blank text).
   */
  public static Result checkText(String text, String charset) {
    return checkText(text, charset, 0);
  }

  /** As {@link #checkText(String, String)}, counting {@code repairs} the reader already made while decoding. */
  public static Result checkText(String text, String charset, int repairs) {
    if (text == null || text.isEmpty()) {
      return Result.rejected(Reject.EMPTY, "0 characters");
    }
    return finish(text, charset, repairs);
  }

  private static Result detect(byte[] bytes) {
    int sample = Math.min(bytes.length, SNIFF_BYTES);
    int nulEven = 0;
    int nulOdd = 0;
    int controls = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        if ((i & 1) == 0) {
          nulEven++;
        } else {
          nulOdd++;
        }
      } else if (isControl(b)) {
        controls++;
      }
    }
    int nuls = nulEven + nulOdd;
    if (nuls > 0) {
      Charset utf16 = utf16ByNulParity(nulEven, nulOdd);
      if (utf16 != null) {
        Result r = decodeAs(bytes, 0, utf16);
        if (r.ok() && LegacyCharsetDetector.hasWords(r.text())) { // 16-bit binary data can be aligned too
          return r;
        }
      }
    }
    // A stray NUL or control byte in long text is damage to repair (finish() drops them); many are binary data.
    if (nuls + controls > sample * MAX_CONTROL_SHARE) {
      return Result.rejected(
          Reject.BINARY,
          nuls > 0 ? nuls + " NUL bytes in first " + sample : percent(controls, sample) + " control bytes in first " + sample);
    }

    Utf8Scan scan = Utf8Scan.of(bytes, 0);
    if (scan.valid()) {
      return finish(new String(bytes, StandardCharsets.UTF_8), "UTF-8", 0);
    }
    if (scan.onlyTruncatedTail()) {
      // A file cut off mid-character: keep everything before the broken last character.
      return finish(
          new String(bytes, 0, bytes.length - scan.truncatedTailLength(), StandardCharsets.UTF_8), "UTF-8", 0);
    }
    MixedDecoder.Regions regions = MixedDecoder.regions(bytes);
    if (regions.hasUtf8Text()) {
      // UTF-8 with damage (a few bad bytes replaced) or UTF-8 beside a legacy code page, decoded region by region
      return MixedDecoder.decode(bytes, regions, (text, charset, repairs) -> finish(text, charset, repairs));
    }
    LegacyCharsetDetector.Detected legacy = LegacyCharsetDetector.detect(bytes, 0);
    if (legacy != null) {
      return finish(legacy.text(), legacy.charset(), 0);
    }
    return Result.rejected(
        Reject.UNDECODABLE,
        "invalid UTF-8 at byte " + scan.firstInvalidOffset() + ", no other text encoding recognised");
  }

  /** Arabic/Latin text in UTF-16 without a BOM has NULs in the high byte of ASCII chars only: one parity. */
  private static Charset utf16ByNulParity(int nulEven, int nulOdd) {
    int nuls = nulEven + nulOdd;
    if (nuls < 4) {
      return null;
    }
    if (nulOdd >= nuls * 0.95) {
      return StandardCharsets.UTF_16LE;
    }
    if (nulEven >= nuls * 0.95) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static Result decodeAs(byte[] bytes, int from, Charset cs) {
    CharsetDecoder decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) (bytes.length - from) + 16));
    CoderResult cr = decoder.decode(in, out, true);
    if (!cr.isError()) {
      cr = decoder.flush(out);
    }
    if (cr.isError()) {
      return Result.rejected(Reject.UNDECODABLE, "invalid " + cs.name() + " at byte " + in.position());
    }
    out.flip();
    return finish(out.toString(), cs.name(), 0);
  }

  /**
   * Common tail: drop a decoded BOM, unify line ends, drop stray NULs (each one a repair) unless NULs and control
   * characters are so many that this is binary, reject blank text.
   */
  static Result finish(String text, String charset, int repairs) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isEmpty()) {
      return Result.rejected(Reject.EMPTY, "no characters after the byte order mark");
    }
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    int controls = 0;
    int nuls = 0;
    boolean blank = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        nuls++;
      } else if (isControlChar(c)) {
        controls++;
      }
      if (blank && !isBlankChar(c)) {
        blank = false;
      }
    }
    if (nuls + controls > text.length() * MAX_CONTROL_SHARE) {
      return Result.rejected(
          Reject.BINARY,
          nuls > 0
              ? nuls + " NUL characters in " + charset + " text"
              : percent(controls, text.length()) + " control characters in " + charset + " text");
    }
    if (nuls > 0) {
      text = text.replace("\u0000", "");
      repairs += nuls;
      blank = isBlank(text);
    }
    if (blank) {
      return Result.rejected(Reject.NO_TEXT, "only whitespace (" + text.length() + " chars)");
    }
    return Result.decoded(text, charset, repairs);
  }

  private static boolean isControlChar(char c) {
    return c < 0x20 ? c != 0 && isControl(c) : (c == 0x7F || (c >= 0x80 && c < 0xA0));
  }

  /** C0 controls other than tab, LF, VT, FF, CR, and the DOS end-of-file mark; plus DEL. */
  private static boolean isControl(int b) {
    return (b < 0x20 && b != '\t' && b != '\n' && b != 0x0B && b != '\f' && b != '\r' && b != 0x1A) || b == 0x7F;
  }

  /** True when {@code s} has no visible character (Unicode spaces, zero-width marks and BOMs count as blank). */
  static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isBlankChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlankChar(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B' // zero-width space
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u200E' // LRM / RLM
        || c == '\u200F'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == 0x1A;
  }

  private static String percent(int part, int whole) {
    return Math.round(100.0 * part / whole) + "%";
  }

  private static Charset charsetOrNull(String name) {
    try {
      return Charset.forName(name);
    } catch (RuntimeException e) {
      return null; // unknown or illegal name: fall back to detection
    }
  }

  /** Byte order marks, longest first (the UTF-32LE mark starts with the UTF-16LE one). */
  private enum Bom {
    UTF32_BE(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, "UTF-32BE"),
    UTF32_LE(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "UTF-32LE"),
    UTF8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8"),
    UTF16_BE(new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16BE"),
    UTF16_LE(new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE");

    final byte[] mark;
    final int length;
    final Charset charset;

    Bom(byte[] mark, String charset) {
      this.mark = mark;
      this.length = mark.length;
      this.charset = Charset.forName(charset);
    }

    static Bom of(byte[] b) {
      outer:
      for (Bom bom : values()) {
        if (b.length < bom.length) {
          continue;
        }
        for (int i = 0; i < bom.length; i++) {
          if (b[i] != bom.mark[i]) {
            continue outer;
          }
        }
        return bom;
      }
      return null;
    }
  }
}
