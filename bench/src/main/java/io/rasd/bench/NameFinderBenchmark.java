package io.rasd.bench;

import io.rasd.core.entities.recognition.NerModel;
import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.entities.recognition.RasdNameFinderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the Arabic name finder (model + Rasd features) on one thread: an operation tags one sentence of the
 * seed articles and the secondary "tokens" score is tokens/s/core. {@code model=compact} is the shipped finder
 * (Rasd's {@code CompactPerceptron}), {@code model=opennlp} the same model evaluated by OpenNLP's own perceptron:
 * the two run side by side in one invocation. Run {@code java -jar bench/target/rasd-bench.jar NameFinderBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class NameFinderBenchmark {
  /** The seed articles, copied from the repository's seeds/ into the jar at build time (pom.xml). */
  static final String SEEDS = "seeds";

  /** Which evaluation of the shipped perceptron tags: Rasd's compact one, or OpenNLP's. */
  @Param({"compact", "opennlp"})
  public String model;

  private NameFinderME finder;
  private List<String[]> sentences;
  private int next;

  @Setup
  public void setUp() throws IOException {
    finder = model.equals("compact") ? NerModel.newFinder() : new NameFinderME(openNlpModel());
    String text = seedText();
    sentences = new ArrayList<>();
    AnalyzedText analysis = AnalyzedText.analyze(text);
    for (int[] r : analysis.sentences()) {
      sentences.add(analysis.words().subList(r[0], r[1]).stream().map(t -> t.text()).toArray(String[]::new));
    }
  }

  /** The shipped model as OpenNLP loads it, its perceptron evaluated by OpenNLP. */
  static TokenNameFinderModel openNlpModel() throws IOException {
    RasdNameFinderFactory.allowLoading();
    try (InputStream in = NerModel.class.getResourceAsStream(NerModel.RESOURCE)) {
      return new TokenNameFinderModel(in);
    }
  }

  /** The seed articles in name order, one after the other, read from the jar (or the classes folder). */
  static String seedText() throws IOException {
    Path root;
    try {
      root = Path.of(NameFinderBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    if (Files.isDirectory(root)) return concat(root.resolve(SEEDS));
    try (FileSystem jar = FileSystems.newFileSystem(root)) {
      return concat(jar.getPath(SEEDS));
    }
  }

  private static String concat(Path dir) throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted(Comparator.comparing(Path::toString)).toList()) {
        text.append(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return text.toString();
  }

  /** Tags the next sentence and counts its tokens. */
  @Benchmark
  public void tagSentence(Blackhole bh, TokenCounter counter) {
    String[] s = sentences.get(next);
    next = (next + 1) % sentences.size();
    bh.consume(finder.find(s));
    counter.tokens += s.length;
  }

  /** Reports tokens/s next to sentences/s. */
  @State(Scope.Thread)
  @org.openjdk.jmh.annotations.AuxCounters(org.openjdk.jmh.annotations.AuxCounters.Type.OPERATIONS)
  public static class TokenCounter {
    public long tokens;

    @Setup(org.openjdk.jmh.annotations.Level.Iteration)
    public void reset() {
      tokens = 0;
    }
  }
}
