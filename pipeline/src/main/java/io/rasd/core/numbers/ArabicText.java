package io.rasd.core.numbers;

/** Character-level Arabic normalization shared by the number parser and the claim extractor. */
public final class ArabicText {
  private ArabicText() {}

  /** Harakat, tanween, shadda, sukun, dagger alef and Quranic marks: dropped when normalizing. */
  public static boolean isDiacritic(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED');
  }

  public static boolean isTatweel(char c) {
    return c == '\u0640';
  }

  public static boolean isArabicLetter(char c) {
    return (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A')
        || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5';
  }

  /** 0-9, Arabic-Indic ٠-٩ and Persian ۰-۹ as a value 0..9, else -1. */
  public static int digitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= '\u0660' && c <= '\u0669') return c - '\u0660';
    if (c >= '\u06F0' && c <= '\u06F9') return c - '\u06F0';
    return -1;
  }

  /**
   * One letter folded to its spelling-variant class (hamza seats to bare alef / yaa / waw, taa marbuta to haa,
   * alef maqsura to yaa, Persian kaf/yeh to Arabic), or 0 when the char is dropped (diacritic, tatweel).
   */
  public static char fold(char c) {
    if (isDiacritic(c) || isTatweel(c)) return 0;
    switch (c) {
      case 'أ': case 'إ': case 'آ': case 'ٱ': return 'ا';
      case 'ى': case 'ئ': case 'ی': return 'ي';
      case 'ة': return 'ه';
      case 'ؤ': return 'و';
      case 'ک': return 'ك';
      default: return Character.toLowerCase(c);
    }
  }

  /** Folded form of a whole string (lexicon entries and tokens go through the same function). */
  public static String normalize(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char f = fold(s.charAt(i));
      if (f != 0) b.append(f);
    }
    return b.toString();
  }
}
