package io.rasd.beam.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rasd.beam.ProgressLine;
import io.rasd.beam.RasdMetrics;
import io.rasd.testing.DuckDb;
import io.rasd.testing.PipelineRuns;
import io.rasd.testing.SameRows;
import io.rasd.testing.Seeds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --incremental} gives the tables of a full run over the same folder, every column of every table, while
 * extracting only the articles of new and changed inputs. One folder goes through three days: a full run; a new
 * file that sorts last (the base's articles files are copied); then a new file whose article a kept file already
 * held (the new copy sorts first: the kept one becomes the duplicate), a changed file and a removed one whose
 * article another kept file duplicated (that file is read again).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncrementalRunsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<Path> seeds = Seeds.files();
  private Path out;
  private PipelineRuns.Run day2;
  private PipelineRuns.Run day3;
  private Path full2;
  private Path full3;
  private Path run2;
  private JsonNode manifest2;
  private JsonNode manifest3;
  private Map<String, List<String>> baseState;
  private Map<String, List<String>> state2;

  @BeforeAll
  void threeDays(@TempDir Path tmp) throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    out = tmp.resolve("out");
    for (int i = 0; i < 3; i++) {
      Files.copy(seeds.get(i), in.resolve("00" + i + ".txt"));
    }
    Files.copy(seeds.get(3), in.resolve("zz_copy_of_3.txt"));
    Files.copy(seeds.get(2), in.resolve("zz_copy_of_2.txt"));
    Files.write(in.resolve("scan.bin"), new byte[] {0, 1, 2, 0, 0, 7});
    PipelineRuns.run(in, out.toString(), "--incremental"); // no base yet: a full run

    Files.copy(seeds.get(4), in.resolve("zzz_day2.txt"));
    day2 = PipelineRuns.run(in, out.toString(), "--incremental");
    manifest2 = manifest(out);
    run2 = out.resolve("runs").resolve(manifest2.get("run_id").asText()); // day 3 moves _LATEST on
    baseState = stateFiles(out.resolve("runs").resolve(manifest2.get("incremental").get("base_run_id").asText()));
    state2 = stateFiles(run2);
    full2 = tmp.resolve("full2");
    PipelineRuns.run(in, full2);

    Files.copy(seeds.get(3), in.resolve("003.txt"));
    Files.writeString(
        in.resolve("001.txt"), "\n\nوأعلنت الشرطة اعتقال 12 شخصا في المدينة.\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    Files.delete(in.resolve("002.txt"));
    day3 = PipelineRuns.run(in, out.toString(), "--incremental");
    manifest3 = manifest(out);
    full3 = tmp.resolve("full3");
    PipelineRuns.run(in, full3);
  }

  /** The file names of a run's state, per state table. */
  private static Map<String, List<String>> stateFiles(Path run) throws Exception {
    Map<String, List<String>> files = new java.util.TreeMap<>();
    for (String name : StateTables.ALL) {
      try (var s = Files.list(run.resolve(StateTables.DIR).resolve(name))) {
        files.put(name, s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".parquet")).sorted().toList());
      }
    }
    return files;
  }

  private static JsonNode manifest(Path out) throws Exception {
    String id = Files.readString(out.resolve("_LATEST")).trim();
    return JSON.readTree(out.resolve("runs").resolve(id).resolve("_manifest.json").toFile());
  }

  @Test
  void aNewFileThatSortsLastGivesTheFullRunsTablesExtractingOnlyItsArticle() {
    SameRows.assertEveryTable(run2, full2);
    assertThat(day2.summary().get(RasdMetrics.EXTRACTED)).isEqualTo(1);
    // the progress line's work is the one article read, not the base's carried inputs: it ends at 100%
    assertThat(day2.summary().get(RasdMetrics.CLEANED) - day2.summary().get(RasdMetrics.DUPLICATES)).isEqualTo(1);
    assertThat(ProgressLine.of(day2.summary(), 1, 1)).contains("done=100%");
    JsonNode inc = manifest2.get("incremental");
    assertThat(inc.get("inputs").get("new")).hasSize(1);
    assertThat(inc.get("inputs").get("new").get(0).asText()).endsWith("zzz_day2.txt");
    assertThat(inc.get("inputs").get("unchanged").asInt()).isEqualTo(6);
    assertThat(inc.get("articles_added").asLong()).isEqualTo(1);
    assertThat(inc.get("articles_from_base").asLong()).isEqualTo(4);
    assertThat(inc.get("articles_removed").asLong()).isZero();
    assertThat(inc.get("base_articles_files").asText()).isEqualTo("copied");
    assertThat(manifest2.get("rows").get("articles").asLong()).isEqualTo(DuckDb.count(run2, "articles")).isEqualTo(5);
  }

  @Test
  void aNewFileThatSortsLastCopiesTheBaseStateAndWritesOnlyItsArticlesState() {
    // the base's state files as they were, plus this run's own for the one article it read; day 3 builds on both
    String run = manifest2.get("run_id").asText();
    for (String name : StateTables.ALL) {
      assertThat(state2.get(name)).containsAll(baseState.get(name));
      assertThat(state2.get(name).stream().filter(n -> !baseState.get(name).contains(n)))
          .allMatch(n -> n.startsWith(name + "-" + run + "-"));
    }
    assertThat(state2.get(StateTables.COPIES)).hasSize(baseState.get(StateTables.COPIES).size() + 1);
    assertThat(state2.get(StateTables.MENTIONS)).hasSize(baseState.get(StateTables.MENTIONS).size() + 1);
    Path base = out.resolve("runs").resolve(manifest2.get("incremental").get("base_run_id").asText());
    assertThat(copies(run2)).isEqualTo(copies(base) + 1);
  }

  private static long copies(Path run) {
    return ((Number) DuckDb.query("SELECT count(*) AS n FROM read_parquet('" + run.resolve(StateTables.DIR)
        + "/copies/*.parquet')").get(0).get("n")).longValue();
  }

  @Test
  void changedRemovedAndPrecedingCopiesGiveTheFullRunsTablesExtractingOnlyTheFilesReadAgain() {
    SameRows.assertEveryTable(out, full3);
    // 003.txt (new), 001.txt (changed) and zz_copy_of_2.txt (its first copy, 002.txt, is gone): three extractions
    assertThat(day3.summary().get(RasdMetrics.EXTRACTED)).isEqualTo(3);
    assertThat(day3.summary().get(RasdMetrics.CLEANED) - day3.summary().get(RasdMetrics.DUPLICATES)).isEqualTo(3);
    JsonNode inc = manifest3.get("incremental");
    assertThat(inc.get("base_run_id").asText()).isEqualTo(manifest2.get("run_id").asText());
    assertThat(inc.get("inputs").get("changed").get(0).asText()).endsWith("001.txt");
    assertThat(inc.get("inputs").get("removed").get(0).asText()).endsWith("002.txt");
    assertThat(inc.get("inputs").get("reread").get(0).asText()).endsWith("zz_copy_of_2.txt");
    assertThat(inc.get("base_articles_files").asText()).isEqualTo("rewritten");
    // 001 and 002 went with their files, zz_copy_of_3's article is now 003's: 5 - 3 from the base, 3 extracted
    assertThat(inc.get("articles_from_base").asLong()).isEqualTo(2);
    assertThat(inc.get("articles_removed").asLong()).isEqualTo(3);
    assertThat(DuckDb.query("SELECT source_file FROM " + DuckDb.table(out, "rejects") + " WHERE reason = 'duplicate'"))
        .extracting(r -> Path.of(r.get("source_file").toString()).getFileName().toString())
        .containsExactly("zz_copy_of_3.txt");
  }

  @Test
  void theRunBalancesOverTheWholePublishedTables() {
    assertThat(day3.summary().balanced()).isTrue();
    assertThat(day3.summary().get(RasdMetrics.INPUTS))
        .isEqualTo(DuckDb.count(out, "articles") + DuckDb.count(out, "rejects"));
    assertThat(manifest3.get("rows").get("mentions").asLong()).isEqualTo(DuckDb.count(out, "mentions"));
    assertThat(manifest3.get("rejects_by_reason")).isEqualTo(JSON.valueToTree(Map.of("binary", 1, "duplicate", 1)));
  }
}
