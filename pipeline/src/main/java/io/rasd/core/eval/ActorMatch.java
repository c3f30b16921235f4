package io.rasd.core.eval;

import io.rasd.core.arabic.DefiniteArticle;
import io.rasd.core.arabic.Folding;

/**
 * Whether a predicted actor names the gold actor: after folding (hamza seats, taa marbuta, alef maqsura,
 * diacritics), dropping punctuation and a leading article ال of each word, the words of one are a run of whole
 * words inside the other (الشرطة ~ شرطة محافظة ضباء; السلطات التركية ~ السلطات). An empty actor never matches.
 */
public final class ActorMatch {
  private ActorMatch() {}

  public static boolean matches(String gold, String predicted) {
    if (gold == null || predicted == null) return false;
    String g = key(gold);
    String p = key(predicted);
    if (g.isBlank() || p.isBlank()) return false;
    return (" " + g + " ").contains(" " + p + " ") || (" " + p + " ").contains(" " + g + " ");
  }

  static String key(String actor) {
    StringBuilder b = new StringBuilder();
    for (String word : Folding.MATCH.apply(actor).split("[^\\p{L}\\p{N}]+")) {
      if (word.isEmpty()) continue;
      String w = DefiniteArticle.strip(word);
      if (b.length() > 0) b.append(' ');
      b.append(w);
    }
    return b.toString();
  }
}
