package io.rasd.core.entities.recognition;

import io.rasd.core.entities.gazetteer.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;

/** The one feature generator of the Rasd name finder: built here for training and for tagging alike. */
public final class NerFeatures {
  /** Granularities of the shipped word-cluster files ({@link WordClusters}); retrain after changing them. */
  static final int[] CLUSTER_CLASSES = {100, 300};
  /** Cluster features of the previous, current and next token (±2 scored lower, see ner-ar.README.md). */
  static final int CLUSTER_WINDOW = 1;

  private NerFeatures() {}

  public static AdaptiveFeatureGenerator create(Gazetteer gazetteer) {
    List<AdaptiveFeatureGenerator> generators = new ArrayList<>(List.of(
        new TokenWindowFeature(new TokenFeatureGenerator(true), 2, 2), // OpenNLP's WindowFeatureGenerator's features
        new TokenWindowFeature(new StrippedFormFeature(), 2, 2),
        new TokenWindowFeature(new GazetteerFeature(gazetteer), 1, 1),
        new ArabicTokenFeatures(),
        PersonCueFeature.fromResources(),
        new BigramFeature(), // OpenNLP's BigramNameFeatureGenerator's features
        new SentenceFeatureGenerator(true, false)));
    // Word classes induced from unlabeled news (ixa-pipe-nerc's semi-supervised features), several granularities.
    for (WordClusterFeature f : WordClusterFeature.all(WordClusters.featureTable(CLUSTER_CLASSES))) {
      generators.add(new TokenWindowFeature(f, CLUSTER_WINDOW, CLUSTER_WINDOW));
    }
    return new AggregatedFeatureGenerator(generators); // computed once per token by RasdNameContextGenerator
  }
}
