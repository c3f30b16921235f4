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
        .filter(r -> !r[0].startsWith("!") && !r[1].equals("-")).map(r -> r[1]).collect(Collectors.toSet());
    assertThat(ClaimMetrics.TAXONOMY).containsExactlyInAnyOrderElementsOf(triggered);
    // since issue 11 every metric of the news gold has triggers: none is gold-only
    assertThat(ClaimMetrics.GOLD_ONLY).doesNotContainAnyElementsOf(triggered);
  }

  @Test
  void traitsOfThePeopleCountingMetrics() {
    assertThat(ClaimMetrics.TAXONOMY.stream().filter(ClaimMetrics::countsPeople))
        .containsExactlyInAnyOrder("arrests", "killed", "wounded", "kidnapped", "missing", "sentenced", "convicted",
            "extradited");
    assertThat(ClaimMetrics.TAXONOMY.stream().filter(ClaimMetrics::nounWins)).containsExactlyInAnyOrder("killed", "wounded");
  }
}
