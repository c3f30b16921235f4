package io.rasd.core.arabic;

/** The relative adjective (nisba) of a name: اليمنية → اليمن, الإيرانية → ايران, at the {@link Folding#NAME} level. */
public final class Nisba {
  private static final String FEMININE = "يه";
  private static final int MIN_BASE = 3;

  private Nisba() {}

  /**
   * The name a feminine nisba is formed on, without the article (اليمنيه → يمن, الايرانيه → ايران), or null when the
   * word (name level) is none.
   */
  public static String base(String nameKey) {
    String w = Clitics.withoutArticle(nameKey);
    if (!w.endsWith(FEMININE) || w.length() - FEMININE.length() < MIN_BASE) return null;
    return w.substring(0, w.length() - FEMININE.length());
  }
}
