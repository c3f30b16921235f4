package io.rasd.cli;

import io.rasd.beam.RasdOptions;
import io.rasd.beam.RasdPipeline;
import io.rasd.beam.run.RunFailedException;
import io.rasd.beam.run.RunLock;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Entry point of {@code rasd.jar}: with no sub-command (or {@code run}) it runs the pipeline with Beam flags
 * ({@code --input}, {@code --output}, {@code --runner}, …); other sub-commands are tools around it.
 */
public final class RasdMain {
  private static final String USAGE =
      """
      usage: java -jar rasd.jar [run] --input=DIR_OR_GLOB --output=DIR [--keepRuns=3] [--runner=...] [other Beam flags]
             java -jar rasd.jar eval --gold=DIR --output=DIR   (or --entities-gold=DIR, or both)
             java -jar rasd.jar tag-conll --in=FILE --out=FILE
             java -jar rasd.jar train-ner --data=ANERCORP_TRAIN [--dev=0.1] [--folds=5] [--beam=1] [--out=MODEL]
             java -jar rasd.jar clusters --corpus=DIR [--out=DIR] [--classes=100,300] [--min-count=5] [--iterations=8]
             java -jar rasd.jar bench --input=DIR [--threads=N] [--output=DIR] [--replicate=K]
             java -jar rasd.jar replicate --input=DIR_OR_GLOB --copies=K --out=DIR
             java -jar rasd.jar help
      """;

  private RasdMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String[] args) {
    String command = args.length > 0 && !args[0].startsWith("--") ? args[0] : "run";
    String[] rest = command.equals("run") && (args.length == 0 || args[0].startsWith("--"))
        ? args
        : Arrays.copyOfRange(args, 1, args.length);
    try {
      return switch (command) {
        case "run" -> runPipeline(rest);
        case "bench" -> BenchCommand.run(rest);
        case "bench-part" -> BenchPart.run(rest); // one side of bench, in its own JVM
        case "replicate" -> ReplicateCommand.run(rest);
        case "eval" -> EvalCommand.run(rest);
        case "tag-conll" -> TagConllCommand.run(rest);
        case "train-ner" -> TrainNerCommand.run(rest);
        case "clusters" -> ClustersCommand.run(rest);
        case "jmh" -> {
          System.err.println("rasd: the JMH benchmarks moved out of rasd.jar: java -jar bench/target/rasd-bench.jar "
              + String.join(" ", rest));
          yield 2;
        }
        case "help", "-h", "--help" -> {
          System.out.print(USAGE);
          yield 0;
        }
        default -> {
          System.err.println("rasd: unknown command '" + command + "'\n" + USAGE);
          yield 2;
        }
      };
    } catch (IllegalArgumentException e) {
      System.err.println("rasd: " + e.getMessage());
      return 2;
    } catch (RunLock.LockedException e) {
      System.err.println("rasd: " + e.getMessage());
      return 3;
    } catch (RunFailedException e) {
      System.err.println("rasd: the run failed: " + e.getMessage());
      return 1;
    } catch (Exception e) {
      // one line for the person on call; the stack trace when asked for
      System.err.println("rasd: the run failed: " + rootCause(e) + "; the previous output is kept"
          + (System.getenv("RASD_TRACE") == null ? " (RASD_TRACE=1 prints the stack trace)" : ""));
      if (System.getenv("RASD_TRACE") != null) {
        e.printStackTrace(System.err);
      }
      return 1;
    }
  }

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t == e ? String.valueOf(e) : e.getClass().getSimpleName() + " caused by " + t;
  }

  static int runPipeline(String[] args) throws Exception {
    PipelineOptionsFactory.register(RasdOptions.class);
    RasdOptions options;
    try {
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(RasdOptions.class);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage() + "\n" + USAGE + "(--help=RasdOptions lists the flags)");
    }
    FlinkMaster.checkReachable(args); // a clear error in seconds, not a minute of retries, when no cluster answers
    List<String> given = Arrays.asList(args);
    // Real runs skip the DirectRunner's per-element immutability/encodability checks (tests keep them on).
    DirectOptions direct = options.as(DirectOptions.class);
    if (given.stream().noneMatch(a -> a.startsWith("--enforceImmutability"))) {
      direct.setEnforceImmutability(false);
    }
    if (given.stream().noneMatch(a -> a.startsWith("--enforceEncodability"))) {
      direct.setEnforceEncodability(false);
    }
    if (given.stream().noneMatch(a -> a.startsWith("--targetParallelism"))) {
      // One worker thread per core: the DirectRunner's default (at least 3) also gives its monitor loop, which never
      // sleeps, a thread of its own, taking a third of a 2-core machine from the workers.
      direct.setTargetParallelism(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }
    RasdPipeline.run(options, System.out); // throws unless the run was published
    return 0;
  }
}
