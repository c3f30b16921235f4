package io.rasd.core.entities.recognition;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;

/**
 * OpenNLP's {@link BigramNameFeatureGenerator}, the same features in the same order (word and token-class bigrams
 * with the previous and the next word), with each word's token class computed once per sentence
 * ({@link SentenceTokenClasses}) instead of three times per token.
 */
final class BigramFeature implements AdaptiveFeatureGenerator {
  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    String wc = SentenceTokenClasses.of(tokens, index);
    if (index > 0) {
      features.add("pw,w=" + tokens[index - 1] + "," + tokens[index]);
      features.add("pwc,wc=" + SentenceTokenClasses.of(tokens, index - 1) + "," + wc);
    }
    if (index + 1 < tokens.length) {
      features.add("w,nw=" + tokens[index] + "," + tokens[index + 1]);
      features.add("wc,nc=" + wc + "," + SentenceTokenClasses.of(tokens, index + 1));
    }
  }
}
