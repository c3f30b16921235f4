package io.rasd.bench;

import io.rasd.core.ResourceLines;
import io.rasd.core.claims.ClaimExtractor;
import io.rasd.core.entities.EntityExtractor;
import io.rasd.core.model.Claim;
import io.rasd.core.model.Mention;

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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the claim extractor alone, single thread: ops/s = articles/s/core. The articles are seed-like
 * news texts shipped in resources/claims/bench (listed in index.txt). {@code mentions=extracted} passes each article's
 * entity mentions (found once, in the set-up, by the shipped {@link EntityExtractor}) as the pipeline does, so the
 * steps that read them (actors, places, sources, named lists) run; {@code mentions=none} passes none.
 *
 * <pre>java -cp pipeline/target/classes:$(cat cp.txt) org.openjdk.jmh.Main ClaimExtractorBenchmark -f1 -wi 2 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ClaimExtractorBenchmark {
  private static final int ARTICLES_PER_OP = 3;

  /** Whether the articles' entity mentions are passed to the extractor. */
  @Param({"extracted", "none"})
  public String mentions;

  private ClaimExtractor extractor;
  private List<String> articles;
  private List<List<Mention>> articleMentions;
  private final List<Claim> lastClaims = new ArrayList<>();

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
    articleMentions = new ArrayList<>();
    EntityExtractor entities = mentions.equals("extracted") ? EntityExtractor.fromResources() : null;
    for (String body : articles) articleMentions.add(entities == null ? List.of() : entities.extract(body));
  }

  /** The claims of the last operation (for the benchmark's own test). */
  List<Claim> lastClaims() {
    return lastClaims;
  }

  /** One op extracts the claims of every bench article; the score is reported per article. */
  @Benchmark
  @OperationsPerInvocation(ARTICLES_PER_OP)
  public void extractArticle(Blackhole bh) {
    lastClaims.clear();
    for (int i = 0; i < ARTICLES_PER_OP; i++) {
      List<Claim> claims = extractor.extract(articles.get(i), articleMentions.get(i), null);
      bh.consume(claims);
      lastClaims.addAll(claims);
    }
  }
}
