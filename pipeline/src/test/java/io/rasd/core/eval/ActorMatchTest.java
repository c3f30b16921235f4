package io.rasd.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorMatchTest {
  @Test
  void wholeWordContainmentEitherWayAfterFolding() {
    assertThat(ActorMatch.matches("شرطة محافظة ضباء", "الشرطة")).isTrue();
    assertThat(ActorMatch.matches("السلطات", "السلطات التركية")).isTrue();
    assertThat(ActorMatch.matches("دوريات أمن الطرق", "امن الطرق")).isTrue(); // hamza folded
    assertThat(ActorMatch.matches("وزارة الداخلية", "وزارة  الداخلية.")).isTrue(); // taa marbuta, spaces, dot
  }

  @Test
  void partsOfWordsAndMissingActorsDoNotMatch() {
    assertThat(ActorMatch.matches("داعش", "السلطات التركية")).isFalse();
    assertThat(ActorMatch.matches("الأمن", "الأمني")).isFalse();
    assertThat(ActorMatch.matches("الجيش", null)).isFalse();
    assertThat(ActorMatch.matches("الجيش", " - ")).isFalse();
  }
}
