package io.rasd.core.entities.gazetteer;

import io.rasd.core.ResourceLines;
import io.rasd.core.arabic.Folding;
import java.util.Set;
import java.util.stream.Collectors;

/** A resource file of words, one per line ('#' comments), loaded at the name folding level. */
public final class WordList {
  private WordList() {}

  public static Set<String> load(String resource) {
    return ResourceLines.read(resource).stream().map(Folding.NAME::apply).collect(Collectors.toUnmodifiableSet());
  }
}
