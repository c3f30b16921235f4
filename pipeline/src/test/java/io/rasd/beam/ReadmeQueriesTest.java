package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.testing.DuckDb;
import io.rasd.testing.PipelineRuns;
import io.rasd.testing.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DuckDB queries the READMEs show (every {@code ```sql} block of README.md and output/README.md, and output/README's
 * inline {@code parquet_kv_metadata} query) run as written on the seeds' published output, each giving rows; only the
 * {@code output/} folder is this test's. The pandas snippet is not run (no pandas/pyarrow here: output/README says).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeQueriesTest {
  private static final Pattern SQL_BLOCK = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern INLINE_KV = Pattern.compile("`(SELECT [^`]*parquet_kv_metadata[^`]*)`");
  private Path out;

  @BeforeAll
  void publishTheSeeds(@TempDir Path tmp) {
    out = tmp.resolve("output");
    PipelineRuns.run(Seeds.dir(), out);
  }

  static List<String> queries(String markdown) {
    List<String> queries = new ArrayList<>();
    Matcher m = SQL_BLOCK.matcher(markdown);
    while (m.find()) {
      StringBuilder block = new StringBuilder();
      for (String line : m.group(1).split("\n")) {
        if (!line.strip().startsWith("--")) {
          block.append(line).append('\n');
        }
      }
      for (String q : block.toString().split(";")) {
        if (!q.isBlank()) {
          queries.add(q.strip());
        }
      }
    }
    Matcher kv = INLINE_KV.matcher(markdown);
    while (kv.find()) {
      queries.add(kv.group(1));
    }
    return queries;
  }

  private List<String> queriesOf(String readme) throws Exception {
    return queries(Files.readString(Seeds.root().resolve(readme))).stream()
        .map(q -> q.replace("'output/", "'" + out + "/"))
        .toList();
  }

  @Test
  void everyQueryOfTheReadmesRunsAndGivesRows() throws Exception {
    List<String> all = new ArrayList<>(queriesOf("README.md"));
    all.addAll(queriesOf("output/README.md"));
    assertThat(all).hasSizeGreaterThanOrEqualTo(5); // 3 in README's DuckDB section, 2 in output/README
    for (String q : all) {
      assertThat(DuckDb.query(q)).as(q).isNotEmpty();
    }
  }
}
