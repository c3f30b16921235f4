package io.rasd.core.entities.recognition;

import io.rasd.core.entities.gazetteer.Gazetteer;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.ext.ExtensionLoader;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Name finder factory whose features are built in code ({@link NerFeatures}); OpenNLP records this class name in the
 * model and re-creates it when loading, so the .bin needs no descriptor file and tagging uses the training features.
 */
public class RasdNameFinderFactory extends TokenNameFinderFactory {
  static {
    allowLoading();
  }

  /** OpenNLP only instantiates factory classes from packages registered as allowed. */
  public static void allowLoading() {
    ExtensionLoader.registerAllowedPackage(RasdNameFinderFactory.class.getPackageName());
  }

  /** Used by OpenNLP when it loads a model. */
  public RasdNameFinderFactory() {}

  /** Used for training. */
  public static RasdNameFinderFactory forTraining() {
    return new RasdNameFinderFactory(new BioCodec());
  }

  private RasdNameFinderFactory(BioCodec codec) {
    super(null, Map.of(), codec);
  }

  @Override
  public AdaptiveFeatureGenerator createFeatureGenerators() {
    return NerFeatures.create(Gazetteer.fromResources());
  }

  /** OpenNLP's context, built once per token rather than once per kept sequence ({@link RasdNameContextGenerator}). */
  @Override
  public NameContextGenerator createContextGenerator() {
    return new RasdNameContextGenerator(createFeatureGenerators());
  }
}
