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
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import org.junit.jupiter.api.Test;

/**
 * The caches of the name finder's features give the features computed token by token, on every token of the seed
 * articles: the cluster classes looked up once per sentence, and the context built once per token (OpenNLP's).
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
    List<WordClusterFeature> shipped = WordClusterFeature.all(WordClusters.featureTable(NerFeatures.CLUSTER_CLASSES));
    for (int k = 0; k < NerFeatures.CLUSTER_CLASSES.length; k++) {
      int classes = NerFeatures.CLUSTER_CLASSES[k];
      WordClusterDictionary d = WordClusters.fromResources(classes);
      AdaptiveFeatureGenerator cached = new WindowFeatureGenerator(shipped.get(k), 1, 1);
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
    List<String> f = features(WordClusterFeature.all(WordClusters.featureTable(NerFeatures.CLUSTER_CLASSES)).get(0), w, 0);
    assertThat(f.get(0)).isEqualTo("c" + NerFeatures.CLUSTER_CLASSES[0] + "=" + d.lookupToken(WordClusters.key("الرياض")));
  }

  /** The window that computes a token's features once per sentence gives OpenNLP's window features, in order. */
  @Test
  void theTokenWindowGivesOpenNlpsWindowFeatures() {
    Gazetteer g = Gazetteer.fromResources();
    List<WordClusterFeature> clusters = WordClusterFeature.all(WordClusters.featureTable(NerFeatures.CLUSTER_CLASSES));
    List<java.util.function.Supplier<AdaptiveFeatureGenerator>> inner = List.of(
        () -> new opennlp.tools.util.featuregen.TokenFeatureGenerator(true), StrippedFormFeature::new,
        () -> new GazetteerFeature(g), () -> clusters.get(0), () -> clusters.get(1));
    int tokens = 0;
    for (var make : inner) {
      for (int size : new int[] {1, 2, 3}) {
        AdaptiveFeatureGenerator ours = new TokenWindowFeature(make.get(), size, size);
        AdaptiveFeatureGenerator opennlps = new WindowFeatureGenerator(make.get(), size, size);
        for (String[][] s : seedSentences()) {
          String[] w = s[0];
          SentenceWords.bind(w, analysis(w));
          for (int i = 0; i < w.length; i++) {
            assertThat(features(ours, w, i)).isEqualTo(features(opennlps, w, i));
            tokens++;
          }
        }
      }
    }
    assertThat(tokens).isGreaterThan(50_000);
  }

  /** The bigrams with token classes computed once per sentence are OpenNLP's, in order, on every seed token. */
  @Test
  void theBigramFeatureGivesOpenNlpsBigramFeatures() {
    AdaptiveFeatureGenerator ours = new BigramFeature();
    AdaptiveFeatureGenerator opennlps = new opennlp.tools.util.featuregen.BigramNameFeatureGenerator();
    int tokens = 0;
    for (String[][] s : seedSentences()) {
      String[] w = s[0].clone();
      for (int i = w.length - 1; i >= 0; i--) { // backwards: a class cached for a later word is not reused wrongly
        assertThat(features(ours, w, i)).isEqualTo(features(opennlps, w, i));
        tokens++;
      }
    }
    String[] digits = {"في", "2015", "Riyadh", "الرياض"}; // every branch of OpenNLP's classes on one sentence
    for (int i = 0; i < digits.length; i++) assertThat(features(ours, digits, i)).isEqualTo(features(opennlps, digits, i));
    assertThat(tokens).isGreaterThan(3_000);
  }

  /**
   * The context built once per token is OpenNLP's context element for element, whatever the previous outcomes, for
   * every token of the seeds asked as a beam of three asks; the own features are the same instances each time.
   */
  @Test
  void theContextBuiltOncePerTokenIsOpenNlpsContext() {
    Gazetteer g = Gazetteer.fromResources();
    RasdNameContextGenerator ours = new RasdNameContextGenerator(NerFeatures.create(g));
    DefaultNameContextGenerator opennlps = new DefaultNameContextGenerator(NerFeatures.create(g));
    for (DefaultNameContextGenerator c : List.of(ours, opennlps)) {
      c.addFeatureGenerator(new WindowFeatureGenerator(new AdditionalContextFeatureGenerator(), 8, 8)); // as NameFinderME
    }
    String[] outcomes = {"other", "B-PERS", "I-PERS", "B-LOC"};
    int contexts = 0;
    for (String[][] s : seedSentences()) {
      String[] w = s[0];
      SentenceWords.bind(w, analysis(w));
      Object[] none = new Object[0];
      for (int i = 0; i < w.length; i++) {
        String[] first = null;
        for (int beam = 0; beam < 3; beam++) {
          String[] preds = new String[i];
          for (int k = 0; k < i; k++) preds[k] = outcomes[(k * 7 + beam * 3 + i) % outcomes.length];
          String[] a = ours.getContext(i, w, preds, none);
          assertThat(a).isEqualTo(opennlps.getContext(i, w, preds, none));
          if (first == null) first = a;
          else assertThat(a[0]).isSameAs(first[0]);
          contexts++;
        }
        assertThat(ours.getContext(i, w, null, none)).isEqualTo(opennlps.getContext(i, w, null, none));
      }
    }
    assertThat(contexts).isGreaterThan(10_000);
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
