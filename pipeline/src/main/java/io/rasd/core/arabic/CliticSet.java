package io.rasd.core.arabic;

/**
 * Which proclitics a reading of a word may strip, and at which folding level: up to two letters, one per slot
 * (a conjunction و ف, then a preposition ب ل ك), each leaving at least two letters. The named variants are the only
 * ones: a caller that needs fewer clitics uses a narrower variant, not a copy of the rule.
 */
public enum CliticSet {
  /**
   * Names (entities): و/ف then ب/ل/ك, read on the word as written and keyed at the {@link Folding#NAME} level;
   * ل + ال, written لل, is read with its article restored (للأمن → الامن). وبالرباط → وبالرباط, بالرباط, الرباط.
   * As written: a mark after a clitic ends the reading and marks count toward the two letters left (وَبالرباط →
   * بالرباط only), because the shipped name finder's features were computed so.
   */
  NAME(Folding.NAME, "وف", "بلك", false, LamLam.RESTORE_ARTICLE),
  /**
   * Lexicon words (claims): any two of و ف ب ل ك on the {@link Folding#MATCH} key, every reading also without its
   * article ال (marked definite); لل reads as the article (للمرشدات → مرشدات). والقبض → القبض, قبض.
   */
  LEXICON(Folding.MATCH, "وفبلك", "وفبلك", true, LamLam.STRIP_ARTICLE),
  /** Number words: as {@link #LEXICON} without ك (كمية is not ك + مية = 100) and without the article. */
  NUMBER(Folding.MATCH, "وفبل", "وفبل", false, LamLam.NONE);

  enum LamLam { NONE, RESTORE_ARTICLE, STRIP_ARTICLE }

  /** A stripped reading must keep this many letters. */
  static final int MIN_STEM = 2;

  final Folding level;
  final String first;
  final String second;
  final boolean articleReadings;
  final LamLam lamLam;

  CliticSet(Folding level, String first, String second, boolean articleReadings, LamLam lamLam) {
    this.level = level;
    this.first = first;
    this.second = second;
    this.articleReadings = articleReadings;
    this.lamLam = lamLam;
  }

  /** Whether {@code c} is a proclitic of this set's second slot (for {@link #NAME}: the prepositions ب ل ك). */
  public boolean isSecondClitic(char c) {
    return second.indexOf(c) >= 0;
  }

  /** Whether every character of a folded prefix is a proclitic of this set (و, بـ, فب …). */
  public boolean isProcliticPrefix(String folded) {
    if (folded.isEmpty() || folded.length() > 2) return false;
    for (int i = 0; i < folded.length(); i++) if ((i == 0 ? first : second).indexOf(folded.charAt(i)) < 0) return false;
    return true;
  }
}
