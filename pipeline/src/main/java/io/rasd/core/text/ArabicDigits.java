package io.rasd.core.text;

/** Maps Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII, keeping the string length (offsets stay valid). */
public final class ArabicDigits {
  private ArabicDigits() {}

  public static String toAscii(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char mapped = toAscii(c);
      if (mapped != c) {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = mapped;
      }
    }
    return out == null ? s : new String(out);
  }

  public static char toAscii(char c) {
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return (char) ('0' + (c - '\u06F0'));
    }
    return c;
  }
}
