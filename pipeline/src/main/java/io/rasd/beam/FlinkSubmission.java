package io.rasd.beam;

import java.util.Optional;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * How a run is handed to Flink so it can print progress. Beam's FlinkRunner in attached mode (its default) returns
 * from {@code run()} only when the job has ended, with the final accumulators: nothing to poll meanwhile. Submitted
 * detached ({@code attachedMode=false}) it returns at once with a result whose {@code metrics()} asks the Flink job
 * client for the job's current accumulators and whose {@code waitUntilFinish(d)} polls the job status, so the loop that
 * prints progress on the DirectRunner works unchanged. That needs a job client that still answers once the job has
 * ended (the final counts decide whether the run publishes): a session cluster does (it keeps finished jobs, an hour by
 * default), the embedded cluster of {@code [local]}/{@code [auto]} does not (it shuts down with its job, and the
 * counts would read as zero), so only runs on a remote {@code --flinkMaster=host:port} are detached. The runner is on
 * the classpath only in a Flink build, so this goes by name.
 */
final class FlinkSubmission {
  static final String RUNNER = "org.apache.beam.runners.flink.FlinkRunner";
  static final String OPTIONS = "org.apache.beam.runners.flink.FlinkPipelineOptions";

  private FlinkSubmission() {}

  static boolean isFlink(PipelineOptions options) {
    return options.getRunner().getName().equals(RUNNER);
  }

  /** The cluster address of a run on a remote Flink cluster; empty for an embedded one ({@code [local]}, {@code [auto]}). */
  static Optional<String> remoteMaster(String flinkMaster) {
    return Optional.ofNullable(flinkMaster).map(String::strip).filter(m -> !m.isEmpty() && !m.startsWith("["));
  }

  /**
   * Prepares a Flink run for progress lines: detached on a remote cluster; on an embedded one, attached as Beam has it,
   * and the line saying why there is no progress until the end.
   */
  static Optional<String> prepare(PipelineOptions options) {
    try {
      Class<? extends PipelineOptions> type = Class.forName(OPTIONS).asSubclass(PipelineOptions.class);
      PipelineOptions flink = options.as(type);
      Optional<String> remote = remoteMaster((String) type.getMethod("getFlinkMaster").invoke(flink));
      if (remote.isPresent()) {
        type.getMethod("setAttachedMode", boolean.class).invoke(flink, false);
        return Optional.empty();
      }
      return Optional.of("rasd: progress: none while an embedded Flink job runs (Beam's attached FlinkRunner returns"
          + " only when the job has ended, and the embedded cluster's job client is gone by then, so a detached run"
          + " would lose the final counts); the counts follow at the end. On a cluster (--flinkMaster=host:port)"
          + " progress lines are printed.");
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the Flink runner is on the classpath but not its options: " + e, e);
    }
  }
}
