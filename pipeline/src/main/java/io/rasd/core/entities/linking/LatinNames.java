package io.rasd.core.entities.linking;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Map;

/**
 * Latin spellings of Arabic names outside the gazetteer: ICU's Arabic-Latin then Latin-ASCII, capitalized per word.
 * Vowel-less (محمد → Mhmd), so curated gazetteer names always win. Thread-safe.
 */
public final class LatinNames {
  private final Transliterator transliterator = Transliterator.getInstance("Arabic-Latin; Latin-ASCII");
  private final Map<String, String> latinWords = new HashMap<>();

  public synchronized String of(String arabic) {
    // Word by word through a cache: ICU's rule-based transliterator is slow and names share most of their words.
    StringBuilder words = new StringBuilder(arabic.length());
    for (String word : arabic.split(" ")) {
      if (!word.isEmpty()) {
        words.append(words.length() > 0 ? " " : "").append(latinWords.computeIfAbsent(word, transliterator::transliterate));
      }
    }
    String latin = words.toString().strip();
    StringBuilder out = new StringBuilder(latin.length());
    boolean start = true;
    for (char c : latin.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-';
    }
    return out.toString();
  }
}
