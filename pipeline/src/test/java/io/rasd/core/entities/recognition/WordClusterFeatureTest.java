package io.rasd.core.entities.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import org.junit.jupiter.api.Test;

class WordClusterFeatureTest {
  private static List<String> features(WordClusterFeature f, String[] tokens, int index) {
    List<String> out = new ArrayList<>();
    f.createFeatures(out, tokens, index, new String[0]);
    return out;
  }

  @Test
  void looksUpTheFoldedTokenAndItsCliticStrippedForm() throws Exception {
    String file = WordClusters.key("الرياض") + " 7\n" + WordClusters.key("محمد") + " 3\n"
        + WordClusters.key("مدرسة") + " 5\n";
    WordClusterFeature f = WordClusterFeature.of(
        new WordClusterDictionary(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))),
        file.lines().map(l -> l.split(" ")[0]).toList(), "c9");
    String[] sentence = {"وبالرياض", "محمد", "مدرسة", "x"};
    assertThat(features(f, sentence, 0)).containsExactly("c9s=7");
    assertThat(features(f, sentence, 1)).containsExactly("c9=3", "c9s=3");
    // taa marbuta folded: the key of مدرسة is the one the file was written with
    assertThat(features(f, sentence, 2)).containsExactly("c9=5", "c9s=5");
    assertThat(features(f, sentence, 3)).isEmpty();
  }

  /** The shared table holds every word of every shipped dictionary with the dictionary's own class. */
  @Test
  void theFeatureTableHoldsEveryShippedWordWithItsClass() throws Exception {
    ClusterFeatureTable table = WordClusters.featureTable(NerFeatures.CLUSTER_CLASSES);
    assertThat(table.dictionaries()).isEqualTo(NerFeatures.CLUSTER_CLASSES.length);
    int words = 0;
    for (int d = 0; d < NerFeatures.CLUSTER_CLASSES.length; d++) {
      int classes = NerFeatures.CLUSTER_CLASSES[d];
      WordClusterDictionary dictionary = WordClusters.fromResources(classes);
      try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
          WordClusters.class.getResourceAsStream(String.format(WordClusters.RESOURCE, classes))), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          String word = line.split(" ")[0];
          String[] row = table.get(word);
          assertThat(row).as(word).isNotNull();
          assertThat(row[2 * d]).isEqualTo("c" + classes + "=" + dictionary.lookupToken(word));
          assertThat(row[2 * d + 1]).isEqualTo("c" + classes + "s=" + dictionary.lookupToken(word));
          words++;
        }
      }
    }
    assertThat(words).isGreaterThan(100_000);
    assertThat(table.get("no-such-word")).isNull();
  }

  @Test
  void shippedClustersLoadAndGroupGivenNames() {
    for (int classes : NerFeatures.CLUSTER_CLASSES) {
      WordClusterDictionary d = WordClusters.fromResources(classes);
      assertThat(d.lookupToken(WordClusters.key("في"))).as("c%d", classes).isNotNull();
      assertThat(WordClusters.fromResources(classes)).isSameAs(d);
    }
    WordClusterDictionary coarse = WordClusters.fromResources(NerFeatures.CLUSTER_CLASSES[0]);
    String name = coarse.lookupToken(WordClusters.key("محمد"));
    assertThat(coarse.lookupToken(WordClusters.key("خالد"))).isEqualTo(name);
    assertThat(coarse.lookupToken(WordClusters.key("الرياض"))).isNotEqualTo(name);
  }
}
