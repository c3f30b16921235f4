package io.rasd.beam;

/** Ranges of Rasd's numeric flags, checked before anything runs: a flag out of range is a usage error (exit 2). */
public final class RasdOptionsCheck {
  public static final int MAX_SHARDS = 10_000;
  public static final int MAX_WORK_BUCKETS = 100_000;
  public static final int MAX_PROGRESS_SECONDS = 86_400;
  public static final int MAX_KEEP_RUNS = 1_000;

  private RasdOptionsCheck() {}

  /** Throws {@link IllegalArgumentException} naming the flag, its value and its range. */
  public static void validate(RasdOptions options) {
    range("numShards", options.getNumShards(), 0, MAX_SHARDS, "0 lets the runner decide");
    range("workBuckets", options.getWorkBuckets(), 0, MAX_WORK_BUCKETS, "0 = the runner's default");
    range("progressSeconds", options.getProgressSeconds(), 0, MAX_PROGRESS_SECONDS, "0 turns progress lines off");
    range("keepRuns", options.getKeepRuns(), 1, MAX_KEEP_RUNS, "the published run is always kept");
    if (options.getInput().isBlank()) {
      throw new IllegalArgumentException("--input is empty");
    }
    if (options.getOutput().isBlank()) {
      throw new IllegalArgumentException("--output is empty");
    }
  }

  private static void range(String flag, int value, int min, int max, String note) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          "--" + flag + "=" + value + " is out of range: it must be between " + min + " and " + max + " (" + note + ")");
    }
  }
}
