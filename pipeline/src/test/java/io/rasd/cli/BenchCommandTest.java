package io.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.testing.Seeds;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @TempDir Path tmp;

  @Test
  void runsBothSidesInFreshJvmsAndEndsWithTheMachineReadableLine() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream log = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int exit =
        BenchCommand.run(
            new String[] {"--input=" + Seeds.dir(), "--output=" + tmp.resolve("out"), "--threads=2"}, log);

    assertThat(exit).isZero();
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    String last = lines.get(lines.size() - 1);
    assertThat(last)
        .matches(
            "bench: articles=5 words=\\d+ pipeline_s=\\d+\\.\\d core_s=\\d+\\.\\d ratio=\\d+\\.\\d\\d peak_rss_mb=\\d+");
    // both sides saw the same articles, mentions and claims
    List<Map<String, String>> parts =
        lines.stream()
            .filter(l -> l.startsWith(BenchPart.PREFIX))
            .map(l -> BenchCommand.parseFields(l.substring(BenchPart.PREFIX.length())))
            .toList();
    assertThat(parts).hasSize(2);
    for (String field : List.of("articles", "mentions", "claims")) {
      assertThat(parts.get(0).get(field)).isEqualTo(parts.get(1).get(field));
    }
    assertThat(tmp.resolve("out/current/claims")).isDirectory();
  }

  @Test
  void aFailingSideFailsTheBenchmarkWithAClearError() throws Exception {
    Path notADirectory = java.nio.file.Files.writeString(tmp.resolve("out"), "a file, not a directory");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                BenchCommand.run(
                    new String[] {"--input=" + Seeds.dir(), "--output=" + notADirectory},
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("pipeline side of the benchmark failed");
  }
}
