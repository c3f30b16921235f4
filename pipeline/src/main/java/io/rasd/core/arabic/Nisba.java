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

  /**
   * The names a relative adjective of either gender may be formed on (name level, article removed): the stem without
   * -ي/-يه, with ا or يا added (الهولندي → هولند, هولندا; الليبيه → ليبيا) and with ه (المكي → مكه): the
   * caller looks them up among place names to tell a gentilic (الكندية) from other adjectives (الديمقراطية). Empty
   * when the word does not end so or the stem is shorter than three letters.
   */
  public static java.util.List<String> possibleBases(String nameKey) {
    String w = Clitics.withoutArticle(nameKey);
    String stem = w.endsWith(FEMININE) ? w.substring(0, w.length() - FEMININE.length())
        : w.endsWith("ي") ? w.substring(0, w.length() - 1) : null;
    if (stem == null || stem.length() < MIN_BASE) return java.util.List.of();
    return java.util.List.of(stem, stem + "ا", stem + "يا", stem + "ه");
  }
}
