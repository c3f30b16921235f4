package io.rasd.beam;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;

/** The run's counters, read from Beam metrics, and the balance every run must keep: inputs = articles + rejects. */
public record RunSummary(Map<String, Long> counters, Map<String, Long> rejectsByReason, double seconds) {

  public static RunSummary of(PipelineResult result, double seconds, boolean committed) {
    Map<String, Long> counters = new LinkedHashMap<>();
    for (String name :
        new String[] {
          RasdMetrics.FILES, RasdMetrics.INPUTS, RasdMetrics.ARTICLES, RasdMetrics.REJECTS,
          RasdMetrics.EXTRACTION_FAILURES, RasdMetrics.EXTRACTED, RasdMetrics.MENTIONS, RasdMetrics.ENTITIES, RasdMetrics.CLAIMS,
          RasdMetrics.CLAIM_GROUP_ROWS
        }) {
      counters.put(name, 0L);
    }
    add(result, RasdMetrics.NAMESPACE, committed, counters);
    Map<String, Long> reasons = new java.util.TreeMap<>();
    add(result, RasdMetrics.REJECT_REASONS, committed, reasons);
    return new RunSummary(counters, reasons, seconds);
  }

  private static void add(PipelineResult result, String namespace, boolean committed, Map<String, Long> into) {
    MetricQueryResults metrics =
        result
            .metrics()
            .queryMetrics(MetricsFilter.builder().addNameFilter(MetricNameFilter.inNamespace(namespace)).build());
    for (MetricResult<Long> c : metrics.getCounters()) {
      Long value = committed ? committedOrAttempted(c) : c.getAttempted();
      into.merge(c.getName().getName(), value == null ? 0L : value, Long::sum);
    }
  }

  private static Long committedOrAttempted(MetricResult<Long> c) {
    try {
      return c.getCommitted();
    } catch (UnsupportedOperationException e) {
      return c.getAttempted(); // runners without committed metrics
    }
  }

  public long get(String name) {
    return counters.getOrDefault(name, 0L);
  }

  /** Rejects that stand for inputs (an extraction failure keeps its article, so it is not one of them). */
  public long inputRejects() {
    return get(RasdMetrics.REJECTS) - get(RasdMetrics.EXTRACTION_FAILURES);
  }

  public boolean balanced() {
    return get(RasdMetrics.INPUTS) == get(RasdMetrics.ARTICLES) + inputRejects();
  }

  public String progressLine() {
    return String.format(
        "rasd: progress files=%d articles_read=%d articles_extracted=%d claims_written=%d",
        get(RasdMetrics.FILES), get(RasdMetrics.INPUTS), get(RasdMetrics.EXTRACTED), get(RasdMetrics.CLAIMS));
  }

  public String report() {
    return String.format(
            "rasd: files=%d inputs=%d articles=%d rejects=%d mentions=%d entities=%d claims=%d claim_group_rows=%d"
                + " seconds=%.1f%n",
            get(RasdMetrics.FILES), get(RasdMetrics.INPUTS), get(RasdMetrics.ARTICLES), get(RasdMetrics.REJECTS),
            get(RasdMetrics.MENTIONS), get(RasdMetrics.ENTITIES), get(RasdMetrics.CLAIMS),
            get(RasdMetrics.CLAIM_GROUP_ROWS), seconds)
        + String.format(
            "rasd: balance inputs(%d) = articles(%d) + rejects(%d)%s: %s",
            get(RasdMetrics.INPUTS), get(RasdMetrics.ARTICLES), inputRejects(),
            get(RasdMetrics.EXTRACTION_FAILURES) > 0
                ? " [+" + get(RasdMetrics.EXTRACTION_FAILURES) + " extraction_* rows, articles kept]"
                : "",
            balanced() ? "ok" : "MISMATCH");
  }
}
