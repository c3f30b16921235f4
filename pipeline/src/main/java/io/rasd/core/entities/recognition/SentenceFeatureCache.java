package io.rasd.core.entities.recognition;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP's {@code CachedFeatureGenerator} with an array instead of an LRU map: the features of each token of the
 * sentence being tagged (the same {@code String[]} instance), computed the first time they are asked for. The same
 * features as without it; a beam search asks for a token once per beam entry, greedy decoding once.
 */
final class SentenceFeatureCache implements AdaptiveFeatureGenerator {
  private final AdaptiveFeatureGenerator generator;
  private String[] lastTokens;
  private List<String>[] cached;

  SentenceFeatureCache(AdaptiveFeatureGenerator generator) {
    this.generator = generator;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != lastTokens) {
      lastTokens = tokens;
      cached = new List[tokens.length];
    }
    List<String> f = cached[index];
    if (f == null) {
      f = new ArrayList<>(64);
      generator.createFeatures(f, tokens, index, previousOutcomes);
      cached[index] = f;
    }
    features.addAll(f);
  }

  /** The generator whose features are cached. */
  AdaptiveFeatureGenerator generator() {
    return generator;
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    generator.updateAdaptiveData(tokens, outcomes);
  }

  @Override
  public void clearAdaptiveData() {
    generator.clearAdaptiveData();
  }
}
