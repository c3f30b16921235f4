package io.rasd.core.arabic;

/**
 * The character table of the Arabic layer: letters, diacritics, tatweel, digits of three scripts, digit separators
 * and invisible controls. Every other class asks here what a character is.
 */
public final class ArabicChars {
  public static final char TATWEEL = '\u0640';

  private ArabicChars() {}

  /** Arabic letters (hamza to yeh, Persian/Urdu additions); tatweel and diacritics are not letters. */
  public static boolean isArabicLetter(char c) {
    return (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A')
        || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5';
  }

  /** Harakat, tanween, shadda, sukun, dagger alef and Quranic marks. */
  public static boolean isDiacritic(char c) {
    return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED');
  }

  /** The eight marks Lucene's Arabic normalizer removes (fathatan … sukun): the name level keeps the others. */
  static boolean isHaraka(char c) {
    return c >= '\u064B' && c <= '\u0652';
  }

  /** An alef carrying a hamza or madda (أ, إ, آ): a word's first letter that no root letter ل or ب stands before. */
  public static boolean isHamzaAlef(char c) {
    return c == '\u0623' || c == '\u0625' || c == '\u0622';
  }

  public static boolean isTatweel(char c) {
    return c == TATWEEL;
  }

  /** Zero-width (non-)joiners, direction marks and the BOM: never part of a token's key. */
  public static boolean isInvisible(char c) {
    return c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F' || c == '\uFEFF';
  }

  /** Zero-width (non-)joiner: kept inside a word when a word character follows. */
  static boolean isJoiner(char c) {
    return c == '\u200C' || c == '\u200D';
  }

  /** 0-9, Arabic-Indic ٠-٩ and Persian ۰-۹ as a value 0..9, else -1. */
  public static int digitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= '\u0660' && c <= '\u0669') return c - '\u0660';
    if (c >= '\u06F0' && c <= '\u06F9') return c - '\u06F0';
    return -1;
  }

  /** Separators a digit run keeps when a digit follows: , . and the Arabic thousands/decimal signs ٬ ٫. */
  static boolean isDigitSeparator(char c) {
    return c == ',' || c == '.' || c == '\u066C' || c == '\u066B';
  }

  /** A character of a word that is not one of the three digit scripts: any letter, mark or tatweel. */
  static boolean isLetterChar(char c) {
    return Character.isLetter(c) || isDiacritic(c) || isTatweel(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.isDigit(c) && digitValue(c) < 0;
  }

  public static boolean hasArabic(String s) {
    for (int i = 0; i < s.length(); i++) if (isArabicLetter(s.charAt(i))) return true;
    return false;
  }

  public static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
    return false;
  }

  /** Quotation marks of Arabic and Latin news: straight, guillemets, curly and low-9. */
  private static final String QUOTE_MARKS = "\"«»“”„";

  /** Whether a token is one quotation mark (a name in quotes: مجموعة "إرادة", الاتحاد الدولي «فيفا»). */
  public static boolean isQuoteMark(String token) {
    return token.length() == 1 && QUOTE_MARKS.indexOf(token.charAt(0)) >= 0;
  }
}
