package io.rasd.beam.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunManifestTest {
  private static RunManifest.Run run(RunIncrement increment) {
    return new RunManifest.Run("r2", Instant.EPOCH, Instant.EPOCH, "DirectRunner", Map.of("input", "in"),
        List.of(new InputInventory.InputFile("in/a.txt", 3, "ab")), Map.of("articles", 1L), Map.of(), increment);
  }

  @Test
  void theIncrementalBlockIsWrittenAndReadBack() {
    RunIncrement increment = new RunIncrement("r1", List.of("in/new.zip"), 17, Map.of("articles", 120L, "claims", 9L));
    String json = RunManifest.toJson(run(increment));
    assertThat(json).contains("\"incremental\"").contains("\"previous_run_id\" : \"r1\"")
        .contains("\"new_inputs\"").contains("\"unchanged_inputs\" : 17").contains("\"rows_added\"");
    assertThat(RunManifest.incremental(json)).contains(increment);
  }

  @Test
  void aFullRunHasNoIncrementalBlock() {
    String json = RunManifest.toJson(run(null));
    assertThat(json).doesNotContain("incremental");
    assertThat(RunManifest.incremental(json)).isEmpty();
  }
}
