package io.rasd.core.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Character-level cleaning shared by every input: Unicode NFC, no tatweel, no invisible controls, one kind of quote,
 * single spaces inside a line. Line breaks are kept: paragraphs are decided later.
 */
public final class TextNormalizer {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private TextNormalizer() {}

  public static String normalize(String text) {
    String nfc = NFC.normalize(text);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean pendingSpace = false;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c == '\n') {
        pendingSpace = false;
        trimTrailingSpace(out);
        out.append('\n');
        continue;
      }
      if (isDropped(c)) {
        continue;
      }
      if (isSpace(c)) {
        pendingSpace = out.length() > 0 && out.charAt(out.length() - 1) != '\n';
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(unifyQuote(c));
    }
    trimTrailingSpace(out);
    return out.toString();
  }

  /** Tatweel, zero-width and bidi controls, soft hyphen, BOM and other C0/C1 controls carry no text. */
  static boolean isDropped(char c) {
    return c == '\u0640' // tatweel
        || (c >= '\u200B' && c <= '\u200F') // zero-width space/joiners, LRM, RLM
        || (c >= '\u202A' && c <= '\u202E') // bidi embeddings and overrides
        || (c >= '\u2060' && c <= '\u2069') // word joiner, invisible operators, bidi isolates
        || c == '\uFEFF'
        || c == '\u00AD'
        || c == '\u061C' // Arabic letter mark
        || (c < 0x20 && c != '\t' && c != '\n')
        || (c >= 0x7F && c <= 0x9F);
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u3000'
        || (c >= '\u2000' && c <= '\u200A');
  }

  static char unifyQuote(char c) {
    return switch (c) {
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033', '\uFF02' -> '"';
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2039', '\u203A' -> '\'';
      default -> c;
    };
  }

  private static void trimTrailingSpace(StringBuilder out) {
    int n = out.length();
    while (n > 0 && out.charAt(n - 1) == ' ') {
      n--;
    }
    out.setLength(n);
  }
}
