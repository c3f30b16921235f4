package io.rasd.core.entities.recognition;

import io.rasd.core.entities.gazetteer.WordList;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.SentenceWords;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Person context: a title, role or speech verb ({@code entities/person-cues.txt}) within three words before the
 * token, or an apposition right after it ("بونيت تالوار، سفير …"). Reaches past the ±2 token window.
 */
public final class PersonCueFeature implements AdaptiveFeatureGenerator {
  public static final String RESOURCE = "/entities/person-cues.txt";
  private static volatile Set<String> shared;

  private final Set<String> cues;

  public PersonCueFeature(Set<String> cues) {
    this.cues = cues;
  }

  public static PersonCueFeature fromResources() {
    return new PersonCueFeature(cues());
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    ArabicWord[] words = SentenceWords.of(tokens);
    for (int d = 1; d <= 3 && index - d >= 0; d++) {
      if (isCue(words[index - d])) {
        features.add("pcue-before=" + d);
        break;
      }
    }
    for (int d = 1; d <= 3 && index + d + 1 < tokens.length; d++) {
      String t = tokens[index + d];
      if ((t.equals("،") || t.equals(",")) && isCue(words[index + d + 1])) {
        features.add("pcue-apposition=" + d);
        break;
      }
    }
  }

  private boolean isCue(ArabicWord token) {
    return cues.contains(token.nameKey()) || cues.contains(token.stripped());
  }

  private static Set<String> cues() {
    Set<String> s = shared;
    if (s == null) {
      synchronized (PersonCueFeature.class) {
        if (shared == null) {
          Set<String> words = WordList.load(RESOURCE);
          shared = Set.copyOf(words);
        }
        s = shared;
      }
    }
    return s;
  }
}
