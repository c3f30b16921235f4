package io.rasd.core.arabic;

import java.util.List;

/**
 * What the layer knows about one written word: its keys at each folding level and its proclitic readings, each
 * computed once (an article shares one instance among all tokens spelled alike). Not thread-safe: readings are
 * filled in lazily by the one thread that analyses the article.
 */
public final class ArabicWord {
  private final String surface;
  private final String nameKey;
  private final String matchKey;
  private final boolean arabic;
  @SuppressWarnings("unchecked")
  private final List<Reading>[] readings = new List[CliticSet.values().length];
  private String displayKey;

  private ArabicWord(String surface) {
    this.surface = surface;
    this.nameKey = Folding.NAME.apply(surface);
    this.matchKey = Folding.MATCH.apply(surface);
    this.arabic = ArabicChars.hasArabic(surface);
  }

  public static ArabicWord of(String surface) {
    return new ArabicWord(surface);
  }

  public String surface() {
    return surface;
  }

  /** {@link Folding#NAME} key. */
  public String nameKey() {
    return nameKey;
  }

  /** {@link Folding#MATCH} key. */
  public String matchKey() {
    return matchKey;
  }

  /** {@link Folding#DISPLAY} form. */
  public String displayKey() {
    if (displayKey == null) displayKey = Folding.DISPLAY.apply(surface);
    return displayKey;
  }

  public boolean hasArabic() {
    return arabic;
  }

  /** Readings through the proclitics of {@code set}, least stripped first; the first is the whole word. */
  public List<Reading> readings(CliticSet set) {
    List<Reading> r = readings[set.ordinal()];
    if (r == null) {
      r = List.copyOf(Clitics.readings(surface, set.level == Folding.NAME ? nameKey : matchKey, set));
      readings[set.ordinal()] = r;
    }
    return r;
  }

  /** The name key with every {@link CliticSet#NAME} proclitic stripped (وبالرباط → الرباط). */
  public String stripped() {
    List<Reading> r = readings(CliticSet.NAME);
    return r.get(r.size() - 1).form();
  }

  /** A folded lexicon entry without its leading article: how word lists are keyed (الخلايا → خلايا). */
  public static String withoutArticle(String folded) {
    return Clitics.withoutArticle(folded);
  }

  @Override
  public String toString() {
    return surface;
  }
}
