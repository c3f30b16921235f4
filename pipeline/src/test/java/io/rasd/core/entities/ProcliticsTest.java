package io.rasd.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcliticsTest {
  @Test
  void readsThroughConjunctionPrepositionAndArticle() {
    assertThat(Proclitics.readings("وبالرباط")).extracting(Proclitics.Reading::offset).containsExactly(0, 1, 2);
    assertThat(Proclitics.readings("وبالرباط").get(2).key()).isEqualTo("الرباط");
    assertThat(Proclitics.articleOffset("وبالرباط")).isEqualTo(2);
    assertThat(Proclitics.articleOffset("بالرباط")).isEqualTo(1);
  }

  @Test
  void restoresTheArticleAfterLam() {
    // ل + الأمن is written للأمن
    assertThat(Proclitics.readings("للأمن")).extracting(Proclitics.Reading::key).contains("الامن");
  }

  @Test
  void leavesShortWordsAlone() {
    assertThat(Proclitics.readings("في")).hasSize(1);
    assertThat(Proclitics.longestStrip("لوليام")).isEqualTo("وليام");
  }
}
