package io.rasd.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NameFinderBenchmarkTest {
  @Test
  void theBenchmarkTagsTheRepositorySeedsCopiedOntoTheClasspath() throws Exception {
    // the repository's seeds/ (the test runs in bench/), in name order as the benchmark concatenates them
    Path dir = Path.of(System.getProperty("rasd.root", "..")).resolve("seeds");
    StringBuilder seeds = new StringBuilder();
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
      assertFalse(files.isEmpty(), "no seed file in " + dir);
      for (Path f : files) {
        seeds.append(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    assertEquals(seeds.toString(), NameFinderBenchmark.seedText());
  }
}
