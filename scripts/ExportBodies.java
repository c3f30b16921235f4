import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Writes url and body of a run's articles as JSON Lines, with DuckDB (used by news-entities-bodies.sh). */
public class ExportBodies {
  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("COPY (SELECT url, body FROM read_parquet('" + args[0] + "/articles/*.parquet') ORDER BY url) TO '"
          + args[1] + "' (FORMAT JSON)");
    }
  }
}
