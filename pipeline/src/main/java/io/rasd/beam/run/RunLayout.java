package io.rasd.beam.run;

import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Where a run's files go: {@code <output>/runs/<run_id>/<table>/*.parquet}, {@code _manifest.json}, {@code report.html}
 * and {@code _SUCCESS} (written last) in the run folder; {@code <output>/_LATEST} (the run id) and, on a local disk,
 * the symlink {@code <output>/current → runs/<run_id>} name the published run.
 */
public final class RunLayout {
  public static final String RUNS = "runs";
  public static final String LATEST = "_LATEST";
  public static final String CURRENT = "current";
  public static final String SUCCESS = "_SUCCESS";
  public static final String MANIFEST = "_manifest.json";
  public static final String REPORT = "report.html";

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
  private static final SecureRandom RANDOM = new SecureRandom();

  private RunLayout() {}

  /** A new run id: UTC start time (so ids sort by time) and 4 random hex digits (two runs in one second). */
  public static String newRunId(ZonedDateTime start) {
    byte[] b = new byte[2];
    RANDOM.nextBytes(b);
    return start.withZoneSameInstant(ZoneOffset.UTC).format(STAMP) + "-" + HexFormat.of().formatHex(b);
  }

  public static String runFolder(String runId) {
    return RUNS + "/" + runId;
  }
}
