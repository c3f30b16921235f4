package io.rasd.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.beam.TableSchemas;
import java.nio.file.Path;

/**
 * Two runs wrote the same rows: every table, row for row, compared through DuckDB over every column but {@code run_id},
 * which names the run that produced a row (so it differs between two runs by design), and which every row has.
 */
public final class SameRows {
  private SameRows() {}

  public static void assertEveryTable(Path actual, Path expected) {
    for (String table : TableSchemas.ALL) {
      String sql = "SELECT * EXCLUDE (run_id) FROM %s ORDER BY ALL";
      assertThat(DuckDb.query(String.format(sql, DuckDb.table(actual, table))))
          .as(table)
          .isEqualTo(DuckDb.query(String.format(sql, DuckDb.table(expected, table))));
      for (Path run : new Path[] {actual, expected}) {
        assertThat(DuckDb.query("SELECT count(*) AS n FROM " + DuckDb.table(run, table) + " WHERE run_id IS NULL"))
            .as(table + ".run_id of " + run).containsExactly(java.util.Map.of("n", 0L));
      }
    }
  }

  /** Every row of every table of a full run names that run (the id in {@code _LATEST}). */
  public static void assertEveryRowNamesTheRun(Path output) {
    String runId = DuckDb.publishedRunId(output);
    for (String table : TableSchemas.ALL) {
      assertThat(DuckDb.query("SELECT count(*) AS n FROM " + DuckDb.table(output, table)
              + " WHERE run_id IS DISTINCT FROM '" + runId.replace("'", "''") + "'"))
          .as(table + ".run_id")
          .containsExactly(java.util.Map.of("n", 0L));
    }
  }
}
