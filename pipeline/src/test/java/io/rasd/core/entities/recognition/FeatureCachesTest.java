package io.rasd.core.entities.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.SentenceWords;
import io.rasd.core.arabic.Token;
import io.rasd.core.entities.gazetteer.Gazetteer;
import io.rasd.testing.Seeds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import org.junit.jupiter.api.Test;

/**
 * The per-sentence caches of the name finder's features give the features computed token by token: the cluster
 * classes looked up once per sentence, and the sentence cache in place of OpenNLP's LRU cache, on every token of the
 * seed articles.
 */
class FeatureCachesTest {
  /** The cluster feature as defined: one lookup of the folded token and one of its stripped form, per call. */
  private static final class TokenByToken implements AdaptiveFeatureGenerator {
    private final WordClusterDictionary dictionary;
    private final String name;

    TokenByToken(WordClusterDictionary dictionary, String name) {
      this.dictionary = dictionary;
      this.name = name;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      String cls = dictionary.lookupToken(WordClusters.key(tokens[index]));
      if (cls != null) features.add(name + "=" + cls);
      ArabicWord word = SentenceWords.of(tokens)[index];
      if (!word.hasArabic()) return;
      String strippedCls = dictionary.lookupToken(word.stripped());
      if (strippedCls != null) features.add(name + "s=" + strippedCls);
    }
  }

  @Test
  void clusterFeaturesLookedUpOncePerSentenceAreTheTokenByTokenOnes() {
    int tokens = 0;
    for (int classes : NerFeatures.CLUSTER_CLASSES) {
      WordClusterDictionary d = WordClusters.fromResources(classes);
      AdaptiveFeatureGenerator cached = new WindowFeatureGenerator(new WordClusterFeature(d, "c" + classes), 1, 1);
      AdaptiveFeatureGenerator reference = new WindowFeatureGenerator(new TokenByToken(d, "c" + classes), 1, 1);
      for (String[][] s : seedSentences()) {
        String[] words = s[0];
        for (boolean bound : new boolean[] {true, false}) {
          String[] w = words.clone(); // a new array: nothing of the last sentence is reused
          if (bound) SentenceWords.bind(w, analysis(w));
          for (int i = 0; i < w.length; i++) {
            assertThat(features(cached, w, i)).isEqualTo(features(reference, w, i));
            tokens++;
          }
        }
      }
    }
    assertThat(tokens).isGreaterThan(5_000);
  }

  @Test
  void aBoundAnalysisOfAnotherSpellingIsNotUsedForTheKey() {
    WordClusterDictionary d = WordClusters.fromResources(NerFeatures.CLUSTER_CLASSES[0]);
    String[] w = {"الرياض"};
    SentenceWords.bind(w, new ArabicWord[] {ArabicWord.of("محمد")});
    List<String> f = features(new WordClusterFeature(d, "c"), w, 0);
    assertThat(f.get(0)).isEqualTo("c=" + d.lookupToken(WordClusters.key("الرياض")));
  }

  @Test
  void theSentenceCacheGivesTheFeaturesOfOpenNlpsCache() {
    Gazetteer g = Gazetteer.fromResources();
    AdaptiveFeatureGenerator ours = NerFeatures.create(g);
    AdaptiveFeatureGenerator opennlps = new CachedFeatureGenerator(((SentenceFeatureCache) ours).generator());
    int tokens = 0;
    for (String[][] s : seedSentences()) {
      String[] w = s[0];
      SentenceWords.bind(w, analysis(w));
      for (int pass = 0; pass < 2; pass++) { // asked twice, as a beam search does
        for (int i = 0; i < w.length; i++) {
          assertThat(features(ours, w, i)).isNotEmpty().isEqualTo(features(opennlps, w, i));
          tokens++;
        }
      }
    }
    assertThat(tokens).isGreaterThan(5_000);
  }

  private static List<String> features(AdaptiveFeatureGenerator g, String[] tokens, int i) {
    List<String> out = new ArrayList<>();
    g.createFeatures(out, tokens, i, new String[tokens.length]);
    return out;
  }

  private static ArabicWord[] analysis(String[] words) {
    ArabicWord[] a = new ArabicWord[words.length];
    for (int i = 0; i < words.length; i++) a[i] = ArabicWord.of(words[i]);
    return a;
  }

  private static List<String[][]> seedSentences() {
    List<String[][]> out = new ArrayList<>();
    for (Path f : Seeds.files()) {
      AnalyzedText text = AnalyzedText.analyze(Seeds.text(f.getFileName().toString()));
      List<Token> tokens = text.words();
      for (int[] r : text.sentences()) {
        String[] words = new String[r[1] - r[0]];
        for (int i = r[0]; i < r[1]; i++) words[i - r[0]] = tokens.get(i).text();
        out.add(new String[][] {words});
      }
    }
    return out;
  }
}
