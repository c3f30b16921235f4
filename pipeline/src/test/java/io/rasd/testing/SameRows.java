package io.rasd.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.beam.TableSchemas;
import java.nio.file.Path;

/** Two runs wrote the same rows: every table, row for row, compared through DuckDB. */
public final class SameRows {
  private SameRows() {}

  public static void assertEveryTable(Path actual, Path expected) {
    for (String table : TableSchemas.ALL) {
      String sql = "SELECT * FROM %s ORDER BY ALL";
      assertThat(DuckDb.query(String.format(sql, DuckDb.table(actual, table))))
          .as(table)
          .isEqualTo(DuckDb.query(String.format(sql, DuckDb.table(expected, table))));
    }
  }
}
