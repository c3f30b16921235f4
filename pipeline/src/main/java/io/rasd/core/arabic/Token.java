package io.rasd.core.arabic;

import java.util.List;

/**
 * A token of a text: {@code text.substring(start, end).equals(text())}, its type, its folded key {@code norm}
 * ({@link Folding#MATCH} for words; ASCII digits with their separators for digit runs; the character itself for
 * punctuation) and the {@link ArabicWord} analysis of its surface.
 */
public final class Token {
  public enum Type { WORD, DIGITS, PUNCT }

  private final ArabicWord word;
  private final int start;
  private final int end;
  private final Type type;
  private final String norm;

  Token(ArabicWord word, int start, int end, Type type, String norm) {
    this.word = word;
    this.start = start;
    this.end = end;
    this.type = type;
    this.norm = norm;
  }

  public String text() {
    return word.surface();
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  public Type type() {
    return type;
  }

  public String norm() {
    return norm;
  }

  public ArabicWord word() {
    return word;
  }

  public boolean isWord() {
    return type == Type.WORD;
  }

  public boolean isDigits() {
    return type == Type.DIGITS;
  }

  public boolean is(String normalized) {
    return norm.equals(normalized);
  }

  /** The word's readings through the proclitics of {@code set} (see {@link ArabicWord#readings}). */
  public List<Reading> readings(CliticSet set) {
    return word.readings(set);
  }

  @Override
  public String toString() {
    return text() + "@" + start + "-" + end + "/" + type;
  }
}
