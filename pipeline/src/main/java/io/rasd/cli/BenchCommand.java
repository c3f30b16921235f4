package io.rasd.cli;

import io.rasd.beam.RasdOptions;
import io.rasd.beam.RasdPipeline;
import io.rasd.beam.RunSummary;
import io.rasd.bench.CoreLoop;
import io.rasd.bench.ReplicatedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * {@code rasd.jar bench --input=DIR [--threads=N] [--output=DIR] [--replicate=K]}: the whole pipeline on the
 * DirectRunner, then the bare extraction core in a plain loop on the same number of threads, and the ratio of the
 * two. {@code --replicate=K} runs both on K distinct copies of the corpus, to check that time grows linearly.
 */
public final class BenchCommand {
  private BenchCommand() {}

  public static int run(String[] args) throws Exception {
    Flags flags = Flags.parse(args, Set.of("input", "threads", "output", "replicate"));
    String input = flags.require("input");
    int threads = flags.getInt("threads", Runtime.getRuntime().availableProcessors());
    Path output = Path.of(flags.get("output", Files.createTempDirectory("rasd-bench").toString()));
    int replicate = flags.getInt("replicate", 1);
    if (replicate > 1) {
      Path copies = Files.createTempDirectory("rasd-bench-corpus");
      input = ReplicatedCorpus.write(io.rasd.beam.InputFiles.expand(input), replicate, copies).toString();
      System.out.printf("replicated the corpus %dx as JSON Lines under %s%n", replicate, copies);
    }

    PipelineOptionsFactory.register(RasdOptions.class);
    RasdOptions options =
        PipelineOptionsFactory.fromArgs("--input=" + input, "--output=" + output, "--progressSeconds=10")
            .as(RasdOptions.class);
    DirectOptions direct = options.as(DirectOptions.class);
    direct.setEnforceImmutability(false);
    direct.setEnforceEncodability(false);
    direct.setTargetParallelism(threads);
    long t0 = System.nanoTime();
    RunSummary summary = RasdPipeline.run(options, System.out);
    double pipelineSeconds = (System.nanoTime() - t0) / 1e9;
    long pipelinePeak = PeakMemory.peakRssMb();

    List<String> files = io.rasd.beam.InputFiles.expand(input);
    long t1 = System.nanoTime();
    CoreLoop.Counts core = CoreLoop.run(files, threads);
    double coreSeconds = (System.nanoTime() - t1) / 1e9;

    System.out.printf(
        "core loop: threads=%d articles=%d words=%d mentions=%d claims=%d seconds=%.1f%n",
        threads, core.articles(), core.words(), core.mentions(), core.claims(), coreSeconds);
    System.out.printf(
        "pipeline: articles/s=%.0f words/s=%.0f; core: articles/s=%.0f words/s=%.0f%n",
        summary.get("articles") / pipelineSeconds, core.words() / pipelineSeconds,
        core.articles() / coreSeconds, core.words() / coreSeconds);
    System.out.printf(
        "bench: articles=%d words=%d pipeline_s=%.1f core_s=%.1f ratio=%.2f peak_rss_mb=%d%n",
        summary.get("articles"), core.words(), pipelineSeconds, coreSeconds, pipelineSeconds / coreSeconds,
        Math.max(pipelinePeak, PeakMemory.peakRssMb()));
    return 0;
  }
}
