package io.rasd.core.numbers;

/**
 * A token of an article: {@code [start,end)} in the original text, {@code norm} its folded form (digits as ASCII,
 * separators kept).
 */
public record Token(int start, int end, String norm, Type type) {
  public enum Type { WORD, DIGITS, PUNCT }

  public boolean isWord() {
    return type == Type.WORD;
  }

  public boolean isDigits() {
    return type == Type.DIGITS;
  }

  public boolean is(String normalized) {
    return norm.equals(normalized);
  }
}
