package io.rasd.core.entities.gazetteer;

/**
 * A gazetteer alias found in a token sequence: tokens [{@code first}, {@code last}] inclusive; the name starts
 * {@code cliticLength} chars into the first token (after attached proclitics).
 */
public record GazetteerMatch(int first, int last, int cliticLength, GazetteerEntry entry, boolean weak) {
  public int length() {
    return last - first + 1;
  }
}
