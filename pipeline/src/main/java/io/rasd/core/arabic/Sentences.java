package io.rasd.core.arabic;

import java.util.ArrayList;
import java.util.List;

/**
 * The one definition of sentences and clauses. A sentence ends after . ! ? ؟ and at a line break; a clause also
 * ends after ؛ ; and before a connector of {@code arabic/clause_connectors.tsv} (كما أن, لكن, بينما …). The name
 * finder reads sentences; claims look for their trigger, period and actor within a clause and their source within a
 * sentence.
 */
public final class Sentences {
  private static final List<Phrase> CONNECTORS = Phrase.loadAll("arabic/clause_connectors.tsv");
  private static final Phrase.FirstWords CONNECTOR_STARTS = new Phrase.FirstWords(CONNECTORS);

  private Sentences() {}

  public static boolean isSentenceEnd(String token) {
    return token.equals(".") || token.equals("!") || token.equals("?") || token.equals("؟");
  }

  static boolean isClauseEnd(String token) {
    return token.equals("؛") || token.equals(";");
  }

  /** Sentences as token index ranges [from, to). */
  static List<int[]> ranges(String text, List<Token> tokens) {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (i > from && lineBreakBefore(text, tokens, i)) {
        out.add(new int[] {from, i});
        from = i;
      }
      if (isSentenceEnd(tokens.get(i).text())) {
        out.add(new int[] {from, i + 1});
        from = i + 1;
      }
    }
    if (from < tokens.size()) out.add(new int[] {from, tokens.size()});
    return out;
  }

  /** Sentence number of each token (0, 1, …). */
  static int[] sentenceIds(String text, List<Token> tokens) {
    int[] ids = new int[tokens.size()];
    int s = 0;
    for (int[] r : ranges(text, tokens)) {
      for (int i = r[0]; i < r[1]; i++) ids[i] = s;
      s++;
    }
    return ids;
  }

  /** Clause number of each token (0, 1, …): a new sentence is a new clause too. */
  static int[] clauseIds(List<Token> tokens, int[] sentenceIds) {
    int[] ids = new int[tokens.size()];
    int c = 0;
    for (int i = 1; i < tokens.size(); i++) {
      if (sentenceIds[i] != sentenceIds[i - 1] || isClauseEnd(tokens.get(i - 1).text()) || opensClause(tokens, i)) {
        c++;
      }
      ids[i] = c;
    }
    return ids;
  }

  private static boolean opensClause(List<Token> tokens, int i) {
    if (!CONNECTOR_STARTS.mayStart(tokens.get(i))) return false;
    for (Phrase p : CONNECTORS) if (p.matchAt(tokens, i) > 0) return true;
    return false;
  }

  static boolean lineBreakBefore(String text, List<Token> tokens, int i) {
    return i > 0 && text.substring(tokens.get(i - 1).end(), tokens.get(i).start()).indexOf('\n') >= 0;
  }
}
