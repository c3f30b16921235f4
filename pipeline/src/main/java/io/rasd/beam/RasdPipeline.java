package io.rasd.beam;

import io.rasd.beam.incremental.IncrementalBase;
import io.rasd.beam.incremental.IncrementalPlan;
import io.rasd.beam.incremental.StateTables;
import io.rasd.beam.run.InputInventory;
import io.rasd.beam.run.OutputStore;
import io.rasd.beam.run.RunFailedException;
import io.rasd.beam.run.RunLayout;
import io.rasd.beam.run.RunLock;
import io.rasd.beam.run.RunManifest;
import io.rasd.beam.run.RunPublisher;
import io.rasd.beam.run.RunReportWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.joda.time.Duration;

/**
 * Runs the job on the configured runner into a new run folder, with progress lines; publishes it (manifest,
 * {@code _SUCCESS}, pointer flip) only when it wrote articles and balanced, so a failed run leaves the published one
 * as it was. One run at a time per output folder ({@link RunLock}).
 */
public final class RasdPipeline {
  private RasdPipeline() {}

  public static RunSummary run(RasdOptions options, PrintStream log) throws IOException {
    RasdOptionsCheck.validate(options);
    FileSystems.setDefaultPipelineOptions(options);
    Instant started = Instant.now();
    long start = System.nanoTime();
    OutputStore store = OutputStore.at(options.getOutput());
    List<String> files = InputFiles.expand(options.getInput());
    if (files.isEmpty()) {
      throw new IllegalArgumentException(
          "--input=" + options.getInput() + " matches no file (relative paths start at "
              + Path.of("").toAbsolutePath() + "); nothing was run, the output is unchanged");
    }
    String runId = RunLayout.newRunId(started.atZone(ZoneOffset.UTC));
    try (RunLock lock = RunLock.acquire(store, runId)) {
      RunPublisher publisher = new RunPublisher(store, runId);
      List<String> removed = publisher.cleanLeftovers();
      if (!removed.isEmpty()) {
        log.println("rasd: removed what unfinished runs left behind: " + String.join(", ", removed));
      }
      try {
        List<InputInventory.InputFile> inputs = InputInventory.of(files);
        Map<String, String> fileMetadata = RunManifest.fileMetadata(runId);
        Optional<IncrementalBase.Loaded> base = Optional.empty();
        if (options.getIncremental()) {
          IncrementalBase.Found found =
              IncrementalBase.find(store, inputs, WorkBuckets.of(options), options.getClaimsOther());
          base = found.base();
          log.println(base.map(b -> "rasd: incremental on run " + b.plan().baseRunId() + ": " + describe(b.plan()))
              .orElse("rasd: --incremental: " + found.whyFull() + "; this is a full run"));
        }
        // Return from run() at once so progress lines can be printed while the DirectRunner works.
        options.as(org.apache.beam.runners.direct.DirectOptions.class).setBlockOnRun(false);
        FlinkSubmission.Plan flink = FlinkSubmission.isFlink(options) ? FlinkSubmission.plan(options) : null;
        if (flink != null && flink.progress() == FlinkSubmission.Progress.NONE && options.getProgressSeconds() > 0) {
          log.println(FlinkSubmission.NO_PROGRESS_LINE);
        }
        Pipeline p = Pipeline.create(options);
        p.apply(
            "Rasd",
            new RasdJob(
                options.getInput(), publisher.runDir().toString(), options.getNumShards(), WorkBuckets.of(options),
                fileMetadata, base.map(IncrementalBase.Loaded::rows).orElse(null))
                .withClaimsOther(options.getClaimsOther()));
        long read = base.map(b -> (long) b.plan().freshFiles().size()).orElse((long) files.size());
        PipelineResult result;
        if (flink != null && flink.progress() == FlinkSubmission.Progress.REST && options.getProgressSeconds() > 0) {
          // attached: run() returns when the job has ended; meanwhile the cluster's REST API gives the counters
          try (FlinkRestProgress.Poller poller = FlinkRestProgress.start(
              flink.master(), flink.jobName(), options.getProgressSeconds(), read, () -> System.nanoTime() - start, log)) {
            result = p.run();
          }
        } else {
          result = p.run();
        }
        waitWithProgress(result, options.getProgressSeconds(), read, start, log);
        RunSummary summary = RunSummary.of(result, seconds(start), true);
        Map<String, Object> incremental = null;
        if (base.isPresent()) {
          summary = completeFromBase(store, publisher.runDir(), base.get(), summary);
          incremental =
              IncrementalBase.manifestBlock(
                  base.get().plan(), base.get().plan().copyBaseArticles(), summary.get(RasdMetrics.EXTRACTED),
                  summary.get(RasdMetrics.ARTICLES) - summary.get(RasdMetrics.EXTRACTED), base.get().baseArticleRows());
        }
        refuseToPublish(summary, files.size());
        completeTables(store, publisher.runDir(), fileMetadata);
        store.writeString(
            store.file(RunLayout.runFolder(runId) + "/" + RunLayout.MANIFEST),
            RunManifest.toJson(
                new RunManifest.Run(
                    runId, started, Instant.now(), options.getRunner().getSimpleName(), flags(options), inputs,
                    rowsPerTable(summary), summary.rejectsByReason()),
                incremental));
        long reportStart = System.nanoTime();
        RunReportWriter.write(store, runId);
        log.printf("rasd: wrote %s in %.1f s%n", RunLayout.REPORT, seconds(reportStart));
        publisher.publish(options.getKeepRuns());
        log.println(summary.report());
        log.println("rasd: published run " + runId + " (" + store.root() + RunLayout.LATEST + ")");
        return summary;
      } catch (IOException | RuntimeException e) {
        publisher.abandon();
        throw e;
      }
    }
  }

