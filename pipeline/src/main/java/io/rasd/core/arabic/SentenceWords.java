package io.rasd.core.arabic;

/**
 * The analysis of the sentence a name finder is tagging. OpenNLP hands its feature generators only the words
 * (String[]), token by token, several times each; the extractor binds the sentence's {@link ArabicWord}s before
 * tagging, and a sentence that was not bound (training, tag-conll) is analysed here once. One sentence per thread.
 */
public final class SentenceWords {
  private static final ThreadLocal<SentenceWords> CURRENT = ThreadLocal.withInitial(SentenceWords::new);

  private String[] words;
  private ArabicWord[] analysis;

  private SentenceWords() {}

  /** Declares the analysis of {@code words} for the tagging that follows on this thread. */
  public static void bind(String[] words, ArabicWord[] analysis) {
    SentenceWords s = CURRENT.get();
    s.words = words;
    s.analysis = analysis;
  }

  /** The analysis of each word of the sentence (the same array instance the name finder passes around). */
  public static ArabicWord[] of(String[] words) {
    SentenceWords s = CURRENT.get();
    if (s.words != words) {
      ArabicWord[] a = new ArabicWord[words.length];
      for (int i = 0; i < words.length; i++) a[i] = ArabicWord.of(words[i]);
      s.words = words;
      s.analysis = a;
    }
    return s.analysis;
  }
}
