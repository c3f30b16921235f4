package io.rasd.core.entities.recognition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.WordClusterDictionary;

/**
 * The classes of several word-cluster dictionaries as the name finder's feature strings, under one key: a word is
 * looked up once for every granularity, and its features ({@code c100=37}, and {@code c100s=37} for a stripped form)
 * are made once per class, not concatenated per token. Immutable, shared by every finder.
 */
final class ClusterFeatureTable {
  /** Word → per dictionary d: [2d] its feature, [2d + 1] its feature as a stripped form; null where d lacks it. */
  private final Map<String, String[]> features;
  private final int dictionaries;

  private ClusterFeatureTable(Map<String, String[]> features, int dictionaries) {
    this.features = features;
    this.dictionaries = dictionaries;
  }

  /**
   * {@code names.get(d)} is the feature name of {@code dictionaries.get(d)} ("c100"), {@code words.get(d)} the words
   * of its file: each word's class is the dictionary's own answer for it.
   */
  static ClusterFeatureTable of(List<WordClusterDictionary> dictionaries, List<? extends Iterable<String>> words,
      List<String> names) {
    int n = dictionaries.size();
    Map<String, String[]> features = new HashMap<>();
    for (int d = 0; d < n; d++) {
      String name = names.get(d);
      Map<String, String[]> byClass = new HashMap<>();
      for (String word : words.get(d)) {
        String cls = dictionaries.get(d).lookupToken(word);
        if (cls == null) continue;
        String[] f = byClass.computeIfAbsent(cls, c -> new String[] {name + "=" + c, name + "s=" + c});
        String[] row = features.computeIfAbsent(word, w -> new String[2 * n]);
        row[2 * d] = f[0];
        row[2 * d + 1] = f[1];
      }
    }
    return new ClusterFeatureTable(features, n);
  }

  /** The features of {@code key} (see {@link #features}), or null for a word no dictionary holds. */
  String[] get(String key) {
    return features.get(key);
  }

  int dictionaries() {
    return dictionaries;
  }
}
