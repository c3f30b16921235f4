package io.rasd.core.entities.linking;

import io.rasd.core.arabic.ArabicChars;
import io.rasd.core.arabic.DefiniteArticle;
import io.rasd.core.arabic.Folding;
import io.rasd.core.entities.gazetteer.WordList;
import java.util.Set;

/**
 * The cross-article similarity rule for names the gazetteer does not know: the spellings of a foreign name in Arabic
 * differ in the g sound (فاغنر/فاجنر), in a long vowel written or not (وليام/ويليام) or swapped (بورنز/بيرنز), and in
 * the article. Words listed in {@code entities/stable-names.txt} (Arabic names whose spelling is fixed, e.g. محمد ≠
 * محمود, سعد ≠ سعيد) never become one another, and words under 5 letters take no vowel edit.
 */
public final class NameVariants {
  public static final String RESOURCE = "/entities/stable-names.txt";
  private static volatile NameVariants shared;

  private static final int MIN_VOWEL_EDIT_LENGTH = 5;

  private final Set<String> stableWords;

  public NameVariants(Set<String> stableWords) {
    this.stableWords = stableWords;
  }

  public static NameVariants fromResources() {
    NameVariants v = shared;
    if (v == null) {
      synchronized (NameVariants.class) {
        if (shared == null) {
          Set<String> words = WordList.load(RESOURCE);
          shared = new NameVariants(words);
        }
        v = shared;
      }
    }
    return v;
  }

  /**
   * Bucket key of a name: word by word, the g sound folded, the article dropped and inner long vowels removed. Names
   * that can be one share it (it is coarser than the rule); {@link #sameName} decides.
   */
  public String skeleton(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : words(name)) {
      if (out.length() > 0) out.append(' ');
      out.append(ArabicChars.hasArabic(word) ? consonants(fold(word)) : word);
    }
    return out.toString();
  }

  /**
   * The similarity rule: same number of words, and each pair of words equal once the g sound and the article are
   * folded, or one long vowel inserted, deleted or swapped ({@link #oneVowelApart}) — unless both words are
   * listed as stable: two established spellings are two names (محمد/محمود).

   */
  public boolean sameName(String a, String b) {
    String[] wa = words(a);
    String[] wb = words(b);
    if (wa.length != wb.length) return false;
    for (int i = 0; i < wa.length; i++) {
      if (wa[i].equals(wb[i])) continue;
      if (!ArabicChars.hasArabic(wa[i]) || !ArabicChars.hasArabic(wb[i])) return false;
      String fa = fold(wa[i]);
      String fb = fold(wb[i]);
      if (fa.equals(fb)) continue;
      boolean bothStable = stableWords.contains(wa[i]) && stableWords.contains(wb[i]);
      if (bothStable || !oneVowelApart(fa, fb)) return false;
    }
    return true;
  }

  private static String[] words(String name) {
    String n = Folding.NAME.apply(name);
    return n.isEmpty() ? new String[0] : n.split(" ");
  }

  /** The g sound (غ/ج/گ) and ڤ/پ folded; the article ال dropped. */
  static String fold(String word) {
    String w = DefiniteArticle.strip(word, 3);
    StringBuilder out = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      out.append(switch (w.charAt(i)) {
        case 'غ', 'ج', 'گ' -> 'G';
        case 'ڤ' -> 'ف';
        case 'پ' -> 'ب';
        default -> w.charAt(i);
      });
    }
    return out.toString();
  }

  /** Inner long vowels removed (first and last letters kept). */
  static String consonants(String folded) {
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (i > 0 && i < folded.length() - 1 && isVowel(c)) continue;
      out.append(c);
    }
    return out.toString();
  }

  /**
   * One long vowel inserted or deleted, or و/ي swapped, inside words of 5+ letters (shorter words are too often
   * different names: دينا/ديانا, كمال/كامل; ا↔و changes the pattern: المنارة/المنورة).
   */
  static boolean oneVowelApart(String a, String b) {
    if (Math.min(a.length(), b.length()) < MIN_VOWEL_EDIT_LENGTH) return false;
    if (a.length() == b.length()) {
      int diff = -1;
      for (int i = 0; i < a.length(); i++) {
        if (a.charAt(i) != b.charAt(i)) {
          if (diff >= 0) return false;
          diff = i;
        }
      }
      return diff > 0 && diff < a.length() - 1 && isWawOrYa(a.charAt(diff)) && isWawOrYa(b.charAt(diff));
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = a.length() > b.length() ? b : a;
    if (longer.length() != shorter.length() + 1) return false;
    for (int i = 1; i < longer.length() - 1; i++) {
      if (isVowel(longer.charAt(i)) && (longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) return true;
    }
    return false;
  }

  private static boolean isWawOrYa(char c) {
    return c == 'و' || c == 'ي';
  }

  private static boolean isVowel(char c) {
    return c == 'ا' || c == 'و' || c == 'ي';
  }
}