  private static String describe(IncrementalPlan plan) {
    return plan.added().size() + " new, " + plan.changed().size() + " changed, " + plan.removed().size() + " removed, "
        + plan.reread().size() + " read again, " + plan.unchanged() + " unchanged input file(s); base articles files "
        + (plan.copyBaseArticles() ? "copied" : "rewritten");
  }

  /**
   * An incremental run's tables hold the base's rows too: the base's articles files are copied in when the plan
   * says so (their rows then count as written), and a copy read now must not have displaced a base article then.
   */
  private static RunSummary completeFromBase(
      OutputStore store, ResourceId runDir, IncrementalBase.Loaded base, RunSummary summary) throws IOException {
    if (!base.plan().copyBaseArticles()) {
      return summary;
    }
    if (summary.get(DeduplicateArticles.DISPLACED_COUNTER) > 0) {
      throw new RunFailedException(
          "incremental run: a new copy precedes a base article whose files were to be copied (a bug); the previous"
              + " output is kept, a full run gives the tables");
    }
    List<ResourceId> from = new ArrayList<>();
    List<ResourceId> to = new ArrayList<>();
    String dir = store.relative(runDir) + TableSchemas.ARTICLES + "/";
    for (MatchResult.Metadata f : base.articleFiles()) {
      from.add(f.resourceId());
      to.add(store.file(dir + f.resourceId().getFilename()));
    }
    if (base.plan().copyBaseState()) {
      for (Map.Entry<String, List<MatchResult.Metadata>> state : base.stateFiles().entrySet()) {
        String stateDir = store.relative(runDir) + StateTables.DIR + "/" + state.getKey() + "/";
        for (MatchResult.Metadata f : state.getValue()) {
          from.add(f.resourceId());
          to.add(store.file(stateDir + f.resourceId().getFilename()));
        }
      }
    }
    FileSystems.copy(from, to);
    Map<String, Long> counters = new LinkedHashMap<>(summary.counters());
    counters.merge(RasdMetrics.ARTICLES, base.baseArticleRows(), Long::sum);
    return new RunSummary(counters, summary.rejectsByReason(), summary.seconds());
  }

  /** No article, or inputs that do not balance: the run fails and the published run stays. */
  private static void refuseToPublish(RunSummary summary, int files) {
    if (summary.get(RasdMetrics.ARTICLES) == 0) {
      throw new RunFailedException(
          "no article came out of " + files + " input file(s) (" + summary.get(RasdMetrics.INPUTS) + " inputs, rejects "
              + summary.rejectsByReason() + "); the previous output is kept");
    }
    if (!summary.balanced()) {
      throw new RunFailedException(summary.report().lines().reduce((a, b) -> b).orElse("") + "; the previous output is kept");
    }
  }

  /** Beam writes no file for an empty table, but readers want it with its schema; FileIO's scratch folders go. */
  private static void completeTables(OutputStore store, ResourceId runDir, Map<String, String> metadata)
      throws IOException {
    String run = store.relative(runDir);
    for (String table : TableSchemas.ALL) {
      if (store.match(run + table + "/*.parquet").isEmpty()) {
        EmptyParquet.write(store.file(run + table + "/" + table + "-00000-of-00001.parquet"), TableSchemas.of(table), metadata);
      }
      if (store.isLocal()) {
        try (var s = java.nio.file.Files.list(store.localPath(store.dir(run + table)))) {
          for (Path scratch : s.filter(x -> x.getFileName().toString().startsWith(".temp-beam")).toList()) {
            store.deleteTree(store.dir(run + table + "/" + scratch.getFileName()));
          }
        }
      }
    }
  }

  private static Map<String, Long> rowsPerTable(RunSummary summary) {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : TableSchemas.ALL) {
      rows.put(table, summary.get(WriteTables.ROW_COUNTERS.get(table)));
    }
    return rows;
  }

  private static Map<String, Object> flags(RasdOptions options) {
    Map<String, Object> flags = new LinkedHashMap<>();
    flags.put("input", options.getInput());
    flags.put("output", options.getOutput());
    flags.put("numShards", options.getNumShards());
    flags.put("workBuckets", options.getWorkBuckets());
    flags.put("keepRuns", options.getKeepRuns());
    flags.put("incremental", options.getIncremental());
    flags.put("claimsOther", options.getClaimsOther());
    flags.put("runner", options.getRunner().getName());
    return flags;
  }

  private static void waitWithProgress(
      PipelineResult result, int everySeconds, long totalFiles, long start, PrintStream log) {
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
        log.println(ProgressLine.of(RunSummary.of(result, seconds(start), false), totalFiles, seconds(start)));
      } catch (RuntimeException e) {
        // some runners cannot report metrics while running: keep waiting quietly
      }
    }
  }

  private static void check(PipelineResult.State state) {
    if (state != PipelineResult.State.DONE) {
      throw new RunFailedException("the pipeline ended in state " + state + "; the previous output is kept");
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
