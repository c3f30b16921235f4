package io.rasd.core.entities;

import io.rasd.core.ResourceLines;
import java.util.Set;
import java.util.stream.Collectors;

/** A resource file of words, one per line ('#' comments), loaded as normalized forms. */
final class WordList {
  private WordList() {}

  static Set<String> load(String resource) {
    return ResourceLines.read(resource).stream().map(ArabicNames::normalize).collect(Collectors.toUnmodifiableSet());
  }
}
