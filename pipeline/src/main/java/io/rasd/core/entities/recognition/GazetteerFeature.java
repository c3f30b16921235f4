package io.rasd.core.entities.recognition;

import io.rasd.core.entities.gazetteer.Gazetteer;
import io.rasd.core.entities.gazetteer.GazetteerMatch;
import io.rasd.core.entities.gazetteer.GazetteerMatcher;
import io.rasd.core.arabic.SentenceWords;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/** Gazetteer membership as BIO features ("gz=B-LOCATION", "gz=I-ORGANIZATION", weak matches marked). */
public final class GazetteerFeature implements AdaptiveFeatureGenerator {
  private final GazetteerMatcher matcher;
  private String[] lastTokens;
  private String[] lastTags;

  public GazetteerFeature(Gazetteer gazetteer) {
    this.matcher = new GazetteerMatcher(gazetteer);
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    String tag = tagsFor(tokens)[index];
    if (tag != null) features.add("gz=" + tag);
  }

  /** Tags are computed once per sentence: the name finder asks token by token with the same array. */
  private String[] tagsFor(String[] tokens) {
    if (tokens != lastTokens) {
      String[] tags = new String[tokens.length];
      for (GazetteerMatch m : matcher.match(SentenceWords.of(tokens))) {
        String suffix = m.entry().type() + (m.weak() ? "-weak" : "");
        tags[m.first()] = "B-" + suffix;
        for (int k = m.first() + 1; k <= m.last(); k++) tags[k] = "I-" + suffix;
      }
      lastTokens = tokens;
      lastTags = tags;
    }
    return lastTags;
  }
}
