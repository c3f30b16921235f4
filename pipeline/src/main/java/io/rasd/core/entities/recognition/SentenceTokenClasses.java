package io.rasd.core.entities.recognition;

import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * OpenNLP's token class ({@link FeatureGeneratorUtil#tokenFeature}: lc, 2d, ic …) of each word of the sentence being
 * tagged, computed once per word. OpenNLP's bigram features and the decoder's {@code powf} feature ask for it four
 * times per token, and each ask scans the word's characters and Unicode scripts again. One sentence per thread, like
 * {@link io.rasd.core.arabic.SentenceWords}: the cache holds the last array of words it was asked about.
 */
final class SentenceTokenClasses {
  private static final ThreadLocal<SentenceTokenClasses> CURRENT = ThreadLocal.withInitial(SentenceTokenClasses::new);

  private String[] words;
  private String[] classes;

  private SentenceTokenClasses() {}

  /** The token class of {@code words[index]}. */
  static String of(String[] words, int index) {
    SentenceTokenClasses s = CURRENT.get();
    if (s.words != words) {
      s.words = words;
      s.classes = new String[words.length];
    }
    String c = s.classes[index];
    if (c == null) {
      c = FeatureGeneratorUtil.tokenFeature(words[index]);
      s.classes[index] = c;
    }
    return c;
  }
}
