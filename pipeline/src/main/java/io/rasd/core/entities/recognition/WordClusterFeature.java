package io.rasd.core.entities.recognition;

import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.SentenceWords;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.WordClusterDictionary;

/**
 * The class of the token, and of its clitic-stripped form, in one word-cluster dictionary ({@code name=class}). Like
 * OpenNLP's {@code WordClusterFeatureGenerator}, but looks words up under {@link WordClusters#key}, the folding the
 * clusters were induced with, rather than the raw token. The features of a sentence are looked up once, the first
 * time the name finder asks for one of its tokens (a ±1 window asks for each token three times), and the token's
 * key is the name key its {@link ArabicWord} already holds.
 */
public final class WordClusterFeature implements AdaptiveFeatureGenerator {
  private final WordClusterDictionary dictionary;
  private final String name;
  private String[] lastTokens;
  /** Per token of {@link #lastTokens}: its class feature and its stripped form's class feature (or null). */
  private String[] lastFeatures;

  public WordClusterFeature(WordClusterDictionary dictionary, String name) {
    this.dictionary = dictionary;
    this.name = name;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    String[] f = featuresOf(tokens);
    if (f[2 * index] != null) features.add(f[2 * index]);
    if (f[2 * index + 1] != null) features.add(f[2 * index + 1]);
  }

  private String[] featuresOf(String[] tokens) {
    if (tokens != lastTokens) {
      ArabicWord[] words = SentenceWords.of(tokens);
      String[] f = new String[2 * tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        String token = tokens[i];
        ArabicWord word = words[i];
        String key = word.surface().equals(token) ? word.nameKey() : WordClusters.key(token);
        String cls = dictionary.lookupToken(key);
        if (cls != null) f[2 * i] = name + "=" + cls;
        if (!word.hasArabic()) continue;
        String strippedCls = dictionary.lookupToken(word.stripped()); // stripped() is a name key without proclitics
        if (strippedCls != null) f[2 * i + 1] = name + "s=" + strippedCls;
      }
      lastTokens = tokens;
      lastFeatures = f;
    }
    return lastFeatures;
  }
}
