package io.rasd.core.entities.recognition;

import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.SentenceWords;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.WordClusterDictionary;

/**
 * The class of the token, and of its clitic-stripped form, in one word-cluster dictionary ({@code name=class}). Like
 * OpenNLP's {@code WordClusterFeatureGenerator}, but looks words up under {@link WordClusters#key}, the folding the
 * clusters were induced with, rather than the raw token.
 */
public final class WordClusterFeature implements AdaptiveFeatureGenerator {
  private final WordClusterDictionary dictionary;
  private final String name;

  public WordClusterFeature(WordClusterDictionary dictionary, String name) {
    this.dictionary = dictionary;
    this.name = name;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    String token = tokens[index];
    String cls = dictionary.lookupToken(WordClusters.key(token));
    if (cls != null) features.add(name + "=" + cls);
    ArabicWord word = SentenceWords.of(tokens)[index];
    if (!word.hasArabic()) return;
    String stripped = word.stripped(); // already a name key (WordClusters.key) without its proclitics
    String strippedCls = dictionary.lookupToken(stripped);
    if (strippedCls != null) features.add(name + "s=" + strippedCls);
  }
}
