package io.rasd.core.entities.recognition;

import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.SentenceWords;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.WordClusterDictionary;

/**
 * The class of the token, and of its clitic-stripped form, in one word-cluster dictionary ({@code name=class}). Like
 * OpenNLP's {@code WordClusterFeatureGenerator}, but looks words up under {@link WordClusters#key}, the folding the
 * clusters were induced with, rather than the raw token. A sentence's words are looked up once, the first time the
 * name finder asks for one of its tokens (a ±1 window asks for each token three times), for every granularity at
 * once ({@link ClusterFeatureTable}); the token's key is the name key its {@link ArabicWord} already holds.
 */
public final class WordClusterFeature implements AdaptiveFeatureGenerator {
  private final SentenceLookup sentence;
  private final int dictionary;

  private WordClusterFeature(SentenceLookup sentence, int dictionary) {
    this.sentence = sentence;
    this.dictionary = dictionary;
  }

  /** One feature per dictionary of {@code table}, sharing one finder's lookups (NOT thread-safe, like the finder). */
  static List<WordClusterFeature> all(ClusterFeatureTable table) {
    SentenceLookup shared = new SentenceLookup(table);
    List<WordClusterFeature> out = new ArrayList<>();
    for (int d = 0; d < table.dictionaries(); d++) out.add(new WordClusterFeature(shared, d));
    return out;
  }

  /** The feature of one dictionary, named {@code name}. */
  public static WordClusterFeature of(WordClusterDictionary dictionary, Iterable<String> words, String name) {
    return all(ClusterFeatureTable.of(List.of(dictionary), List.of(words), List.of(name))).get(0);
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    sentence.lookUp(tokens);
    String[] plain = sentence.plain[index];
    if (plain != null && plain[2 * dictionary] != null) features.add(plain[2 * dictionary]);
    String[] stripped = sentence.stripped[index];
    if (stripped != null && stripped[2 * dictionary + 1] != null) features.add(stripped[2 * dictionary + 1]);
  }

  /** The table rows of the current sentence's tokens and of their stripped forms. */
  private static final class SentenceLookup {
    private final ClusterFeatureTable table;
    private String[] lastTokens;
    String[][] plain;
    String[][] stripped;

    SentenceLookup(ClusterFeatureTable table) {
      this.table = table;
    }

    void lookUp(String[] tokens) {
      if (tokens == lastTokens) return;
      ArabicWord[] words = SentenceWords.of(tokens);
      plain = new String[tokens.length][];
      stripped = new String[tokens.length][];
      for (int i = 0; i < tokens.length; i++) {
        String token = tokens[i];
        ArabicWord word = words[i];
        plain[i] = table.get(word.surface().equals(token) ? word.nameKey() : WordClusters.key(token));
        // stripped() is a name key without proclitics
        if (word.hasArabic()) stripped[i] = table.get(word.stripped());
      }
      lastTokens = tokens;
    }
  }
}
