package io.rasd.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads our Parquet back with a real analytics engine, as a user would. */
public final class DuckDb {
  private DuckDb() {}

  public static List<Map<String, Object>> query(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      List<Map<String, Object>> rows = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          Object v = rs.getObject(i);
          // JDBC arrays compare by identity: turn LIST columns into lists so rows compare by value
          row.put(md.getColumnLabel(i), v instanceof java.sql.Array a ? java.util.Arrays.asList((Object[]) a.getArray()) : v);
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB query failed: " + sql, e);
    }
  }

  /** {@code read_parquet('<published run>/<table>/*.parquet')}: the run {@code _LATEST} names, or a folder of tables. */
  public static String table(java.nio.file.Path output, String table) {
    try {
      java.nio.file.Path dir = io.rasd.beam.ParquetTables.tablesDir(output).resolve(table);
      return "read_parquet('" + dir.toString().replace("'", "''") + "/*.parquet')";
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The id {@code <output>/_LATEST} names. */
  public static String publishedRunId(java.nio.file.Path output) {
    try {
      return java.nio.file.Files.readString(output.resolve(io.rasd.beam.run.RunLayout.LATEST)).trim();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static long count(java.nio.file.Path output, String table) {
    return ((Number) query("SELECT count(*) AS n FROM " + table(output, table)).get(0).get("n")).longValue();
  }
}
