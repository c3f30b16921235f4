package io.rasd.core.entities;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/** The clitic-stripped, normalized form of a token: used over a context window so وفي/في or بالمغرب/المغرب agree. */
public final class StrippedFormFeature implements AdaptiveFeatureGenerator {
  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    String token = tokens[index];
    features.add("sw=" + (ArabicNames.hasArabic(token) ? Proclitics.longestStrip(token) : WordShape.of(token)));
  }
}
