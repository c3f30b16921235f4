package io.rasd.bench;

import io.rasd.core.ResourceLines;
import io.rasd.core.claims.ClaimExtractor;
import io.rasd.core.model.Claim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the claim extractor alone, single thread: ops/s = articles/s/core. The articles are seed-like
 * news texts shipped in resources/claims/bench (listed in index.txt).
 *
 * <pre>java -cp pipeline/target/classes:$(cat cp.txt) org.openjdk.jmh.Main ClaimExtractorBenchmark -f1 -wi 2 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ClaimExtractorBenchmark {
  private static final int ARTICLES_PER_OP = 3;

  private ClaimExtractor extractor;
  private List<String> articles;

  @Setup
  public void setUp() {
    extractor = ClaimExtractor.fromResources();
    articles = new ArrayList<>();
    for (String name : ResourceLines.read("claims/bench/index.txt")) {
      String path = "claims/bench/" + name.strip();
      try (InputStream in = ClaimExtractorBenchmark.class.getClassLoader().getResourceAsStream(path)) {
        if (in == null) throw new IllegalStateException("missing " + path);
        articles.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (articles.size() != ARTICLES_PER_OP) throw new IllegalStateException("expected 3 bench articles");
  }

  /** One op extracts the claims of every bench article; the score is reported per article. */
  @Benchmark
  @OperationsPerInvocation(ARTICLES_PER_OP)
  public void extractArticle(Blackhole bh) {
    for (String body : articles) {
      List<Claim> claims = extractor.extract(body, List.of(), null);
      bh.consume(claims);
    }
  }
}
