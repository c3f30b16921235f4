package io.rasd.testing;

import io.rasd.beam.RasdOptions;
import io.rasd.beam.RasdPipeline;
import io.rasd.beam.RunSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/** Runs the real pipeline on the DirectRunner (immutability and encodability checks on) for end-to-end tests. */
public final class PipelineRuns {
  private PipelineRuns() {}

  public record Run(RunSummary summary, String log) {}

  public static Run run(Path input, Path output) {
    return run(input, output.toString());
  }

  /** Output as a Beam path of any registered scheme (mem://…, file paths); {@code flags}: more, e.g. --incremental. */
  public static Run run(Path input, String output, String... flags) {
    PipelineOptionsFactory.register(RasdOptions.class);
    java.util.List<String> args =
        new java.util.ArrayList<>(java.util.List.of("--input=" + input, "--output=" + output, "--progressSeconds=0"));
    args.addAll(java.util.List.of(flags));
    RasdOptions options = PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).as(RasdOptions.class);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (PrintStream ps = new PrintStream(log, true, StandardCharsets.UTF_8)) {
      RunSummary summary = RasdPipeline.run(options, ps);
      return new Run(summary, log.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
