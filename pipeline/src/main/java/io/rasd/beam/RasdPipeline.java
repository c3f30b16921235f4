package io.rasd.beam;

import java.io.IOException;
import java.io.PrintStream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.joda.time.Duration;

/** Runs the job on the configured runner: staging output, progress lines, summary from Beam metrics. */
public final class RasdPipeline {
  private RasdPipeline() {}

  public static RunSummary run(RasdOptions options, PrintStream log) throws IOException {
    long start = System.nanoTime();
    OutputDirectory out = new OutputDirectory(options.getOutput());
    out.prepare();
    try {
      // Return from run() at once so progress lines can be printed while the DirectRunner works.
      options.as(org.apache.beam.runners.direct.DirectOptions.class).setBlockOnRun(false);
      Pipeline p = Pipeline.create(options);
      p.apply("Rasd", new RasdJob(options.getInput(), out.stagingPath(), options.getNumShards(), options.getWorkBuckets()));
      PipelineResult result = p.run();
      waitWithProgress(result, options.getProgressSeconds(), start, log);
      out.commit(TableSchemas.ALL);
      RunSummary summary = RunSummary.of(result, seconds(start), true);
      log.println(summary.report());
      return summary;
    } catch (IOException | RuntimeException e) {
      out.abandon();
      throw e;
    }
  }

  private static void waitWithProgress(PipelineResult result, int everySeconds, long start, PrintStream log) {
    if (everySeconds <= 0) {
      check(result.waitUntilFinish());
      return;
    }
    while (true) {
      PipelineResult.State state = result.waitUntilFinish(Duration.standardSeconds(everySeconds));
      if (state != null && state.isTerminal()) {
        check(state);
        return;
      }
      try {
        log.println(RunSummary.of(result, seconds(start), false).progressLine() + String.format(" seconds=%.0f", seconds(start)));
      } catch (RuntimeException e) {
        // some runners cannot report metrics while running: keep waiting quietly
      }
    }
  }

  private static void check(PipelineResult.State state) {
    if (state != PipelineResult.State.DONE) {
      throw new IllegalStateException("the pipeline ended in state " + state);
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
