package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rasd.beam.run.RunFailedException;
import io.rasd.core.build.BuildInfo;
import io.rasd.testing.DuckDb;
import io.rasd.testing.GitHead;
import io.rasd.testing.PipelineRuns;
import io.rasd.testing.Seeds;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A scheduled run's contract: manifest, file metadata, list layout, and a failed run that keeps the last one. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduledRunsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private Path in;
  private Path out;
  private Path run;

  @BeforeAll
  void runOnTwoSeedsAndABadFile(@TempDir Path tmp) throws Exception {
    in = tmp.resolve("in");
    Files.createDirectories(in);
    try (Stream<Path> seeds = Files.list(Seeds.dir())) {
      for (Path seed : seeds.sorted().limit(2).toList()) {
        Files.copy(seed, in.resolve(seed.getFileName()));
      }
    }
    Files.write(in.resolve("scan.bin"), new byte[] {0, 1, 2, 0, 0, 7});
    out = tmp.resolve("out");
    PipelineRuns.run(in, out);
    run = out.resolve("runs").resolve(Files.readString(out.resolve("_LATEST")).trim());
  }

  @Test
  void theManifestNamesTheBuildTheModelsTheInputsAndWhatWasWritten() throws Exception {
    JsonNode m = JSON.readTree(run.resolve("_manifest.json").toFile());
    assertThat(m.get("run_id").asText()).isEqualTo(run.getFileName().toString());
    assertThat(m.get("rasd_version").asText()).isEqualTo(BuildInfo.version()).isNotEqualTo("unknown");
    // the commit of this tree's repository, or "unknown" only when the tree has no .git (see scripts/build-info.sh)
    assertThat(m.get("git_commit").asText()).isEqualTo(BuildInfo.gitCommit()).isEqualTo(GitHead.of(Seeds.root()));
    if (Files.exists(Seeds.root().resolve(".git"))) {
      assertThat(m.get("git_commit").asText()).matches("[0-9a-f]{40}");
    }
    assertThat(m.get("started").asText()).isLessThan(m.get("ended").asText());
    assertThat(m.get("runner").asText()).isEqualTo("DirectRunner");
    assertThat(m.get("flags").get("input").asText()).isEqualTo(in.toString());
    try (InputStream model = getClass().getClassLoader().getResourceAsStream("entities/ner-ar.bin")) {
      assertThat(m.get("sha256").get("entities/ner-ar.bin").asText()).isEqualTo(BuildInfo.sha256(model));
    }
    assertThat(m.get("sha256").has("entities/gazetteer.tsv")).isTrue();
    assertThat(m.get("sha256").has("claims/taxonomy.tsv")).isTrue();
    assertThat(m.get("input_files").asInt()).isEqualTo(3);
    for (JsonNode f : m.get("inputs")) {
      Path p = Path.of(f.get("path").asText());
      assertThat(f.get("size").asLong()).isEqualTo(Files.size(p));
      try (InputStream content = Files.newInputStream(p)) {
        assertThat(f.get("sha256").asText()).isEqualTo(BuildInfo.sha256(content));
      }
    }
    for (String table : TableSchemas.ALL) {
      assertThat(m.get("rows").get(table).asLong()).as(table).isEqualTo(DuckDb.count(out, table));
    }
    assertThat(m.get("rejects_by_reason").get("binary").asLong()).isEqualTo(1);
    assertThat(DuckDb.query("SELECT reason, count(*) AS n FROM " + DuckDb.table(out, "rejects") + " GROUP BY reason"))
        .containsExactly(Map.of("reason", "binary", "n", 1L));
  }

  @Test
  void everyParquetFileCarriesTheRunIdVersionAndModelHash() throws Exception {
    String modelHash = BuildInfo.modelHashes().get("entities/ner-ar.bin");
    for (String table : TableSchemas.ALL) {
      List<Map<String, Object>> kv =
          DuckDb.query(
              "SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('" + run.resolve(table) + "/*.parquet')");
      assertThat(kv).as(table).contains(
          Map.of("k", "rasd.run_id", "v", run.getFileName().toString()),
          Map.of("k", "rasd.version", "v", BuildInfo.version()),
          Map.of("k", "rasd.git_commit", "v", BuildInfo.gitCommit()),
          Map.of("k", "rasd.sha256.entities/ner-ar.bin", "v", modelHash));
    }
  }

  @Test
  void listsUseTheStandardThreeLevelLayoutAsDuckDbReadsThem() {
    List<Map<String, Object>> schema =
        DuckDb.query(
            "SELECT name, repetition_type FROM parquet_schema('" + run.resolve("entities") + "/*.parquet')"
                + " WHERE name IN ('aliases', 'list', 'element', 'array')");
    assertThat(schema)
        .containsExactly(
            Map.of("name", "aliases", "repetition_type", "REQUIRED"),
            Map.of("name", "list", "repetition_type", "REPEATED"),
            Map.of("name", "element", "repetition_type", "REQUIRED"));
    assertThat(DuckDb.query("SELECT typeof(aliases) AS t FROM " + DuckDb.table(out, "entities") + " LIMIT 1"))
        .containsExactly(Map.of("t", "VARCHAR[]"));
  }

  @Test
  void aRunWithNoArticleFailsAndKeepsThePublishedRun() throws Exception {
    Path bad = in.resolveSibling("only-bad");
    Files.createDirectories(bad);
    Files.write(bad.resolve("scan.bin"), new byte[] {0, 0, 0, 1});
    Files.writeString(bad.resolve("empty.txt"), "");
    String latest = Files.readString(out.resolve("_LATEST"));
    List<String> runsBefore = List.of(out.resolve("runs").toFile().list());
    assertThatThrownBy(() -> PipelineRuns.run(bad, out))
        .isInstanceOf(RunFailedException.class)
        .hasMessageContaining("no article came out of 2 input file(s)")
        .hasMessageContaining("previous output is kept");
    assertThat(Files.readString(out.resolve("_LATEST"))).isEqualTo(latest);
    assertThat(out.resolve("runs").toFile().list()).containsExactlyInAnyOrderElementsOf(runsBefore);
    assertThat(out.resolve("_LOCK")).doesNotExist();
  }

  @Test
  void anInputThatMatchesNothingIsAUsageErrorAndTouchesNothing() throws Exception {
    String latest = Files.readString(out.resolve("_LATEST"));
    assertThatThrownBy(() -> PipelineRuns.run(in.resolve("no-such-folder"), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("matches no file");
    assertThat(Files.readString(out.resolve("_LATEST"))).isEqualTo(latest);
  }
}
