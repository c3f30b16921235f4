package io.rasd.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdsTest {
  @Test
  void sameCompositeSameIdAndPartsDoNotRunTogether() {
    assertThat(Ids.of("a", 1, "b")).isEqualTo(Ids.of("a", 1, "b")).hasSize(32).matches("[0-9a-f]+");
    assertThat(Ids.of("ab", "c")).isNotEqualTo(Ids.of("a", "bc"));
    assertThat(Ids.of((Object) null, "x")).isNotEqualTo(Ids.of("", "x"));
  }
}
