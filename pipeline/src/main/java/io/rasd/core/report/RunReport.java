package io.rasd.core.report;

import java.util.List;
import java.util.Map;

/**
 * What a run's {@code report.html} shows, every figure counted by the caller from the run's metrics and the rows it
 * wrote: the page computes nothing.
 *
 * @param rowsPerTable rows written per table
 * @param rejectsByReason inputs that did not become articles, per reason
 * @param claims claims per day of their article and metric
 * @param articles articles per day and source ({@link #NO_SOURCE} when the input names none)
 * @param topEntities entities with the most articles, most first
 * @param added what an incremental run added; null for a full run
 */
public record RunReport(
    Header header,
    Map<String, Long> rowsPerTable,
    Map<String, Long> rejectsByReason,
    Tally claims,
    Tally articles,
    List<EntityCount> topEntities,
    Added added) {
  public static final String NO_SOURCE = "(no source)";

  public record Header(
      String runId, String started, String ended, String runner, String version, String gitCommit, String input) {}

  public record EntityCount(String entityId, String name, String type, long articles, long mentions) {}

  /**
   * What an incremental run did on top of {@code baseRunId} (the manifest's {@code incremental} block): input files per
   * kind (new, changed, removed, read again), how many were unchanged, articles per fate (added, kept from the base,
   * removed), and how the base's articles files were carried over.
   */
  public record Added(
      String baseRunId,
      Map<String, List<String>> inputs,
      long unchangedInputs,
      Map<String, Long> articles,
      String baseArticlesFiles) {}
}
