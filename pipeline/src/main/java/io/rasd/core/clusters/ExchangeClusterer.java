package io.rasd.core.clusters;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Class-bigram word clustering by the exchange algorithm (Kneser &amp; Ney 1993; Martin, Liermann &amp; Ney 1998; the
 * objective of Clark's clusters): each word in turn moves to the class that most raises the class-bigram likelihood
 * {@code Σ N(c,d) log N(c,d) − Σ N(c·) log N(c·) − Σ N(·c) log N(·c)}, with the counts updated incrementally, until a
 * pass moves almost nothing or the iteration bound is reached. Deterministic: words are visited by falling frequency,
 * the initial classes are rank mod C, and ties keep the current class or take the lowest class number.
 *
 * <p>Sentence boundaries and rare words are two fixed classes of their own, so their contexts count but they never
 * move. Cost of one pass: Σ over words of C × (distinct classes next to the word).
 */
public final class ExchangeClusterer {
  /** Stops early when a pass moves fewer than this fraction of the words. */
  private static final double CONVERGED = 0.001;
  private static final int TABLE = 1 << 21;
  private static final double[] XLOGX = new double[TABLE];

  static {
    for (int i = 1; i < TABLE; i++) XLOGX[i] = i * Math.log(i);
  }

  private final int classes;
  private final int maxIterations;

  public ExchangeClusterer(int classes, int maxIterations) {
    if (classes < 2) throw new IllegalArgumentException("need at least 2 classes, not " + classes);
    if (maxIterations < 1) throw new IllegalArgumentException("need at least 1 iteration, not " + maxIterations);
    this.classes = classes;
    this.maxIterations = maxIterations;
  }

  public int classes() {
    return classes;
  }

  private static double f(long x) {
    return x < TABLE ? XLOGX[(int) x] : x * Math.log(x);
  }

  /** Class (0..C-1) of every word id of the corpus; class numbers are ordered by each class's most frequent word. */
  public int[] cluster(ClusterCorpus corpus, Consumer<String> log) {
    int v = corpus.vocabularySize();
    int boundaryNode = v;
    int rareNode = v + 1;
    int nodes = v + 2;
    Bigrams succ = Bigrams.of(corpus.tokens(), boundaryNode, rareNode, nodes, false);
    Bigrams pred = Bigrams.of(corpus.tokens(), boundaryNode, rareNode, nodes, true);

    int c = Math.min(classes, Math.max(1, v));
    int k = c + 2;
    int[] cls = new int[nodes];
    for (int w = 0; w < v; w++) cls[w] = w % c;
    cls[boundaryNode] = c;
    cls[rareNode] = c + 1;

    long[] n = new long[k * k]; // n[a*k+b] = N(a,b)
    long[] nt = new long[k * k]; // nt[b*k+a] = N(a,b)
    long[] left = new long[k];
    long[] right = new long[k];
    for (int x = 0; x < nodes; x++) {
      for (int e = succ.start[x]; e < succ.start[x + 1]; e++) {
        int a = cls[x];
        int b = cls[succ.other[e]];
        long cnt = succ.count[e];
        n[a * k + b] += cnt;
        nt[b * k + a] += cnt;
        left[a] += cnt;
        right[b] += cnt;
      }
    }

    long[] r = new long[k];
    long[] l = new long[k];
    int[] rTouched = new int[k];
    int[] lTouched = new int[k];
    for (int it = 1; it <= maxIterations; it++) {
      int moves = 0;
      for (int w = 0; w < v; w++) {
        int rn = 0;
        int ln = 0;
        long self = 0;
        long out = 0;
        long in = 0;
        for (int e = succ.start[w]; e < succ.start[w + 1]; e++) {
          int o = succ.other[e];
          long cnt = succ.count[e];
          out += cnt;
          if (o == w) {
            self = cnt;
            continue;
          }
          int d = cls[o];
          if (r[d] == 0) rTouched[rn++] = d;
          r[d] += cnt;
        }
        for (int e = pred.start[w]; e < pred.start[w + 1]; e++) {
          int o = pred.other[e];
          long cnt = pred.count[e];
          in += cnt;
          if (o == w) continue;
          int d = cls[o];
          if (l[d] == 0) lTouched[ln++] = d;
          l[d] += cnt;
        }
        int from = cls[w];
        move(n, nt, k, from, -1, r, rTouched, rn, l, lTouched, ln, self);
        left[from] -= out;
        right[from] -= in;

        int best = from;
        double bestGain = gain(n, nt, k, from, r, rTouched, rn, l, lTouched, ln, self, left, right, out, in);
        for (int b = 0; b < c; b++) {
          if (b == from) continue;
          double g = gain(n, nt, k, b, r, rTouched, rn, l, lTouched, ln, self, left, right, out, in);
          if (g > bestGain + 1e-9) {
            bestGain = g;
            best = b;
          }
        }
        move(n, nt, k, best, 1, r, rTouched, rn, l, lTouched, ln, self);
        left[best] += out;
        right[best] += in;
        cls[w] = best;
        if (best != from) moves++;
        for (int i = 0; i < rn; i++) r[rTouched[i]] = 0;
        for (int i = 0; i < ln; i++) l[lTouched[i]] = 0;
      }
      log.accept(String.format("classes=%d iteration=%d moves=%d objective=%.1f", c, it, moves,
          objective(n, left, right)));
      if (moves < CONVERGED * v) break;
    }
    return canonical(Arrays.copyOf(cls, v), c);
  }

  /** Adds (sign 1) or removes (sign -1) the word's bigrams to/from class {@code a}. */
  private static void move(long[] n, long[] nt, int k, int a, int sign, long[] r, int[] rT, int rn, long[] l,
      int[] lT, int ln, long self) {
    for (int i = 0; i < rn; i++) {
      int d = rT[i];
      n[a * k + d] += sign * r[d];
      nt[d * k + a] += sign * r[d];
    }
    for (int i = 0; i < ln; i++) {
      int d = lT[i];
      n[d * k + a] += sign * l[d];
      nt[a * k + d] += sign * l[d];
    }
    n[a * k + a] += sign * self;
    nt[a * k + a] += sign * self;
  }

  /** Change of the objective if the (removed) word joins class {@code b}. */
  private static double gain(long[] n, long[] nt, int k, int b, long[] r, int[] rT, int rn, long[] l, int[] lT,
      int ln, long self, long[] left, long[] right, long out, long in) {
    double g = 0;
    int row = b * k;
    for (int i = 0; i < rn; i++) {
      int d = rT[i];
      if (d == b) continue;
      long x = n[row + d];
      g += f(x + r[d]) - f(x);
    }
    for (int i = 0; i < ln; i++) {
      int d = lT[i];
      if (d == b) continue;
      long x = nt[row + d];
      g += f(x + l[d]) - f(x);
    }
    long bb = n[row + b];
    g += f(bb + r[b] + l[b] + self) - f(bb);
    g -= f(left[b] + out) - f(left[b]);
    g -= f(right[b] + in) - f(right[b]);
    return g;
  }

  private static double objective(long[] n, long[] left, long[] right) {
    double s = 0;
    for (long x : n) s += f(x);
    for (long x : left) s -= f(x);
    for (long x : right) s -= f(x);
    return s;
  }

  /** Renumbers classes in order of their most frequent word, so equal partitions give equal files. */
  private static int[] canonical(int[] cls, int c) {
    int[] map = new int[c];
    Arrays.fill(map, -1);
    int next = 0;
    for (int w = 0; w < cls.length; w++) {
      if (map[cls[w]] < 0) map[cls[w]] = next++;
      cls[w] = map[cls[w]];
    }
    return cls;
  }

  /** Distinct bigrams with counts, grouped by the left node ({@code byRight=false}) or by the right node. */
  private static final class Bigrams {
    final int[] start;
    final int[] other;
    final long[] count;

    private Bigrams(int[] start, int[] other, long[] count) {
      this.start = start;
      this.other = other;
      this.count = count;
    }

    static Bigrams of(int[] tokens, int boundaryNode, int rareNode, int nodes, boolean byRight) {
      long[] keys = new long[tokens.length];
      int prev = boundaryNode;
      for (int i = 0; i < tokens.length; i++) {
        int cur = node(tokens[i], boundaryNode, rareNode);
        keys[i] = byRight ? (long) cur * nodes + prev : (long) prev * nodes + cur;
        prev = cur;
      }
      Arrays.sort(keys);
      int distinct = 0;
      for (int i = 0; i < keys.length; i++) if (i == 0 || keys[i] != keys[i - 1]) distinct++;
      int[] start = new int[nodes + 1];
      int[] other = new int[distinct];
      long[] count = new long[distinct];
      int e = -1;
      for (int i = 0; i < keys.length; i++) {
        if (i == 0 || keys[i] != keys[i - 1]) {
          e++;
          int group = (int) (keys[i] / nodes);
          other[e] = (int) (keys[i] % nodes);
          start[group + 1]++;
        }
        count[e]++;
      }
      for (int x = 0; x < nodes; x++) start[x + 1] += start[x];
      return new Bigrams(start, other, count);
    }

    private static int node(int token, int boundaryNode, int rareNode) {
      return token == ClusterCorpus.BOUNDARY ? boundaryNode : token == ClusterCorpus.RARE ? rareNode : token;
    }
  }
}
