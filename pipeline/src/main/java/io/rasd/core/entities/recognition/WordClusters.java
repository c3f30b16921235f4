package io.rasd.core.entities.recognition;

import io.rasd.core.arabic.Folding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import opennlp.tools.util.featuregen.WordClusterDictionary;

/**
 * The word-cluster files induced from unlabeled news ({@code rasd.jar clusters}), loaded once from the classpath and
 * shared by every finder, and the one folding function that keys them for induction and lookup alike.
 */
public final class WordClusters {
  /** Shipped granularities: {@code entities/clusters-c<N>.txt.gz}. */
  public static final String RESOURCE = "/entities/clusters-c%d.txt.gz";

  private static final Map<Integer, WordClusterDictionary> LOADED = new ConcurrentHashMap<>();

  private WordClusters() {}

  /** The key a word is clustered and looked up under. */
  public static String key(String token) {
    return Folding.NAME.apply(token);
  }

  /** The shipped dictionary with {@code classes} classes. */
  public static WordClusterDictionary fromResources(int classes) {
    return LOADED.computeIfAbsent(classes, WordClusters::load);
  }

  private static WordClusterDictionary load(int classes) {
    String path = String.format(RESOURCE, classes);
    try (InputStream in = WordClusters.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing resource " + path + ": run rasd.jar clusters");
      return new WordClusterDictionary(new GZIPInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
