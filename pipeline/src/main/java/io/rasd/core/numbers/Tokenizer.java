package io.rasd.core.numbers;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word, digit and punctuation tokens with original offsets. Letters glued to digits (و٣٥, بـ12)
 * become two tokens; digit runs keep inner separators (, . ٬ ٫) when a digit follows them.
 */
public final class Tokenizer {
  private Tokenizer() {}

  public static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(text.length() / 5 + 4);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u200f' || c == '\u200e' || c == '\u200c' || c == '\u200d') {
        i++;
      } else if (ArabicText.digitValue(c) >= 0) {
        int s = i;
        StringBuilder b = new StringBuilder();
        while (i < n) {
          char d = text.charAt(i);
          int v = ArabicText.digitValue(d);
          if (v >= 0) {
            b.append((char) ('0' + v));
            i++;
          } else if (isSeparator(d) && i + 1 < n && ArabicText.digitValue(text.charAt(i + 1)) >= 0) {
            b.append(d == '\u066C' ? '٬' : d == '\u066B' ? '٫' : d);
            i++;
          } else {
            break;
          }
        }
        out.add(new Token(s, i, b.toString(), Token.Type.DIGITS));
      } else if (isWordChar(c)) {
        int s = i;
        StringBuilder b = new StringBuilder();
        while (i < n && isWordChar(text.charAt(i))) {
          char f = ArabicText.fold(text.charAt(i));
          if (f != 0) b.append(f);
          i++;
        }
        // a run of only tatweel/diacritics folds to nothing: keep it as punctuation so offsets stay covered
        out.add(new Token(s, i, b.toString(), b.length() == 0 ? Token.Type.PUNCT : Token.Type.WORD));
      } else {
        out.add(new Token(i, i + 1, String.valueOf(c), Token.Type.PUNCT));
        i++;
      }
    }
    return out;
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == '.' || c == '\u066C' || c == '\u066B';
  }

  private static boolean isWordChar(char c) {
    return ArabicText.isArabicLetter(c) || ArabicText.isDiacritic(c) || ArabicText.isTatweel(c)
        || Character.isLetter(c) && ArabicText.digitValue(c) < 0;
  }
}
