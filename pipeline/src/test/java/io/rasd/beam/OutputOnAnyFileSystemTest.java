package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.testing.InMemoryFileSystem;
import io.rasd.testing.PipelineRuns;
import io.rasd.testing.Seeds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging, tables, manifest, lock and pointer all go through Beam's FileSystems: a non-local one works too. */
class OutputOnAnyFileSystemTest {
  @Test
  void aRunPublishesIntoAnInMemoryFileSystem(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    try (Stream<Path> seeds = Files.list(Seeds.dir())) {
      Path seed = seeds.sorted().findFirst().orElseThrow();
      Files.copy(seed, in.resolve(seed.getFileName()));
    }
    String out = "mem://bucket/rasd/";
    PipelineRuns.run(in, out);

    SortedMap<String, byte[]> files = InMemoryFileSystem.files(out);
    String runId = new String(files.get(out + "_LATEST"), StandardCharsets.UTF_8).trim();
    String run = out + "runs/" + runId + "/";
    assertThat(files).containsKeys(run + "_SUCCESS", run + "_manifest.json", run + "report.html");
    // the report read the tables back through the same file system: the one article is on it
    assertThat(new String(files.get(run + "report.html"), StandardCharsets.UTF_8))
        .contains("<td class=\"n\" data-key=\"rows/articles\">1</td>");
    assertThat(files).doesNotContainKey(out + "_LOCK");
    for (String table : TableSchemas.ALL) {
      String[] parquet =
          files.keySet().stream().filter(k -> k.startsWith(run + table + "/") && k.endsWith(".parquet")).toArray(String[]::new);
      assertThat(parquet).as(table).isNotEmpty();
      for (String f : parquet) {
        byte[] b = files.get(f);
        assertThat(new String(Arrays.copyOf(b, 4), StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        assertThat(new String(Arrays.copyOfRange(b, b.length - 4, b.length), StandardCharsets.US_ASCII)).isEqualTo("PAR1");
      }
    }
    assertThat(new String(files.get(run + "_manifest.json"), StandardCharsets.UTF_8)).contains("\"run_id\" : \"" + runId + "\"");
    assertThat(files.keySet()).noneMatch(k -> k.contains(".temp-beam"));
    assertThat(Path.of("mem:")).doesNotExist();
  }
}
