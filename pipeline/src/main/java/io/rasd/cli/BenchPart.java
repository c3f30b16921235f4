package io.rasd.cli;

import io.rasd.beam.InputFiles;
import io.rasd.beam.RasdOptions;
import io.rasd.beam.RasdPipeline;
import io.rasd.beam.RunSummary;
import io.rasd.bench.CoreLoop;
import java.util.Set;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * One side of {@link BenchCommand}, run in its own JVM: {@code bench-part --part=pipeline|core --input=DIR
 * --output=DIR --threads=N}. Its last line is {@code bench-part: seconds=… peak_rss_mb=… articles=… …}.
 */
final class BenchPart {
  static final String PREFIX = "bench-part:";

  private BenchPart() {}

  static int run(String[] args) throws Exception {
    Flags flags = Flags.parse(args, Set.of("part", "input", "output", "threads"));
    String part = flags.require("part");
    String input = flags.require("input");
    int threads = flags.getInt("threads", Runtime.getRuntime().availableProcessors());
    return switch (part) {
      case "pipeline" -> pipeline(input, flags.require("output"), threads);
      case "core" -> core(input, threads);
      default -> throw new IllegalArgumentException("--part must be pipeline or core, not '" + part + "'");
    };
  }

  private static int pipeline(String input, String output, int threads) throws Exception {
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
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "%s seconds=%.1f peak_rss_mb=%d articles=%d mentions=%d claims=%d%n",
        PREFIX, seconds, PeakMemory.peakRssMb(), summary.get("articles"), summary.get("mentions"), summary.get("claims"));
    return summary.balanced() ? 0 : 1;
  }

  private static int core(String input, int threads) throws Exception {
    long t0 = System.nanoTime();
    CoreLoop.Counts core = CoreLoop.run(InputFiles.expand(input), threads);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "core loop: threads=%d articles=%d words=%d mentions=%d claims=%d seconds=%.1f%n",
        threads, core.articles(), core.words(), core.mentions(), core.claims(), seconds);
    System.out.printf(
        "%s seconds=%.1f peak_rss_mb=%d articles=%d words=%d mentions=%d claims=%d%n",
        PREFIX, seconds, PeakMemory.peakRssMb(), core.articles(), core.words(), core.mentions(), core.claims());
    return 0;
  }
}
