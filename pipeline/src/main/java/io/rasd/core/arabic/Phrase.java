package io.rasd.core.arabic;

import io.rasd.core.ResourceLines;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A phrase of {@link Folding#MATCH} words (from a word list) and where it occurs in tokens: every word equal to the
 * token's key, except that the first token may carry one or two {@link CliticSet#LEXICON} proclitics (وكما أن,
 * فبينما).
 */
public record Phrase(String[] words, String value) {
  public static Phrase of(String text, String value) {
    return new Phrase(Folding.MATCH.apply(text).split(" "), value);
  }

  /** The phrases of the first column of a TSV resource, longest first. */
  public static List<Phrase> loadAll(String resource) {
    List<Phrase> out = new ArrayList<>();
    for (String[] f : ResourceLines.readTsv(resource, 1)) out.add(of(f[0], ""));
    out.sort((a, b) -> b.words().length - a.words().length);
    return out;
  }

  public int length() {
    return words.length;
  }

  /**
   * Whether the tokens from {@code from} are whole words whose name keys ({@link Folding#NAME}) are {@code keys}
   * from its index {@code firstKey} on (the words before it matched by the caller, through clitics).
   */
  public static boolean nameKeysAt(List<Token> tokens, int from, List<String> keys, int firstKey) {
    if (from < 0 || from + keys.size() > tokens.size()) return false;
    for (int k = firstKey; k < keys.size(); k++) {
      Token t = tokens.get(from + k);
      if (!t.isWord() || !t.word().nameKey().equals(keys.get(k))) return false;
    }
    return true;
  }

  /** Length in tokens of this phrase matching at token i, or 0. */
  public int matchAt(List<Token> tokens, int i) {
    if (i < 0 || i + words.length > tokens.size()) return 0;
    if (!firstWordMatches(tokens.get(i), words[0])) return 0;
    for (int k = 1; k < words.length; k++) {
      if (!tokens.get(i + k).norm().equals(words[k])) return 0;
    }
    return words.length;
  }

  /** The token is the word, or the word behind one or two proclitics (not behind an article). */
  public static boolean firstWordMatches(Token t, String word) {
    if (t.norm().equals(word)) return true;
    if (!t.isWord()) return false;
    for (Reading r : t.readings(CliticSet.LEXICON)) {
      if (r.letters() > 0 && !r.definite() && r.form().equals(word)) return true;
    }
    return false;
  }

  /**
   * The first words of some phrases: a token none of them can start is skipped without matching each phrase at it
   * (the same test as {@link #firstWordMatches}, one set lookup per reading).
   */
  public static final class FirstWords {
    private final Set<String> words = new HashSet<>();

    public FirstWords(List<Phrase> phrases) {
      for (Phrase p : phrases) words.add(p.words()[0]);
    }

    public boolean mayStart(Token t) {
      if (words.contains(t.norm())) return true;
      if (!t.isWord()) return false;
      for (Reading r : t.readings(CliticSet.LEXICON)) {
        if (r.letters() > 0 && !r.definite() && words.contains(r.form())) return true;
      }
      return false;
    }
  }
}
