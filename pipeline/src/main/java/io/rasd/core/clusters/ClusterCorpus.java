package io.rasd.core.clusters;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A corpus prepared for class-bigram clustering: words that occur at least {@code minCount} times get ids 0..V-1 by
 * falling frequency (ties by key, so ids do not depend on input order within a count), every other word becomes
 * {@link #RARE}, and sentence ends are {@link #BOUNDARY}.
 */
public final class ClusterCorpus {
  public static final int BOUNDARY = -1;
  public static final int RARE = -2;

  private final String[] words;
  private final long[] counts;
  private final int[] tokens;

  private ClusterCorpus(String[] words, long[] counts, int[] tokens) {
    this.words = words;
    this.counts = counts;
    this.tokens = tokens;
  }

  /** Builder fed one sentence of keys at a time. */
  public static final class Builder {
    private final Map<String, Integer> ids = new HashMap<>();
    private String[] byId = new String[1024];
    private long[] freq = new long[1024];
    private int[] seq = new int[1 << 16];
    private int length;

    public Builder addSentence(List<String> keys) {
      if (keys.isEmpty()) return this;
      for (String k : keys) {
        Integer id = ids.get(k);
        if (id == null) {
          id = ids.size();
          ids.put(k, id);
          if (id == byId.length) {
            byId = Arrays.copyOf(byId, id * 2);
            freq = Arrays.copyOf(freq, id * 2);
          }
          byId[id] = k;
        }
        freq[id]++;
        append(id);
      }
      append(BOUNDARY);
      return this;
    }

    private void append(int id) {
      if (length == seq.length) seq = Arrays.copyOf(seq, length * 2);
      seq[length++] = id;
    }

    public ClusterCorpus build(int minCount) {
      int n = ids.size();
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) order[i] = i;
      Arrays.sort(order, (a, b) -> freq[a] != freq[b] ? Long.compare(freq[b], freq[a]) : byId[a].compareTo(byId[b]));
      int[] newId = new int[n];
      int kept = 0;
      for (Integer old : order) newId[old] = freq[old] >= minCount ? kept++ : RARE;
      String[] words = new String[kept];
      long[] counts = new long[kept];
      for (int old = 0; old < n; old++) {
        if (newId[old] >= 0) {
          words[newId[old]] = byId[old];
          counts[newId[old]] = freq[old];
        }
      }
      int[] tokens = new int[length];
      for (int i = 0; i < length; i++) tokens[i] = seq[i] == BOUNDARY ? BOUNDARY : newId[seq[i]];
      return new ClusterCorpus(words, counts, tokens);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Number of clustered words (V). */
  public int vocabularySize() {
    return words.length;
  }

  public String word(int id) {
    return words[id];
  }

  public long count(int id) {
    return counts[id];
  }

  /** Word ids, {@link #RARE} and {@link #BOUNDARY} markers in corpus order; every sentence ends with a boundary. */
  int[] tokens() {
    return tokens;
  }

  /** Running words, boundaries excluded. */
  public long size() {
    long n = 0;
    for (int t : tokens) if (t != BOUNDARY) n++;
    return n;
  }
}
