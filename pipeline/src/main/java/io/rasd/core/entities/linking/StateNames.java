package io.rasd.core.entities.linking;

import io.rasd.core.ResourceLines;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.Folding;
import io.rasd.core.arabic.Nisba;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The long form of a state's name: a head of {@code entities/linking/state-heads.txt} (جمهورية, مملكة …) and
 * adjectives, one of them the nisba of the state's name (الجمهورية اليمنية → اليمن, الجمهورية الإسلامية الإيرانية →
 * إيران).
 */
final class StateNames {
  private static final Set<String> HEADS = ResourceLines.read("/entities/linking/state-heads.txt").stream()
      .map(Folding.NAME::apply).collect(Collectors.toUnmodifiableSet());

  private StateNames() {}

  /**
   * The names (name level, without the article) that the adjectives of a state's long form are the nisba of; empty
   * when the words (name level) are no such form.
   */
  static Set<String> bases(List<String> words) {
    Set<String> out = new TreeSet<>();
    if (words.size() < 2 || !HEADS.contains(ArabicWord.withoutArticle(words.get(0)))) return out;
    for (String w : words.subList(1, words.size())) {
      String base = Nisba.base(w);
      if (base != null) out.add(base);
    }
    return out;
  }
}
