package io.rasd.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.ResourceLines;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ClaimMetricsTest {
  @Test
  void theListedMetricsAreExactlyTheTaxonomysAndTheGoldOnlyOnesHaveNoTrigger() {
    Set<String> triggered = ResourceLines.readTsv("claims/taxonomy.tsv", 2).stream()
        .filter(r -> !r[0].startsWith("!")).map(r -> r[1]).collect(Collectors.toSet());
    assertThat(ClaimMetrics.TAXONOMY).containsExactlyInAnyOrderElementsOf(triggered);
    assertThat(ClaimMetrics.GOLD_ONLY).isNotEmpty().doesNotContainAnyElementsOf(triggered);
  }

  @Test
  void traitsOfThePeopleCountingMetrics() {
    assertThat(ClaimMetrics.TAXONOMY.stream().filter(ClaimMetrics::countsPeople))
        .containsExactlyInAnyOrder("arrests", "killed", "wounded", "kidnapped");
    assertThat(ClaimMetrics.TAXONOMY.stream().filter(ClaimMetrics::nounWins)).containsExactlyInAnyOrder("killed", "wounded");
  }
}
