package io.rasd.core.entities;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/** The one feature generator of the Rasd name finder: built here for training and for tagging alike. */
public final class NerFeatures {
  private NerFeatures() {}

  public static AdaptiveFeatureGenerator create(Gazetteer gazetteer) {
    return new CachedFeatureGenerator(new AggregatedFeatureGenerator(
        new WindowFeatureGenerator(new TokenFeatureGenerator(true), 2, 2),
        new WindowFeatureGenerator(new StrippedFormFeature(), 2, 2),
        new WindowFeatureGenerator(new GazetteerFeature(gazetteer), 1, 1),
        new ArabicTokenFeatures(),
        PersonCueFeature.fromResources(),
        new BigramNameFeatureGenerator(),
        new SentenceFeatureGenerator(true, false)));
  }
}
