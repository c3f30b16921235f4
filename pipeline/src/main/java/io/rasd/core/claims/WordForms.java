package io.rasd.core.claims;

import java.util.ArrayList;
import java.util.List;

/** Proclitic and article stripping of folded words: the shapes a lexicon lookup tries, least stripped first. */
final class WordForms {
  private static final String PROCLITICS = "وفبلك";

  private WordForms() {}

  /** A stripped shape and whether the article ال was removed to get it. */
  record Variant(String form, boolean definite, int strippedLetters) {}

  static List<Variant> variants(String norm) {
    List<Variant> out = new ArrayList<>(6);
    out.add(new Variant(norm, false, 0));
    addArticleStripped(out, norm, 0);
    for (int p = 1; p <= 2 && p < norm.length() - 1; p++) {
      if (PROCLITICS.indexOf(norm.charAt(p - 1)) < 0) break;
      String rest = norm.substring(p);
      out.add(new Variant(rest, false, p));
      addArticleStripped(out, rest, p);
      // ل + ال is written لل (للمرشدات)
      if (norm.charAt(p - 1) == 'ل' && rest.startsWith("ل") && rest.length() > 3) {
        out.add(new Variant(rest.substring(1), true, p + 1));
      }
    }
    return out;
  }

  private static void addArticleStripped(List<Variant> out, String s, int before) {
    if (s.startsWith("ال") && s.length() > 3) out.add(new Variant(s.substring(2), true, before + 2));
  }

  /** The lookup key of a lexicon entry: folded, with a leading article removed. */
  static String key(String norm) {
    return norm.startsWith("ال") && norm.length() > 3 ? norm.substring(2) : norm;
  }
}
