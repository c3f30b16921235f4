package io.rasd.core.entities.grammar;

import io.rasd.core.entities.gazetteer.GazetteerEntry;

/**
 * A name found in an article before linking: tokens [first, last] of the article, the name starting
 * {@code cliticLength} chars into the first token; {@code entry} is set when it came from the gazetteer,
 * {@code grammar} when from {@link NameGrammar} (whose proclitics are already cut).
 */
public record NameCandidate(int first, int last, int cliticLength, String type, GazetteerEntry entry, String lookupKey,
    boolean grammar) {
  public NameCandidate(int first, int last, int cliticLength, String type, GazetteerEntry entry, String lookupKey) {
    this(first, last, cliticLength, type, entry, lookupKey, false);
  }

  public boolean overlaps(NameCandidate o) {
    return first <= o.last && o.first <= last;
  }

  public boolean contains(NameCandidate o) {
    return first <= o.first && o.last <= last;
  }

  public int length() {
    return last - first + 1;
  }
}
