package io.rasd.beam;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/** The counters a run reports: one namespace, names used by the summary and progress lines. */
public final class RasdMetrics {
  public static final String NAMESPACE = "rasd";
  public static final String FILES = "files";
  public static final String INPUTS = "inputs";
  public static final String ARTICLES = "articles";
  /** Ranges of large JSON array files read one by one (never the whole array at once). */
  public static final String JSON_RANGES = "json_ranges";
  public static final String REJECTS = "rejects";
  public static final String EXTRACTION_FAILURES = "extraction_failures";
  /** Articles decoded and cleaned in this run (an incremental run's base articles are not): dedup's input. */
  public static final String CLEANED = "cleaned";
  /** Copies of this run's articles that dedup has dropped so far; cleaned less these is the work of Extract. */
  public static final String DUPLICATES = "duplicates";
  /** Articles through Extract so far: the progress line's measure of work done. */
  public static final String EXTRACTED = "extracted";
  public static final String MENTIONS = "mentions";
  public static final String ENTITIES = "entities";
  public static final String CLAIMS = "claims";
  public static final String CLAIM_GROUP_ROWS = "claim_group_rows";
  /** Namespace of one counter per reject reason (the manifest's and report's rejects per reason). */
  public static final String REJECT_REASONS = "rasd.rejects";

  private RasdMetrics() {}

  public static Counter counter(String name) {
    return Metrics.counter(NAMESPACE, name);
  }
}
