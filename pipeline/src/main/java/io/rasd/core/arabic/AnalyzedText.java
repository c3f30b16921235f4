package io.rasd.core.arabic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One article body analysed once, for every extractor: its {@link Token}s, the same regrouped as the name finder's
 * words, sentences and clauses. Each distinct spelling is one {@link ArabicWord} (keys and clitic readings computed
 * once). Not thread-safe: made and read by one worker.
 */
public final class AnalyzedText {
  private final String body;
  private final List<Token> tokens;
  private final List<Token> words;
  private final List<int[]> sentences;
  private final int[] sentenceOf;
  private final int[] clauseOf;

  private AnalyzedText(String body) {
    this.body = body;
    Map<String, ArabicWord> spellings = new HashMap<>();
    this.tokens = List.copyOf(Tokenizer.tokenize(body, spellings));
    this.words = List.copyOf(Tokenizer.nameFinderWords(body, tokens, spellings));
    this.sentences = List.copyOf(Sentences.ranges(body, words));
    this.sentenceOf = Sentences.sentenceIds(body, tokens);
    this.clauseOf = Sentences.clauseIds(tokens, sentenceOf);
  }

  public static AnalyzedText analyze(String body) {
    return new AnalyzedText(body == null ? "" : body);
  }

  public String body() {
    return body;
  }

  /** The tokens ({@link Tokenizer#tokenize}). */
  public List<Token> tokens() {
    return tokens;
  }

  /** The tokens regrouped as ANERcorp words, the name finder's input. */
  public List<Token> words() {
    return words;
  }

  /** Sentences as ranges [from, to) of {@link #words()}. */
  public List<int[]> sentences() {
    return sentences;
  }

  /** Sentence number of token i of {@link #tokens()}. */
  public int sentenceOf(int i) {
    return sentenceOf[i];
  }

  /** Clause number of token i of {@link #tokens()}. */
  public int clauseOf(int i) {
    return clauseOf[i];
  }

  public boolean isEmpty() {
    return tokens.isEmpty();
  }
}
