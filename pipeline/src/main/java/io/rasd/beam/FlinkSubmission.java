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
 * counts would read as zero). Rasd leaves the choice to {@code --attachedMode} and says when there is no progress. The runner is on
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
   * The line for a Flink run that will print no progress: attached (Beam's default) on any cluster, or detached on an
   * embedded one. A detached run on a cluster ({@code --attachedMode=false --flinkMaster=host:port}) prints progress
   * lines from the job client's accumulators; Rasd does not switch to it by itself, as that path is not yet proven on a
   * cluster run (see README).
   */
  static Optional<String> noProgressLine(PipelineOptions options) {
    try {
      Class<? extends PipelineOptions> type = Class.forName(OPTIONS).asSubclass(PipelineOptions.class);
      PipelineOptions flink = options.as(type);
      boolean attached = (Boolean) type.getMethod("getAttachedMode").invoke(flink);
      boolean remote = remoteMaster((String) type.getMethod("getFlinkMaster").invoke(flink)).isPresent();
      if (remote && !attached) {
        return Optional.empty();
      }
      return Optional.of("rasd: progress: none while this Flink job runs (Beam's attached FlinkRunner returns only"
          + " when the job has ended, and an embedded cluster's job client is gone by then); the counts follow at the"
          + " end. On a cluster, --attachedMode=false prints progress lines.");
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the Flink runner is on the classpath but not its options: " + e, e);
    }
  }
}
