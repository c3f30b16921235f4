package io.rasd.core.claims;

import io.rasd.core.numbers.Token;
import java.util.List;

/**
 * Sentence and clause ids per token. Sentences end at . ! ? ؟ ؛ ; and line breaks; clauses additionally at the
 * connectors of clause_breaks.tsv (كما أن, لكن, بينما ...).
 */
final class Segments {
  final int[] sentence;
  final int[] clause;

  Segments(String body, List<Token> tokens, ClaimLexicon lex) {
    int n = tokens.size();
    sentence = new int[n];
    clause = new int[n];
    int s = 0;
    int c = 0;
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      boolean newSentence = i > 0 && (isEnd(tokens.get(i - 1))
          || body.substring(tokens.get(i - 1).end(), t.start()).indexOf('\n') >= 0);
      if (newSentence) {
        s++;
        c++;
      } else if (i > 0) {
        for (ClaimLexicon.Phrase p : lex.clauseBreaks) {
          if (ClaimLexicon.matchAt(tokens, i, p) > 0) {
            c++;
            break;
          }
        }
      }
      sentence[i] = s;
      clause[i] = c;
    }
  }

  private static boolean isEnd(Token t) {
    if (t.type() != Token.Type.PUNCT) return false;
    String x = t.norm();
    return x.equals(".") || x.equals("!") || x.equals("?") || x.equals("؟") || x.equals("؛") || x.equals(";");
  }
}
