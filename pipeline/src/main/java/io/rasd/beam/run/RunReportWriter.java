package io.rasd.beam.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rasd.beam.ParquetRows;
import io.rasd.beam.TableSchemas;
import io.rasd.core.report.ReportPage;
import io.rasd.core.report.RunReport;
import io.rasd.core.report.Tally;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Writes {@code runs/<run_id>/report.html} from what the run itself recorded: rows per table and rejects per reason
 * from its manifest (Beam's counters), the rest counted from the rows it wrote (only the few columns needed), so the
 * page's numbers are the tables' numbers.
 */
public final class RunReportWriter {
  /** Entities listed in "top entities by article count". */
  public static final int TOP_ENTITIES = 25;

  private static final ObjectMapper JSON = new ObjectMapper();

  private RunReportWriter() {}

  public static void write(OutputStore store, String runId) throws IOException {
    String run = RunLayout.runFolder(runId) + "/";
    String manifest = store.readString(store.file(run + RunLayout.MANIFEST))
        .orElseThrow(() -> new IOException("no " + RunLayout.MANIFEST + " in " + store.dir(run)));
    RunReport report = report(store, store.dir(run), manifest);
    store.write(store.file(run + RunLayout.REPORT), ReportPage.render(report).getBytes(StandardCharsets.UTF_8),
        "text/html");
  }

  static RunReport report(OutputStore store, ResourceId runDir, String manifestJson) throws IOException {
    JsonNode m = JSON.readTree(manifestJson);
    RunReport.Header header = new RunReport.Header(
        m.path("run_id").asText(), m.path("started").asText(), m.path("ended").asText(), m.path("runner").asText(),
        m.path("rasd_version").asText(), m.path("git_commit").asText(), m.path("flags").path("input").asText());

    Map<String, String> dayOfArticle = new HashMap<>();
    Tally articles = new Tally();
    ParquetRows.forEach(table(store, runDir, TableSchemas.ARTICLES), TableSchemas.of(TableSchemas.ARTICLES),
        List.of("article_id", "published_date", "source"), r -> {
          String day = day(r.get("published_date"));
          dayOfArticle.put(r.get("article_id").toString(), day);
          Object source = r.get("source");
          articles.add(day, source == null || source.toString().isBlank() ? RunReport.NO_SOURCE : source.toString());
        });
    Tally claims = new Tally();
    ParquetRows.forEach(table(store, runDir, TableSchemas.CLAIMS), TableSchemas.of(TableSchemas.CLAIMS),
        List.of("article_id", "metric"),
        r -> claims.add(dayOfArticle.get(r.get("article_id").toString()), r.get("metric").toString()));

    return new RunReport(header, longs(m.path("rows")), longs(m.path("rejects_by_reason")), claims, articles,
        topEntities(store, runDir), added(m.get("incremental")));
  }

  private static ResourceId table(OutputStore store, ResourceId runDir, String table) {
    return store.dir(store.relative(runDir) + table);
  }

  /** Most articles first, then most mentions, then id: the order {@code ORDER BY … DESC, entity_id} gives. */
  static final Comparator<RunReport.EntityCount> MOST_ARTICLES =
      Comparator.comparingLong(RunReport.EntityCount::articles).reversed()
          .thenComparing(Comparator.comparingLong(RunReport.EntityCount::mentions).reversed())
          .thenComparing(RunReport.EntityCount::entityId);

  private static List<RunReport.EntityCount> topEntities(OutputStore store, ResourceId runDir) throws IOException {
    PriorityQueue<RunReport.EntityCount> top = new PriorityQueue<>(MOST_ARTICLES.reversed());
    ParquetRows.forEach(table(store, runDir, TableSchemas.ENTITIES), TableSchemas.of(TableSchemas.ENTITIES),
        List.of("entity_id", "canonical_name", "type", "article_count", "mention_count"), r -> {
          top.add(new RunReport.EntityCount(r.get("entity_id").toString(), r.get("canonical_name").toString(),
              r.get("type").toString(), (Long) r.get("article_count"), (Long) r.get("mention_count")));
          if (top.size() > TOP_ENTITIES) {
            top.poll(); // the one that ranks last
          }
        });
    List<RunReport.EntityCount> list = new ArrayList<>(top);
    list.sort(MOST_ARTICLES);
    return list;
  }

  /**
   * The manifest's {@code incremental} block (written by an {@code --incremental} run; null or absent in a full run):
   * {@code base_run_id}, {@code inputs} (lists of paths per kind, {@code unchanged} a count), {@code articles_*} counts
   * and {@code base_articles_files}.
   */
  static RunReport.Added added(JsonNode block) {
    if (block == null || block.isNull() || block.isMissingNode()) {
      return null;
    }
    Map<String, List<String>> inputs = new LinkedHashMap<>();
    block.path("inputs").fields().forEachRemaining(e -> {
      if (e.getValue().isArray()) {
        List<String> paths = new ArrayList<>();
        e.getValue().forEach(p -> paths.add(p.asText()));
        inputs.put(e.getKey(), paths);
      }
    });
    Map<String, Long> articles = new LinkedHashMap<>();
    block.fields().forEachRemaining(e -> {
      if (e.getKey().startsWith("articles_") && e.getValue().isNumber()) {
        articles.put(e.getKey().substring("articles_".length()), e.getValue().asLong());
      }
    });
    return new RunReport.Added(block.path("base_run_id").asText(), inputs, block.path("inputs").path("unchanged").asLong(),
        articles, block.path("base_articles_files").asText("?"));
  }

  /** A DATE column as Avro gives it (days since 1970, or a LocalDate with conversions on) as an ISO day. */
  private static String day(Object date) {
    if (date == null) {
      return null;
    }
    return date instanceof LocalDate d ? d.toString() : LocalDate.ofEpochDay(((Number) date).longValue()).toString();
  }

  private static Map<String, Long> longs(JsonNode object) {
    Map<String, Long> m = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asLong()));
    return m;
  }
}
