package io.rasd.core.arabic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one tokenizer: words (Arabic, Latin, acronyms; marks and tatweel inside them), digit runs of the three scripts
 * with their inner separators (2,009 · ٣٫٥), and single punctuation characters, with exact offsets. Letters glued to
 * digits (و٣٥, بـ12, F16) are two tokens. {@link #nameFinderWords} regroups the same tokens the way the name finder's
 * training corpus (ANERcorp) writes words.
 */
public final class Tokenizer {
  private Tokenizer() {}

  /** Tokens of a text, each word analysed once per distinct spelling. */
  public static List<Token> tokenize(String text) {
    return tokenize(text, new HashMap<>());
  }

  static List<Token> tokenize(String text, Map<String, ArabicWord> words) {
    List<Token> out = new ArrayList<>(text.length() / 5 + 4);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int s = i;
      if (Character.isWhitespace(c) || ArabicChars.isInvisible(c)) {
        i++;
      } else if (ArabicChars.digitValue(c) >= 0) {
        StringBuilder b = new StringBuilder();
        while (i < n) {
          char d = text.charAt(i);
          int v = ArabicChars.digitValue(d);
          if (v >= 0) {
            b.append((char) ('0' + v));
          } else if (ArabicChars.isDigitSeparator(d) && i + 1 < n && ArabicChars.digitValue(text.charAt(i + 1)) >= 0) {
            b.append(d);
          } else {
            break;
          }
          i++;
        }
        out.add(new Token(word(words, text.substring(s, i)), s, i, Token.Type.DIGITS, b.toString()));
      } else if (ArabicChars.isLetterChar(c)) {
        while (i < n && (ArabicChars.isLetterChar(text.charAt(i)) || isInnerJoiner(text, i))) i++;
        ArabicWord w = word(words, text.substring(s, i));
        // a run of only tatweel/diacritics folds to nothing: punctuation, so offsets stay covered
        out.add(new Token(w, s, i, w.matchKey().isEmpty() ? Token.Type.PUNCT : Token.Type.WORD, w.matchKey()));
      } else {
        i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
        String p = text.substring(s, i);
        out.add(new Token(word(words, p), s, i, Token.Type.PUNCT, p));
      }
    }
    return out;
  }

  /**
   * The tokens regrouped as ANERcorp words, the name finder's input: adjacent word and digit tokens form one word
   * (بـ12, F16) and a digit run's separators stand apart (2,009 → 2 , 009); punctuation tokens are unchanged.
   */
  static List<Token> nameFinderWords(String text, List<Token> tokens, Map<String, ArabicWord> words) {
    List<int[]> pieces = new ArrayList<>(tokens.size() + 8); // {start, end, 1 if part of a word}
    for (Token t : tokens) {
      if (t.isDigits() && t.norm().length() > 1) {
        int s = t.start();
        for (int i = t.start(); i < t.end(); i++) {
          if (ArabicChars.digitValue(text.charAt(i)) >= 0) continue;
          if (i > s) pieces.add(new int[] {s, i, 1});
          pieces.add(new int[] {i, i + 1, 0});
          s = i + 1;
        }
        if (s < t.end()) pieces.add(new int[] {s, t.end(), 1});
      } else {
        boolean wordPart = t.type() != Token.Type.PUNCT || ArabicChars.isLetterChar(t.text().charAt(0));
        pieces.add(new int[] {t.start(), t.end(), wordPart ? 1 : 0});
      }
    }
    List<Token> out = new ArrayList<>(pieces.size());
    int ti = 0;
    for (int k = 0; k < pieces.size(); k++) {
      int[] p = pieces.get(k);
      int end = p[1];
      while (p[2] == 1 && k + 1 < pieces.size() && pieces.get(k + 1)[2] == 1 && pieces.get(k + 1)[0] == end) {
        end = pieces.get(++k)[1];
      }
      while (ti < tokens.size() && tokens.get(ti).start() < p[0]) ti++;
      Token same = ti < tokens.size() ? tokens.get(ti) : null;
      if (same != null && same.start() == p[0] && same.end() == end) {
        out.add(same);
      } else {
        out.add(p[2] == 1 ? regrouped(text, p[0], end, words)
            : new Token(word(words, text.substring(p[0], end)), p[0], end, Token.Type.PUNCT, text.substring(p[0], end)));
      }
    }
    return out;
  }

  private static Token regrouped(String text, int start, int end, Map<String, ArabicWord> words) {
    ArabicWord w = word(words, text.substring(start, end));
    boolean digits = true;
    for (int i = start; i < end && digits; i++) digits = ArabicChars.digitValue(text.charAt(i)) >= 0;
    if (digits) {
      StringBuilder b = new StringBuilder(end - start);
      for (int i = start; i < end; i++) b.append((char) ('0' + ArabicChars.digitValue(text.charAt(i))));
      return new Token(w, start, end, Token.Type.DIGITS, b.toString());
    }
    return new Token(w, start, end, w.matchKey().isEmpty() ? Token.Type.PUNCT : Token.Type.WORD, w.matchKey());
  }

  private static ArabicWord word(Map<String, ArabicWord> words, String surface) {
    ArabicWord w = words.get(surface);
    if (w == null) {
      w = ArabicWord.of(surface);
      words.put(surface, w);
    }
    return w;
  }

  /** Zero-width joiners inside a word stay in it. */
  private static boolean isInnerJoiner(String text, int j) {
    return ArabicChars.isJoiner(text.charAt(j)) && j + 1 < text.length() && ArabicChars.isLetterChar(text.charAt(j + 1));
  }
}
