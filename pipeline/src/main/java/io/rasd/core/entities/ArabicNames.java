package io.rasd.core.entities;

import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;

/** Matching keys for Arabic names: Lucene's normalizer (hamza-alef, taa marbuta, alef maqsura, diacritics) plus case folding. */
public final class ArabicNames {
  private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
  private static final ArabicStemmer STEMMER = new ArabicStemmer();

  private ArabicNames() {}

  /** Normalized key of a word or phrase; whitespace collapsed, Latin lower-cased. */
  public static String normalize(String s) {
    // Tokens repeat (Zipf): remembering the normalized form of short strings saves most of the work.
    if (s.length() > MAX_CACHED_LENGTH) {
      return compute(s);
    }
    String cached = CACHE.get(s);
    if (cached == null) {
      cached = compute(s);
      if (CACHE.size() < MAX_CACHED) {
        CACHE.put(s, cached);
      }
    }
    return cached;
  }

  private static final int MAX_CACHED = 500_000;
  private static final int MAX_CACHED_LENGTH = 40;
  private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String compute(String s) {
    char[] buf = s.toCharArray();
    int len = NORMALIZER.normalize(buf, buf.length);
    StringBuilder out = new StringBuilder(len);
    boolean space = false;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
        continue;
      }
      if (c == '\u200c' || c == '\u200d' || c == '\u200e' || c == '\u200f') continue;
      if (space) out.append(' ');
      space = false;
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Light stem of a normalized word: a feature only, it over-stems names. */
  public static String stem(String normalizedWord) {
    char[] buf = normalizedWord.toCharArray();
    int len = STEMMER.stem(buf, buf.length);
    return new String(buf, 0, len);
  }

  /** Surface form without diacritics and tatweel but with hamza kept: "راي" must not match "رأي". */
  public static String strictForm(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u0640' || (c >= '\u064b' && c <= '\u0652')) continue;
      out.append(c);
    }
    return out.toString();
  }

  public static boolean isArabicLetter(char c) {
    return (c >= '\u0621' && c <= '\u064a') || (c >= '\u0671' && c <= '\u06d3');
  }

  public static boolean hasArabic(String s) {
    for (int i = 0; i < s.length(); i++) if (isArabicLetter(s.charAt(i))) return true;
    return false;
  }
}
