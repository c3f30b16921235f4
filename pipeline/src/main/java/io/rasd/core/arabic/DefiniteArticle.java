package io.rasd.core.arabic;

/**
 * The definite article ال and its spellings behind a proclitic (لل… for ل + ال, وال… for و + ال): the one place that
 * knows them. Every method takes a word already folded (any {@link Folding} level keeps ا and ل as written) unless
 * its name says surface.
 */
public final class DefiniteArticle {
  private static final String AL = "ال";

  private DefiniteArticle() {}

  /** The word begins with the article as written (الأمن, الله — a caller that needs a stem checks the rest). */
  public static boolean starts(String word) {
    return word.startsWith(AL);
  }

  /** The surface word has the article at {@code offset} (the start of a clitic reading). */
  public static boolean startsAt(String surface, int offset) {
    return surface.startsWith(AL, offset);
  }

  /** The word without its article when at least two letters remain (الخلايا → خلايا, الصف → صف, ال stays). */
  public static String strip(String word) {
    return strip(word, 2);
  }

  /**
   * The word without its article when at least {@code minStem} letters remain: names keep a short remainder whole
   * (a three-letter minimum keeps العد from becoming عد).
   */
  public static String strip(String word, int minStem) {
    return word.startsWith(AL) && word.length() - AL.length() >= minStem ? word.substring(AL.length()) : word;
  }

  /**
   * The word as its definite lookup form, or null when it is indefinite: ال… as it is (at least two letters
   * after the article), لل… → ال… (للأمن → الأمن), وال… → ال… (والتعاون → التعاون).
   */
  public static String lookupForm(String word) {
    if (word.startsWith(AL) && word.length() >= 4) return word;
    if (word.startsWith("لل") && word.length() >= 5) return AL + word.substring(2);
    if (word.startsWith("و" + AL) && word.length() >= 6) return word.substring(1);
    return null;
  }

  /** The surface word with its article restored or its conjunction dropped: للأمن → الأمن, والتعاون → التعاون. */
  public static String surfaceForm(String surface) {
    if (surface.startsWith("لل")) return AL + surface.substring(2);
    if (surface.startsWith("و" + AL)) return surface.substring(1);
    return surface;
  }

  /** ل + ال written لل (للهيئة): the article's alef is not written. */
  public static boolean isLamAl(String word) {
    return word.startsWith("لل");
  }

  /** و + ال (والتعاون). */
  public static boolean isWaAl(String word) {
    return word.startsWith("و" + AL);
  }
}
