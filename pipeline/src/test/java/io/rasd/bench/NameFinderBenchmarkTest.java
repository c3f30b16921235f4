package io.rasd.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.testing.Seeds;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NameFinderBenchmarkTest {
  @Test
  void theBenchmarkTagsTheRepositorySeedsCopiedOntoTheClasspath() throws Exception {
    StringBuilder seeds = new StringBuilder();
    for (Path f : Seeds.files()) seeds.append(Seeds.text(f.getFileName().toString()));
    assertThat(NameFinderBenchmark.seedText()).isNotEmpty().isEqualTo(seeds.toString());
  }
}
