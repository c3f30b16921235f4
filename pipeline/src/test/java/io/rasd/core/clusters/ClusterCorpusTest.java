package io.rasd.core.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterCorpusTest {
  @Test
  void idsFollowFallingFrequencyThenKeyAndRareWordsStayOut() {
    ClusterCorpus c = ClusterCorpus.builder()
        .addSentence(List.of("b", "a", "z", "a"))
        .addSentence(List.of("b", "q", "a"))
        .addSentence(List.of())
        .build(2);
    assertThat(c.vocabularySize()).isEqualTo(2);
    assertThat(c.word(0)).isEqualTo("a");
    assertThat(c.count(0)).isEqualTo(3);
    assertThat(c.word(1)).isEqualTo("b");
    assertThat(c.size()).isEqualTo(7);
    assertThat(c.tokens()).containsExactly(1, 0, ClusterCorpus.RARE, 0, ClusterCorpus.BOUNDARY, 1,
        ClusterCorpus.RARE, 0, ClusterCorpus.BOUNDARY);
  }

  @Test
  void equalCountsAreOrderedByKeyWhateverTheInputOrder() {
    ClusterCorpus one = ClusterCorpus.builder().addSentence(List.of("y", "x")).build(1);
    ClusterCorpus two = ClusterCorpus.builder().addSentence(List.of("x", "y")).build(1);
    assertThat(one.word(0)).isEqualTo("x").isEqualTo(two.word(0));
  }
}
