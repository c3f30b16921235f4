package io.rasd.core.entities.recognition;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP's {@code WindowFeatureGenerator}: the same features in the same order (the token's own, then {@code p1…}
 * of the tokens before, then {@code n1…} of the tokens after), but each token's own features are computed once per
 * sentence, not once for every window they fall in (five times in a ±2 window). Valid for generators whose features
 * of a token depend only on the sentence and the token, as all of {@link NerFeatures}' do.
 */
final class TokenWindowFeature implements AdaptiveFeatureGenerator {
  private final AdaptiveFeatureGenerator generator;
  private final String[] prevPrefixes;
  private final String[] nextPrefixes;
  private String[] lastTokens;
  private String[][] own;

  TokenWindowFeature(AdaptiveFeatureGenerator generator, int prevWindowSize, int nextWindowSize) {
    this.generator = generator;
    this.prevPrefixes = prefixes("p", prevWindowSize);
    this.nextPrefixes = prefixes("n", nextWindowSize);
  }

  private static String[] prefixes(String side, int size) {
    String[] out = new String[size + 1];
    for (int i = 1; i <= size; i++) out[i] = side + i;
    return out;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != lastTokens) {
      lastTokens = tokens;
      own = new String[tokens.length][];
    }
    for (String f : own(tokens, index, previousOutcomes)) features.add(f);
    for (int i = 1; i < prevPrefixes.length && index - i >= 0; i++) {
      for (String f : own(tokens, index - i, previousOutcomes)) features.add(prevPrefixes[i] + f);
    }
    for (int i = 1; i < nextPrefixes.length && index + i < tokens.length; i++) {
      for (String f : own(tokens, index + i, previousOutcomes)) features.add(nextPrefixes[i] + f);
    }
  }

  private String[] own(String[] tokens, int index, String[] previousOutcomes) {
    String[] f = own[index];
    if (f == null) {
      List<String> list = new ArrayList<>(4);
      generator.createFeatures(list, tokens, index, previousOutcomes);
      f = list.toArray(new String[0]);
      own[index] = f;
    }
    return f;
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    lastTokens = null;
    generator.updateAdaptiveData(tokens, outcomes);
  }

  @Override
  public void clearAdaptiveData() {
    lastTokens = null;
    generator.clearAdaptiveData();
  }
}
