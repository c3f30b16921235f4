package io.rasd.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimLexiconTest {
  @Test
  void startsWithAnyEqualsStartsWithOverTheSet() {
    Set<String> prefixes = Set.of("اعلن", "قال", "صرح");
    for (String form : new String[] {"اعلنت", "اعلن", "قالوا", "قصف", "", "صر", "صرحت"}) {
      boolean expected = prefixes.stream().anyMatch(form::startsWith);
      assertThat(ClaimLexicon.startsWithAny(form, prefixes)).as(form).isEqualTo(expected);
    }
    assertThat(ClaimLexicon.startsWithAny("اعلن", Set.of())).isFalse();
    assertThat(ClaimLexicon.startsWithAny("اعلن", Set.of(""))).as("the empty prefix").isTrue();
  }
}
