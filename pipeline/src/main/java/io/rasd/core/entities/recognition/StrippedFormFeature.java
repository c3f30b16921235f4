package io.rasd.core.entities.recognition;

import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.SentenceWords;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/** The clitic-stripped, normalized form of a token: used over a context window so وفي/في or بالمغرب/المغرب agree. */
public final class StrippedFormFeature implements AdaptiveFeatureGenerator {
  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    ArabicWord word = SentenceWords.of(tokens)[index];
    features.add("sw=" + (word.hasArabic() ? word.stripped() : WordShape.of(tokens[index])));
  }
}
