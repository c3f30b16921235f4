package io.rasd.cli;

import io.rasd.core.entities.recognition.WordClusters;
import io.rasd.beam.InputFiles;
import io.rasd.core.clusters.ClusterCorpus;
import io.rasd.core.clusters.ClusterFile;
import io.rasd.core.clusters.ExchangeClusterer;
import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.input.InputReader;
import io.rasd.core.input.TextDecoder;
import io.rasd.core.model.Article;
import io.rasd.core.model.DecodedArticle;
import io.rasd.core.model.RawArticle;
import io.rasd.core.text.ArticleCleaner;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code clusters --corpus=DIR [--out=DIR] [--classes=100,300] [--min-count=5] [--iterations=8]}: induces
 * word classes for the name finder from unlabeled news. Reads the corpus like the pipeline (decode, clean, drop
 * duplicate articles), splits the cleaned bodies into sentences of {@link WordClusters#key} keys, clusters them with
 * {@link ExchangeClusterer} at each granularity and writes {@code clusters-c<N>.txt.gz}. Deterministic: the same
 * corpus gives byte-identical files.
 */
final class ClustersCommand {
  static final String DEFAULT_OUT = "pipeline/src/main/resources/entities";
  private static final Set<String> FLAGS = Set.of("corpus", "out", "classes", "min-count", "iterations");

  private ClustersCommand() {}

  static int run(String[] args) throws Exception {
    Flags flags = Flags.parse(args, FLAGS);
    String corpusSpec = flags.require("corpus");
    Path out = Path.of(flags.get("out", DEFAULT_OUT));
    int minCount = flags.getInt("min-count", 5);
    int iterations = flags.getInt("iterations", 8);
    List<ExchangeClusterer> clusterers = new ArrayList<>();
    for (String c : flags.get("classes", "100,300").split(",")) {
      int classes;
      try {
        classes = Integer.parseInt(c.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--classes takes numbers separated by commas, not '" + c + "'");
      }
      clusterers.add(new ExchangeClusterer(classes, iterations));
    }
    if (minCount < 1) throw new IllegalArgumentException("--min-count must be at least 1");
    List<String> files = InputFiles.expand(corpusSpec);
    if (files.isEmpty()) throw new IllegalArgumentException("no input files under " + corpusSpec);

    long t0 = System.nanoTime();
    ClusterCorpus corpus = read(files, minCount);
    System.out.printf("clusters: %d words, vocabulary %d (count >= %d) in %.0f s%n", corpus.size(),
        corpus.vocabularySize(), minCount, (System.nanoTime() - t0) / 1e9);
    Files.createDirectories(out);
    for (ExchangeClusterer clusterer : clusterers) {
      long t1 = System.nanoTime();
      int[] cls = clusterer.cluster(corpus, line -> System.out.println("  " + line));
      Path file = out.resolve(String.format("clusters-c%d.txt.gz", clusterer.classes()));
      try (OutputStream os = Files.newOutputStream(file)) {
        ClusterFile.write(corpus, cls, os);
      }
      System.out.printf("clusters: wrote %s (%d bytes) in %.0f s%n", file, Files.size(file),
          (System.nanoTime() - t1) / 1e9);
    }
    return 0;
  }

  /** Sentences of keys of every distinct cleaned article; unreadable inputs are skipped as the pipeline rejects them. */
  static ClusterCorpus read(List<String> files, int minCount) throws Exception {
    ArticleCleaner cleaner = ArticleCleaner.fromResources();
    ClusterCorpus.Builder builder = ClusterCorpus.builder();
    Set<String> seen = new HashSet<>();
    for (String file : files) {
      for (RawArticle raw : InputReader.read(file, Files.readAllBytes(Path.of(file))).articles()) {
        TextDecoder.Result text = TextDecoder.decode(raw);
        if (!text.ok()) continue;
        Article a = cleaner.clean(new DecodedArticle(raw.meta(), text.text(), text.charset(), text.repairs())).article();
        if (a == null || !seen.add(a.articleId())) continue;
        AnalyzedText analyzed = AnalyzedText.analyze(a.body());
        for (int[] r : analyzed.sentences()) {
          builder.addSentence(analyzed.words().subList(r[0], r[1]).stream().map(t -> WordClusters.key(t.text())).toList());
        }
      }
    }
    return builder.build(minCount);
  }
}
