package io.rasd.core.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words (letters, digits, Arabic marks and tatweel) and single punctuation characters, the way
 * ANERcorp is tokenized, and groups tokens into sentences.
 */
public final class ArabicTokenizer {
  private ArabicTokenizer() {}

  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || isInvisible(c)) {
        i++;
      } else if (isWordChar(c)) {
        int j = i + 1;
        while (j < n && (isWordChar(text.charAt(j)) || isInnerJoiner(text, j))) j++;
        tokens.add(new Token(text.substring(i, j), i, j));
        i = j;
      } else {
        int j = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
        tokens.add(new Token(text.substring(i, j), i, j));
        i = j;
      }
    }
    return tokens;
  }

  /** Sentences as token lists: see {@link #sentenceRanges}. */
  public static List<List<Token>> sentences(String text) {
    List<Token> tokens = tokenize(text);
    List<List<Token>> out = new ArrayList<>();
    for (int[] r : sentenceRanges(text, tokens)) out.add(tokens.subList(r[0], r[1]));
    return out;
  }

  /**
   * Sentence boundaries as token index ranges [from, to): sentences end at . ! ? ؟ and at line breaks (ANERcorp
   * itself only marks sentence ends with '.').
   */
  public static List<int[]> sentenceRanges(String text, List<Token> tokens) {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (i > from && text.substring(tokens.get(i - 1).end(), t.start()).indexOf('\n') >= 0) {
        out.add(new int[] {from, i});
        from = i;
      }
      if (isSentenceEnd(t.text())) {
        out.add(new int[] {from, i + 1});
        from = i + 1;
      }
    }
    if (from < tokens.size()) out.add(new int[] {from, tokens.size()});
    return out;
  }

  public static boolean isSentenceEnd(String token) {
    return token.equals(".") || token.equals("!") || token.equals("?") || token.equals("؟");
  }

  static boolean isWordChar(char c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || c == '\u0640';
  }

  private static boolean isInvisible(char c) {
    return c == '\u200c' || c == '\u200d' || c == '\u200e' || c == '\u200f' || c == '\ufeff';
  }

  /** Zero-width joiners inside a word stay in it. */
  private static boolean isInnerJoiner(String text, int j) {
    return (text.charAt(j) == '\u200c' || text.charAt(j) == '\u200d')
        && j + 1 < text.length() && isWordChar(text.charAt(j + 1));
  }
}
