package io.rasd.core.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExchangeClustererTest {
  private static final List<String> DETERMINERS = List.of("the", "a", "this", "every");
  private static final List<String> NOUNS = List.of("cat", "dog", "bird", "fish", "horse", "cow");
  private static final List<String> VERBS = List.of("sees", "eats", "likes", "chases", "hears");

  /** Sentences "DET NOUN VERB DET NOUN": a toy language whose word classes are obvious. */
  private static ClusterCorpus toyCorpus(long seed, int sentences) {
    Random random = new Random(seed);
    ClusterCorpus.Builder b = ClusterCorpus.builder();
    for (int i = 0; i < sentences; i++) {
      b.addSentence(List.of(pick(DETERMINERS, random), pick(NOUNS, random), pick(VERBS, random),
          pick(DETERMINERS, random), pick(NOUNS, random)));
    }
    return b.build(1);
  }

  private static String pick(List<String> words, Random random) {
    return words.get(random.nextInt(words.size()));
  }

  private static Map<String, Integer> classesOf(ClusterCorpus corpus, int[] cls) {
    Map<String, Integer> out = new HashMap<>();
    for (int id = 0; id < corpus.vocabularySize(); id++) out.put(corpus.word(id), cls[id]);
    return out;
  }

  @Test
  void findsThePartsOfSpeechOfAToyLanguage() {
    ClusterCorpus corpus = toyCorpus(7, 3000);
    Map<String, Integer> cls = classesOf(corpus, new ExchangeClusterer(3, 20).cluster(corpus, line -> {}));
    for (List<String> group : List.of(DETERMINERS, NOUNS, VERBS)) {
      Set<Integer> ids = new HashSet<>();
      for (String w : group) ids.add(cls.get(w));
      assertThat(ids).as("one class for %s", group).hasSize(1);
    }
    assertThat(new HashSet<>(cls.values())).hasSize(3);
  }

  @Test
  void sameCorpusGivesByteIdenticalFiles() throws Exception {
    List<byte[]> files = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      ClusterCorpus corpus = toyCorpus(11, 500);
      int[] cls = new ExchangeClusterer(4, 10).cluster(corpus, line -> {});
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ClusterFile.write(corpus, cls, out);
      files.add(out.toByteArray());
    }
    assertThat(files.get(0)).isEqualTo(files.get(1));
  }

  @Test
  void classNumbersFollowTheMostFrequentWordOfEachClass() {
    ClusterCorpus corpus = toyCorpus(3, 1000);
    int[] cls = new ExchangeClusterer(3, 20).cluster(corpus, line -> {});
    assertThat(cls[0]).isZero();
    int highest = 0;
    for (int c : cls) {
      assertThat(c).isLessThanOrEqualTo(highest + 1);
      highest = Math.max(highest, c);
    }
  }

  @Test
  void rejectsSenselessSettings() {
    assertThatThrownBy(() -> new ExchangeClusterer(1, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExchangeClusterer(10, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
