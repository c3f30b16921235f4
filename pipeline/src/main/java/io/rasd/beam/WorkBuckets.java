package io.rasd.beam;

/**
 * How many work buckets a run spreads its files and articles over ({@link RasdOptions#getWorkBuckets()}). On the
 * DirectRunner few: twice the cores, since every grouping step there costs per bundle. On Flink the buckets are keys
 * that its hash partitioning deals to the slots, so a handful of them divides unevenly: with 4 buckets on 2 slots one
 * slot extracted a quarter of 10x SaudiNewsNet and then sat idle while the other did the rest (2026-12-02). Many
 * buckets make each slot's share close to even.
 */
final class WorkBuckets {
  /** The default on Flink when {@code --workBuckets} is 0. */
  static final int FLINK_DEFAULT = 128;

  private WorkBuckets() {}

  static int of(RasdOptions options) {
    if (options.getWorkBuckets() > 0) {
      return options.getWorkBuckets();
    }
    return FlinkSubmission.isFlink(options) ? FLINK_DEFAULT : 2 * Runtime.getRuntime().availableProcessors();
  }
}
