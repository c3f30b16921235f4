package io.rasd.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Renders a {@link RunReport} into one self-contained HTML page ({@code report/report.html}: inline CSS, inline SVG,
 * one small inline script that sorts tables; a Content-Security-Policy that forbids every network load).
 */
public final class ReportPage {
  static final String TEMPLATE = "report/report.html";
  /** Inputs of an incremental run listed by name; the rest are counted. */
  static final int LISTED_INPUTS = 50;

  private ReportPage() {}

  public static String render(RunReport r) {
    Map<String, String> slots = new LinkedHashMap<>();
    RunReport.Header h = r.header();
    slots.put("run_id", Html.esc(h.runId()));
    slots.put("header", header(h));
    slots.put("added", added(r.added()));
    slots.put("rows_per_table", counts("table", "rows", "rows/", r.rowsPerTable()));
    slots.put("rejects_per_reason", r.rejectsByReason().isEmpty()
        ? "<p class=\"note\">No input was rejected.</p>"
        : counts("reason", "inputs", "rejects/", r.rejectsByReason()));
    slots.put("claims_chart", BarChart.of(r.claims(), "claims", "Claims per metric"));
    slots.put("claims_per_metric", counts("metric", "claims", "claims/", ordered(r.claims())));
    slots.put("claims_per_day", perDay(r.claims(), "claims-day/", "metric"));
    slots.put("top_entities", entities(r.topEntities()));
    slots.put("articles_chart", BarChart.of(r.articles(), "articles", "Articles per source"));
    slots.put("articles_per_source", counts("source", "articles", "articles/", ordered(r.articles())));
    slots.put("articles_per_day", perDay(r.articles(), "articles-day/", "source"));
    return Template.load(TEMPLATE).fill(slots);
  }

  private static String header(RunReport.Header h) {
    return "<dl class=\"facts\">"
        + fact("Started", h.started()) + fact("Ended", h.ended()) + fact("Runner", h.runner())
        + fact("Input", h.input()) + fact("Rasd", h.version() + " (commit " + h.gitCommit() + ")")
        + "</dl>";
  }

  private static String fact(String name, String value) {
    return "<dt>" + Html.esc(name) + "</dt><dd>" + Html.esc(value == null ? "" : value) + "</dd>";
  }

  private static String added(RunReport.Added a) {
    if (a == null) {
      return "<p data-key=\"mode\">full run</p><p class=\"note\">Every input was read and every table written anew;"
          + " the tables below are this run's whole output.</p>";
    }
    StringBuilder b = new StringBuilder("<p data-key=\"mode\">incremental run</p><p>On top of run <code>")
        .append(Html.esc(a.baseRunId())).append("</code>; the base's articles files were ")
        .append(Html.esc(a.baseArticlesFiles())).append(".</p>");
    Map<String, Long> files = new LinkedHashMap<>();
    a.inputs().forEach((kind, list) -> files.put(kind, (long) list.size()));
    files.put("unchanged", a.unchangedInputs());
    b.append(counts("input files", "count", "added/inputs/", files));
    b.append(counts("articles", "count", "added/articles/", a.articles()));
    a.inputs().forEach((kind, list) -> {
      if (!list.isEmpty()) {
        b.append("<details><summary>Input files: ").append(Html.esc(kind)).append("</summary><ul class=\"files\">");
        list.stream().limit(LISTED_INPUTS).forEach(f -> b.append("<li><code>").append(Html.esc(f)).append("</code></li>"));
        if (list.size() > LISTED_INPUTS) {
          b.append("<li>… and ").append(Html.number(list.size() - LISTED_INPUTS)).append(" more</li>");
        }
        b.append("</ul></details>");
      }
    });
    return b.toString();
  }

  private static String counts(String keyHeader, String countHeader, String dataKey, Map<String, Long> counts) {
    List<String> rows = new ArrayList<>();
    counts.forEach((k, n) -> rows.add(Html.textCell(k) + Html.countCell(dataKey + k, n)));
    return Html.table(List.of(keyHeader, countHeader), rows);
  }

  /** Key → total, largest first (the chart's legend order). */
  private static Map<String, Long> ordered(Tally t) {
    Map<String, Long> m = new LinkedHashMap<>();
    BarChart.keysByTotal(t).forEach(k -> m.put(k, t.byKey().get(k)));
    return m;
  }

  /** Day × key, in a collapsed block: every non-zero figure the chart draws, and the undated ones. */
  private static String perDay(Tally t, String dataKey, String keyName) {
    List<String> keys = BarChart.keysByTotal(t);
    if (keys.isEmpty()) {
      return "";
    }
    List<String> headers = new ArrayList<>();
    headers.add("day");
    headers.addAll(keys);
    List<String> rows = new ArrayList<>();
    for (Map.Entry<String, SortedMap<String, Long>> day : t.byDay().entrySet()) {
      StringBuilder row = new StringBuilder(Html.textCell(day.getKey()));
      for (String k : keys) {
        long n = day.getValue().getOrDefault(k, 0L);
        row.append(n == 0 ? "<td class=\"n zero\">0</td>" : Html.countCell(dataKey + day.getKey() + "/" + k, n));
      }
      rows.add(row.toString());
    }
    return "<details><summary>Per day and " + Html.esc(keyName) + " (" + Html.number(t.byDay().size())
        + " days)</summary>" + Html.table(headers, rows) + "</details>";
  }

  private static String entities(List<RunReport.EntityCount> top) {
    if (top.isEmpty()) {
      return "<p class=\"note\">No entity.</p>";
    }
    List<String> rows = new ArrayList<>();
    int rank = 1;
    for (RunReport.EntityCount e : top) {
      rows.add("<td class=\"n\">" + rank++ + "</td>" + Html.textCell(e.name()) + Html.textCell(e.type())
          + Html.countCell("entity/" + e.entityId() + "/articles", e.articles())
          + Html.countCell("entity/" + e.entityId() + "/mentions", e.mentions())
          + "<td><code>" + Html.esc(e.entityId()) + "</code></td>");
    }
    return Html.table(List.of("#", "name", "type", "articles", "mentions", "entity_id"), rows);
  }
}
