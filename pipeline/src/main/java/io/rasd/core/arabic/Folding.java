package io.rasd.core.arabic;

import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * The one folding policy, in three nested levels (each folds what the one before it does, and more); every level
 * drops tatweel and invisible controls and collapses whitespace to single spaces.
 *
 * <ul>
 *   <li>{@link #DISPLAY}: diacritics gone, letters as written — أمن ≠ امن, "رأي" ≠ "راي" (a person's short form
 *       must match as written: رأي is "opinion", راي a name);
 *   <li>{@link #NAME}: the key of names, gazetteer aliases and name-finder features: أ إ آ → ا, ى → ي, ة → ه,
 *       Latin lower-cased; hamza on waw/yaa kept (مسؤول, رئيس), as the shipped name finder was trained on it —
 *       إدارةٌ → اداره, Musa → musa;
 *   <li>{@link #MATCH}: the key of lexicon words (triggers, nouns, qualifiers, number words): also ؤ → و, ئ → ي,
 *       ٱ → ا, Persian ی/ک → ي/ك and every Quranic mark dropped — مسؤولين → مسوولين, رئيس → رييس, إحدى → احدي.
 * </ul>
 *
 * The light stem ({@link #stem}) is Lucene's Arabic stemmer over the name level: a feature only, it over-stems names.
 */
public enum Folding {
  DISPLAY,
  NAME,
  MATCH;

  /** Stateless, so one instance serves every thread. */
  private static final ArabicStemmer STEMMER = new ArabicStemmer();

  /** One character at this level, or 0 when it is dropped. */
  public char fold(char c) {
    if (ArabicChars.isTatweel(c) || ArabicChars.isInvisible(c)) return 0;
    switch (this) {
      case DISPLAY:
        return ArabicChars.isDiacritic(c) ? 0 : c;
      case NAME:
        if (ArabicChars.isHaraka(c)) return 0;
        switch (c) {
          case 'أ': case 'إ': case 'آ': return 'ا';
          case 'ى': return 'ي';
          case 'ة': return 'ه';
          default: return c; // lower-cased with the whole string, as Lucene-based keys were
        }
      default:
        if (ArabicChars.isDiacritic(c)) return 0;
        switch (c) {
          case 'أ': case 'إ': case 'آ': case 'ٱ': return 'ا';
          case 'ى': case 'ئ': case 'ی': return 'ي';
          case 'ة': return 'ه';
          case 'ؤ': return 'و';
          case 'ک': return 'ك';
          default: return lowerCase(c);
        }
    }
  }

  /** A word or phrase at this level: folded characters, whitespace runs as one space, no leading/trailing space. */
  public String apply(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    boolean cased = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
        continue;
      }
      char f = fold(c);
      if (f == 0) continue;
      if (space) out.append(' ');
      space = false;
      out.append(f);
      if (!cased && this == NAME) cased = hasLowerCase(f);
    }
    // toLowerCase walks the string by code point even when nothing changes: only when some character has a case
    return cased ? out.toString().toLowerCase(Locale.ROOT) : out.toString();
  }

  /** {@link Character#toLowerCase(char)}, without its table lookups for ASCII and Arabic (most of every text). */
  private static char lowerCase(char c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    if (c >= 0x0600 && c <= 0x06FF) return c;
    return Character.toLowerCase(c);
  }

  /**
   * Whether {@link String#toLowerCase} could change a string holding {@code c}: a character with a lower-case
   * mapping, or half of a surrogate pair (a supplementary letter may have one). Arabic letters have none.
   */
  private static boolean hasLowerCase(char c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    if (c >= 0x0600 && c <= 0x06FF) return false;
    return Character.isSurrogate(c) || Character.toLowerCase(c) != c;
  }

  /**
   * Between {@link #DISPLAY} and {@link #NAME}: diacritics, tatweel and controls gone and أ إ آ → ا, nothing else —
   * على and علي, مدرسة and مدرسه stay apart (the organization grammar's stop words and gentilic endings).
   */
  public static String alefOnly(String s) {
    String d = DISPLAY.apply(s);
    return d.indexOf('أ') < 0 && d.indexOf('إ') < 0 && d.indexOf('آ') < 0
        ? d
        : d.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
  }

  /** Light stem of a word already at the {@link #NAME} level (Lucene's ArabicStemmer: prefixes ال و… and suffixes). */
  public static String stem(String nameKey) {
    char[] buf = nameKey.toCharArray();
    int len = STEMMER.stem(buf, buf.length);
    return new String(buf, 0, len);
  }
}
