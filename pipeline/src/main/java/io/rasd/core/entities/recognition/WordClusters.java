package io.rasd.core.entities.recognition;

import io.rasd.core.arabic.Folding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
  private static final Map<String, ClusterFeatureTable> TABLES = new ConcurrentHashMap<>();

  private WordClusters() {}

  /** The key a word is clustered and looked up under. */
  public static String key(String token) {
    return Folding.NAME.apply(token);
  }

  /** The shipped dictionary with {@code classes} classes. */
  public static WordClusterDictionary fromResources(int classes) {
    return LOADED.computeIfAbsent(classes, WordClusters::load);
  }

  /** The shipped dictionaries of {@code classes} as one feature table (names "c" + classes), built once. */
  static ClusterFeatureTable featureTable(int... classes) {
    return TABLES.computeIfAbsent(Arrays.toString(classes), k -> {
      List<WordClusterDictionary> dictionaries = new ArrayList<>();
      List<List<String>> words = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (int c : classes) {
        dictionaries.add(load(c)); // not kept: only the table is used for tagging
        words.add(words(c));
        names.add("c" + c);
      }
      return ClusterFeatureTable.of(dictionaries, words, names);
    });
  }

  /** The words of a shipped file: each line's first field, as {@link WordClusterDictionary} reads it. */
  private static List<String> words(int classes) {
    String path = String.format(RESOURCE, classes);
    try (InputStream in = WordClusters.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing resource " + path + ": run rasd.jar clusters");
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) out.add(line.split(" ")[0]);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
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
