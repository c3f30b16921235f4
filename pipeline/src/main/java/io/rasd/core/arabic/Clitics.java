package io.rasd.core.arabic;

import java.util.ArrayList;
import java.util.List;

/** Proclitic readings of a word, least stripped first (see {@link CliticSet}); computed once per word by {@link ArabicWord}. */
final class Clitics {
  private Clitics() {}

  static List<Reading> readings(String surface, String key, CliticSet set) {
    return set == CliticSet.NAME ? asWritten(surface, key, set) : folded(surface, key, set);
  }

  /** Readings found on the written word (see {@link CliticSet#NAME}); offsets are chars of the surface. */
  private static List<Reading> asWritten(String surface, String key, CliticSet set) {
    List<Reading> out = new ArrayList<>(4);
    out.add(new Reading(0, 0, key, false));
    int p = 0;
    int n = surface.length();
    for (String slot : new String[] {set.first, set.second}) {
      if (n - p <= CliticSet.MIN_STEM || slot.indexOf(surface.charAt(p)) < 0) continue;
      char clitic = surface.charAt(p);
      p++;
      out.add(new Reading(p, p, set.level.apply(surface.substring(p)), false));
      if (clitic == 'ل' && set.lamLam == CliticSet.LamLam.RESTORE_ARTICLE && n - p > CliticSet.MIN_STEM + 1
          && surface.charAt(p) == 'ل') {
        out.add(new Reading(p + 1, p + 1, "ال" + set.level.apply(surface.substring(p + 1)), false));
      }
    }
    return out;
  }

  /** Readings found on the folded key; offsets map back to the surface (marks after a clitic go with it). */
  private static List<Reading> folded(String surface, String key, CliticSet set) {
    List<Reading> out = new ArrayList<>(4);
    out.add(new Reading(0, 0, key, false));
    if (set.articleReadings) addWithoutArticle(out, surface, key, 0, set);
    int p = 0;
    for (String slot : new String[] {set.first, set.second}) {
      if (key.length() - p <= CliticSet.MIN_STEM || slot.indexOf(key.charAt(p)) < 0) continue;
      char clitic = key.charAt(p);
      p++;
      String rest = key.substring(p);
      out.add(new Reading(offset(surface, p, set.level), p, rest, false));
      if (set.articleReadings) addWithoutArticle(out, surface, rest, p, set);
      // ل + ال is written لل: the article's alef drops
      if (clitic == 'ل' && rest.length() > CliticSet.MIN_STEM + 1 && rest.charAt(0) == 'ل') {
        int at = offset(surface, p + 1, set.level);
        switch (set.lamLam) {
          case RESTORE_ARTICLE -> out.add(new Reading(at, p + 1, "ال" + rest.substring(1), false));
          case STRIP_ARTICLE -> out.add(new Reading(at, p + 1, rest.substring(1), true));
          default -> { }
        }
      }
    }
    return out;
  }

  /** A folded word without a leading article ال, when at least two letters remain (a lexicon entry's key). */
  static String withoutArticle(String folded) {
    return DefiniteArticle.strip(folded);
  }

  private static void addWithoutArticle(List<Reading> out, String surface, String s, int before, CliticSet set) {
    if (s.startsWith("ال") && s.length() > 3) {
      out.add(new Reading(offset(surface, before + 2, set.level), before + 2, s.substring(2), true));
    }
  }

  /** Offset in the surface after {@code letters} kept letters of the level (and the marks that follow them). */
  static int offset(String surface, int letters, Folding level) {
    int pos = 0;
    int seen = 0;
    while (pos < surface.length() && seen < letters) {
      if (level.fold(surface.charAt(pos)) != 0) seen++;
      pos++;
    }
    while (pos < surface.length() && level.fold(surface.charAt(pos)) == 0) pos++;
    return pos;
  }
}
