package io.rasd.core.entities.grammar;

import io.rasd.core.arabic.Token;
import io.rasd.core.arabic.AnalyzedText;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonPatternsTest {
  private final PersonPatterns patterns = PersonPatterns.fromResources();

  private List<String> persons(String text) {
    List<Token> tokens = AnalyzedText.analyze(text).words();
    return patterns.find(tokens, new boolean[tokens.size()]).stream()
        .map(r -> text.substring(tokens.get(r[0]).start(), tokens.get(r[1]).end())).toList();
  }

  @Test
  void appositionBeforeARole() {
    assertThat(persons("حضر اللقاء بونيت تالوار، سفير الولايات المتحدة")).containsExactly("بونيت تالوار");
  }

  @Test
  void nameAfterASpeechVerbKeepsItsParticles() {
    assertThat(persons("قال مولاي ادريس اكلمام الاسبوع الماضي")).containsExactly("مولاي ادريس اكلمام");
  }

  @Test
  void ordinaryWordsAreNoNames() {
    assertThat(persons("قال مصدر مطلع إن الاجتماع كان مثمرا")).isEmpty();
    assertThat(persons("وأضاف البلاغ أن المباحثات تمحورت")).isEmpty();
  }
}
