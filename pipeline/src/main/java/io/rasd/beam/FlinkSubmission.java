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
 * counts would read as zero). Rasd therefore stays attached and reads progress from the cluster's REST API meanwhile
 * ({@link FlinkRestProgress}); {@code --attachedMode=false} still takes the job client's path. The runner is on
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

  /** How a Flink run shows progress. */
  enum Progress {
    /** Attached to a remote cluster (the default): Rasd polls the cluster's REST API ({@link FlinkRestProgress}). */
    REST,
    /** Detached on a remote cluster: the job client's accumulators, through {@code PipelineResult.metrics()}. */
    DETACHED,
    /** An embedded cluster ({@code [local]}, {@code [auto]}): none while the job runs. */
    NONE
  }

  /** The master's REST address and the way a Flink run shows progress. */
  record Plan(Progress progress, String master, String jobName) {}

  static Plan plan(PipelineOptions options) {
    try {
      Class<? extends PipelineOptions> type = Class.forName(OPTIONS).asSubclass(PipelineOptions.class);
      PipelineOptions flink = options.as(type);
      boolean attached = (Boolean) type.getMethod("getAttachedMode").invoke(flink);
      Optional<String> remote = remoteMaster((String) type.getMethod("getFlinkMaster").invoke(flink));
      String jobName = (String) type.getMethod("getJobName").invoke(flink);
      if (remote.isEmpty()) {
        return new Plan(Progress.NONE, null, jobName);
      }
      return new Plan(attached ? Progress.REST : Progress.DETACHED, remote.get(), jobName);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the Flink runner is on the classpath but not its options: " + e, e);
    }
  }

  /** The line for a run on an embedded Flink cluster, which prints no progress. */
  static final String NO_PROGRESS_LINE =
      "rasd: progress: none while this Flink job runs (an embedded Flink cluster has no REST API to poll, and its job"
          + " client is gone once the job has ended); the counts follow at the end. On a cluster"
          + " (--flinkMaster=host:port) progress lines come from its REST API.";
}
