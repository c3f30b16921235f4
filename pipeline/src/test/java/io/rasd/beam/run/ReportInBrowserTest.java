package io.rasd.beam.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.beam.TableSchemas;
import io.rasd.testing.DuckDb;
import io.rasd.testing.HeadlessChromium;
import io.rasd.testing.PipelineRuns;
import io.rasd.testing.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run report in a real browser (Debian's headless Chromium): it loads from a file URL with no console error and no
 * network request, its script runs, and every number on it equals what DuckDB counts in the run's Parquet tables.
 */
class ReportInBrowserTest {
  /** Every figure of the page by its {@code data-key}, the text as shown, the script's mark, and the page's links. */
  private static final String READ_PAGE =
      "({script: document.documentElement.dataset.script || null,"
          + " figures: Object.fromEntries(Array.from(document.querySelectorAll('[data-key]'),"
          + "   e => [e.dataset.key, e.textContent.trim()])),"
          + " svgs: document.querySelectorAll('svg rect').length})";

  @TempDir Path tmp;

  @Test
  void theReportShowsTheTablesNumbersWithNoScriptErrorAndNoNetwork() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    try (Stream<Path> seeds = Files.list(Seeds.dir())) {
      for (Path s : seeds.toList()) {
        Files.copy(s, in.resolve(s.getFileName()));
      }
    }
    Files.write(in.resolve("empty.txt"), new byte[0]); // two rejects, so the reasons table has rows
    Files.write(in.resolve("blob.txt"), new byte[] {0, 1, 2, 0, 0, 3, 0, 4});
    Path out = tmp.resolve("out");
    PipelineRuns.run(in, out);
    Path report = out.resolve("current").resolve(RunLayout.REPORT);
    assertThat(report).isRegularFile();

    HeadlessChromium.Load page;
    try (HeadlessChromium browser = HeadlessChromium.start(tmp)) {
      page = browser.load(report.toUri().toString(), READ_PAGE);
    }
    assertThat(page.consoleErrors()).isEmpty();
    assertThat(page.networkRequests()).isEmpty();
    assertThat(page.value().path("script").asText()).isEqualTo("ready");
    assertThat(page.value().path("svgs").asInt()).isPositive(); // the charts drew bars

    Map<String, String> shown = new TreeMap<>();
    page.value().path("figures").fields().forEachRemaining(e -> shown.put(e.getKey(), e.getValue().asText()));
    assertThat(shown).isEqualTo(expected(out));
  }

  /** The same figures, counted by DuckDB from the published run's Parquet files. */
  private static Map<String, String> expected(Path out) {
    Map<String, String> e = new TreeMap<>();
    e.put("mode", "full run");
    for (String table : TableSchemas.ALL) {
      e.put("rows/" + table, number(DuckDb.count(out, table)));
    }
    String articles = DuckDb.table(out, TableSchemas.ARTICLES);
    String claims = DuckDb.table(out, TableSchemas.CLAIMS);
    put(e, "SELECT 'rejects/' || reason AS k, count(*) AS n FROM " + DuckDb.table(out, TableSchemas.REJECTS)
        + " GROUP BY reason");
    put(e, "SELECT 'claims/' || metric AS k, count(*) AS n FROM " + claims + " GROUP BY metric");
    String day = "coalesce(a.published_date::VARCHAR, 'unknown date')";
    put(e, "SELECT 'claims-day/' || " + day + " || '/' || c.metric AS k, count(*) AS n FROM " + claims + " c JOIN "
        + articles + " a USING (article_id) GROUP BY ALL");
    String source = "coalesce(nullif(trim(a.source), ''), '(no source)')";
    put(e, "SELECT 'articles/' || " + source + " AS k, count(*) AS n FROM " + articles + " a GROUP BY ALL");
    put(e, "SELECT 'articles-day/' || " + day + " || '/' || " + source + " AS k, count(*) AS n FROM " + articles
        + " a GROUP BY ALL");
    String top = "(SELECT * FROM " + DuckDb.table(out, TableSchemas.ENTITIES)
        + " ORDER BY article_count DESC, mention_count DESC, entity_id LIMIT " + RunReportWriter.TOP_ENTITIES + ")";
    put(e, "SELECT 'entity/' || entity_id || '/articles' AS k, article_count AS n FROM " + top);
    put(e, "SELECT 'entity/' || entity_id || '/mentions' AS k, mention_count AS n FROM " + top);
    assertThat(e).containsKey("rejects/empty").containsKey("rejects/binary");
    assertThat(e.keySet()).anyMatch(k -> k.startsWith("claims-day/")).anyMatch(k -> k.startsWith("entity/"));
    return e;
  }

  private static void put(Map<String, String> into, String sql) {
    for (Map<String, Object> r : DuckDb.query(sql)) {
      into.put((String) r.get("k"), number(((Number) r.get("n")).longValue()));
    }
  }

  private static String number(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }

  /** The harness itself sees what it must: without this, an empty error list could mean a deaf listener. */
  @Test
  void theBrowserHarnessReportsScriptErrorsAndNetworkRequests() throws Exception {
    Path page = tmp.resolve("broken.html");
    Files.writeString(page, "<!DOCTYPE html><html><body><img src=\"http://127.0.0.1:9/x.png\">"
        + "<script>console.error('seen'); document.body.dataset.k = 'v'; notDefined();</script></body></html>");
    HeadlessChromium.Load load;
    try (HeadlessChromium browser = HeadlessChromium.start(tmp)) {
      load = browser.load(page.toUri().toString(), "document.body.dataset.k");
    }
    assertThat(load.value().asText()).isEqualTo("v");
    assertThat(load.consoleErrors()).anyMatch(m -> m.contains("seen")).anyMatch(m -> m.contains("notDefined"));
    assertThat(load.networkRequests()).contains("http://127.0.0.1:9/x.png");
  }
}
