package io.rasd.testing;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Locks a run's output before a refactor: one line per column of every table, with the table's row count and an
 * order-independent DuckDB hash of the column's values (sum of {@code hash(col)}), so two runs compare with
 * {@code diff}. {@code diff OLD NEW} lists, per table, the rows (over the columns both have) that only one side has.
 *
 * <pre>
 * scripts/output-lock.sh hash output            > locks/seeds.tsv
 * scripts/output-lock.sh diff old-output output  # rows only in old (-) / only in new (+)
 * </pre>
 */
public final class OutputLock {
  private OutputLock() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length == 2 && args[0].equals("hash")) {
      hash(Path.of(args[1]), out);
    } else if (args.length >= 3 && args[0].equals("diff")) {
      int limit = args.length > 3 ? Integer.parseInt(args[3]) : 20;
      diff(Path.of(args[1]), Path.of(args[2]), limit, out);
    } else {
      System.err.println("usage: OutputLock hash OUTPUT_DIR | diff OLD_DIR NEW_DIR [ROWS]");
      System.exit(2);
    }
  }

  static List<String> tables(Path output) throws Exception {
    try (Stream<Path> s = Files.list(io.rasd.beam.ParquetTables.tablesDir(output))) {
      return s.filter(p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith("."))
          .filter(p -> hasParquet(p))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  private static boolean hasParquet(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> p.toString().endsWith(".parquet"));
    } catch (Exception e) {
      return false;
    }
  }

  /** Every column but {@code run_id}, which names the run and so differs between any two runs by design. */
  static List<String> columns(Path output, String table) {
    List<String> cols = new ArrayList<>();
    for (Map<String, Object> r : DuckDb.query("DESCRIBE SELECT * FROM " + DuckDb.table(output, table))) {
      if (!"run_id".equals(r.get("column_name"))) {
        cols.add((String) r.get("column_name"));
      }
    }
    return cols;
  }

  /** table, column, rows, hash: one line per column, sorted. */
  public static void hash(Path output, PrintStream out) throws Exception {
    out.println("table\tcolumn\trows\thash");
    for (String table : tables(output)) {
      List<String> cols = columns(output, table);
      StringBuilder sql = new StringBuilder("SELECT count(*)::VARCHAR AS n");
      for (int i = 0; i < cols.size(); i++) {
        sql.append(", coalesce(sum(hash(\"").append(cols.get(i).replace("\"", "\"\"")).append("\")), 0)::VARCHAR AS c").append(i);
      }
      sql.append(" FROM ").append(DuckDb.table(output, table));
      Map<String, Object> r = DuckDb.query(sql.toString()).get(0);
      for (int i = 0; i < cols.size(); i++) {
        out.println(table + "\t" + cols.get(i) + "\t" + r.get("n") + "\t" + r.get("c" + i));
      }
    }
  }

  /** Rows (over the columns both sides have) that only the old or only the new output holds. */
  public static void diff(Path old, Path neu, int limit, PrintStream out) throws Exception {
    List<String> all = new ArrayList<>(tables(old));
    for (String t : tables(neu)) if (!all.contains(t)) all.add(t);
    for (String table : all) {
      if (!tables(old).contains(table) || !tables(neu).contains(table)) {
        out.println("== " + table + ": only in " + (tables(old).contains(table) ? "old" : "new"));
        continue;
      }
      List<String> oc = columns(old, table);
      List<String> nc = columns(neu, table);
      List<String> common = oc.stream().filter(nc::contains).toList();
      String cols = String.join(", ", common.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList());
      String o = "SELECT " + cols + " FROM " + DuckDb.table(old, table);
      String n = "SELECT " + cols + " FROM " + DuckDb.table(neu, table);
      long minus = count("(" + o + " EXCEPT ALL " + n + ")");
      long plus = count("(" + n + " EXCEPT ALL " + o + ")");
      out.println("== " + table + ": old " + count("(" + o + ")") + " rows, new " + count("(" + n + ")")
          + " rows; only old " + minus + ", only new " + plus
          + (oc.equals(nc) ? "" : "; columns old-only " + minus(oc, nc) + " new-only " + minus(nc, oc)));
      if (limit > 0) {
        for (Map<String, Object> r : DuckDb.query("SELECT * FROM (" + o + " EXCEPT ALL " + n + ") LIMIT " + limit)) out.println("- " + r);
        for (Map<String, Object> r : DuckDb.query("SELECT * FROM (" + n + " EXCEPT ALL " + o + ") LIMIT " + limit)) out.println("+ " + r);
      }
    }
  }

  private static List<String> minus(List<String> a, List<String> b) {
    return a.stream().filter(x -> !b.contains(x)).toList();
  }

  private static long count(String from) {
    return ((Number) DuckDb.query("SELECT count(*) AS n FROM " + from + " t").get(0).get("n")).longValue();
  }
}
