package io.rasd.cli;

import io.rasd.bench.ReplicatedCorpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code rasd.jar bench --input=DIR [--threads=N] [--output=DIR] [--replicate=K]}: the whole pipeline on the
 * DirectRunner, then the bare extraction core in a plain loop on the same number of threads, and the ratio of the
 * two. Each side runs in a fresh JVM with this JVM's flags ({@link BenchPart}), so neither inherits the other's
 * compiled code, loaded classes or heap. {@code --replicate=K} runs both on K distinct copies of the corpus, to
 * check that time grows linearly.
 */
public final class BenchCommand {
  private BenchCommand() {}

  public static int run(String[] args) throws Exception {
    return run(args, System.out);
  }

  static int run(String[] args, PrintStream log) throws Exception {
    Flags flags = Flags.parse(args, Set.of("input", "threads", "output", "replicate"));
    String input = flags.require("input");
    int threads = flags.getInt("threads", Runtime.getRuntime().availableProcessors());
    String output = flags.get("output", Files.createTempDirectory("rasd-bench").toString());
    int replicate = flags.getInt("replicate", 1);
    if (replicate > 1) {
      Path copies = Files.createTempDirectory("rasd-bench-corpus");
      input = ReplicatedCorpus.write(io.rasd.beam.InputFiles.expand(input), replicate, copies).toString();
      log.printf("replicated the corpus %dx as JSON Lines under %s%n", replicate, copies);
    }

    Map<String, String> pipeline = runPart(log, "pipeline", input, output, threads);
    Map<String, String> core = runPart(log, "core", input, output, threads);

    double pipelineSeconds = Double.parseDouble(pipeline.get("seconds"));
    double coreSeconds = Double.parseDouble(core.get("seconds"));
    long articles = Long.parseLong(pipeline.get("articles"));
    long words = Long.parseLong(core.get("words"));
    log.printf(
        "pipeline: articles/s=%.0f words/s=%.0f; core: articles/s=%.0f words/s=%.0f%n",
        articles / pipelineSeconds, words / pipelineSeconds,
        Long.parseLong(core.get("articles")) / coreSeconds, words / coreSeconds);
    log.printf(
        "bench: articles=%d words=%d pipeline_s=%.1f core_s=%.1f ratio=%.2f peak_rss_mb=%d%n",
        articles, words, pipelineSeconds, coreSeconds, pipelineSeconds / coreSeconds,
        Math.max(Long.parseLong(pipeline.get("peak_rss_mb")), Long.parseLong(core.get("peak_rss_mb"))));
    return 0;
  }

  /** Runs one side in a child JVM, echoes its output and returns the fields of its {@code bench-part:} line. */
  private static Map<String, String> runPart(PrintStream log, String part, String input, String output, int threads)
      throws IOException, InterruptedException {
    List<String> command = childJvm();
    command.addAll(
        List.of("bench-part", "--part=" + part, "--input=" + input, "--output=" + output, "--threads=" + threads));
    Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Map<String, String> fields = null;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) {
        log.println(line);
        if (line.startsWith(BenchPart.PREFIX)) {
          fields = parseFields(line.substring(BenchPart.PREFIX.length()));
        }
      }
    }
    int exit = child.waitFor();
    if (exit != 0 || fields == null) {
      throw new IllegalStateException("the " + part + " side of the benchmark failed (exit code " + exit + ")");
    }
    return fields;
  }

  /** This JVM's java binary, flags (heap size, GC, …) and class path, ready for a main class's arguments. */
  private static List<String> childJvm() {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!arg.startsWith("-agentlib:jdwp")) { // a debugger port can be bound once
        command.add(arg);
      }
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), RasdMain.class.getName()));
    return command;
  }

  static Map<String, String> parseFields(String line) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : line.trim().split("\\s+")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return fields;
  }
}
