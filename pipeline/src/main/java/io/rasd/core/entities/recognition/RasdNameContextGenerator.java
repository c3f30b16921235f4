package io.rasd.core.entities.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * OpenNLP's name context, element for element, with a token's own features (every feature generator's) collected once
 * per token, the first time the decoder asks for it, as one array; then the four previous-outcome features that {@link
 * DefaultNameContextGenerator} appends when it is given the previous outcomes. OpenNLP collects them into a growing list
 * for every request (a beam asks once per sequence it keeps), copied twice more on the way to an array. Valid because
 * none of Rasd's feature generators reads the previous outcomes. Used for training and tagging alike.
 */
final class RasdNameContextGenerator extends DefaultNameContextGenerator {
  /** po, pow, powf, ppo. */
  private static final int OUTCOME_FEATURES = 4;
  private String[] lastTokens;
  private Object[] lastAdditional;
  private String[][] own;

  RasdNameContextGenerator(AdaptiveFeatureGenerator... generators) {
    super(generators);
  }

  @Override
  public String[] getContext(int index, String[] tokens, String[] preds, Object[] additionalContext) {
    if (tokens != lastTokens || additionalContext != lastAdditional) {
      lastTokens = tokens;
      lastAdditional = additionalContext;
      own = new String[tokens.length][];
    }
    String[] features = own[index];
    if (features == null) {
      List<String> list = new ArrayList<>(96);
      for (AdaptiveFeatureGenerator g : featureGenerators) g.createFeatures(list, tokens, index, preds);
      features = list.toArray(new String[0]);
      own[index] = features;
    }
    if (preds == null) return features.clone(); // OpenNLP adds no outcome features then
    String po = index > 0 ? preds[index - 1] : NameFinderME.OTHER;
    String ppo = index > 1 ? preds[index - 2] : NameFinderME.OTHER;
    int n = features.length;
    String[] context = Arrays.copyOf(features, n + OUTCOME_FEATURES);
    context[n] = "po=" + po;
    context[n + 1] = "pow=" + po + "," + tokens[index];
    context[n + 2] = "powf=" + po + "," + SentenceTokenClasses.of(tokens, index);
    context[n + 3] = "ppo=" + ppo;
    return context;
  }

  @Override
  public void updateAdaptiveData(String[] tokens, String[] outcomes) {
    lastTokens = null;
    super.updateAdaptiveData(tokens, outcomes);
  }

  @Override
  public void clearAdaptiveData() {
    lastTokens = null;
    super.clearAdaptiveData();
  }
}
