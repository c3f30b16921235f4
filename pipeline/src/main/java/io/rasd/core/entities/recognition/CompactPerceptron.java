package io.rasd.core.entities.recognition;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.perceptron.PerceptronModel;

/**
 * The same perceptron as a loaded OpenNLP {@link PerceptronModel}, laid out for lookup: every predicate is one record
 * of a single {@code long[]} (its length, its characters packed four to a long, its outcome ids packed four to a
 * long, its parameters as raw double bits), found through one open-addressing table of (hash, record) pairs. OpenNLP
 * follows a {@code HashMap} node, the key {@code String}, its bytes, a {@code Context}, its outcome array and its
 * parameter array for each predicate, six dependent reads scattered over the heap; here a hit reads the table slot and
 * one record, usually one or two cache lines.
 *
 * <p>Scores are bit-identical to {@link PerceptronModel#eval(String[], double[])} of OpenNLP 2.5: the parameters of
 * each predicate are added to their outcome's sum in the order of the context (each sum sees the same additions in
 * the same order; OpenNLP multiplies each parameter by 1.0, which is exact), unknown predicates are skipped, then the
 * sums are normalised as OpenNLP does (divide by the largest absolute sum when above 1, {@link StrictMath#exp}, divide
 * by the total). {@code CompactPerceptronTest} tags the seeds, the ANERcorp sample and the news-entities gold with
 * both and compares every probability bit by bit. Everything but {@code eval} is delegated to the original model.
 */
public final class CompactPerceptron implements MaxentModel {
  private final MaxentModel original;
  private final int numOutcomes;
  /** Slot = hash in the high 32 bits, record offset + 1 in the low 32 bits; 0 is an empty slot. */
  private final long[] table;
  private final int shift;
  private final long[] records;

  private CompactPerceptron(MaxentModel original, int numOutcomes, long[] table, long[] records) {
    this.original = original;
    this.numOutcomes = numOutcomes;
    this.table = table;
    this.shift = 64 - Integer.numberOfTrailingZeros(table.length);
    this.records = records;
  }

  /**
   * The compact form of {@code model} when it is an OpenNLP perceptron (exactly {@link PerceptronModel}, whose
   * {@code eval} this class reproduces), else null: any other model type normalises differently.
   */
  @SuppressWarnings("unchecked")
  public static CompactPerceptron of(MaxentModel model) {
    if (model == null || model.getClass() != PerceptronModel.class) return null;
    AbstractModel m = (AbstractModel) model;
    Map<String, Context> pmap = (Map<String, Context>) m.getDataStructures()[1];
    int numOutcomes = m.getNumOutcomes();
    if (numOutcomes > 0xFFFF) return null;
    long size = 0;
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      int params = e.getValue().getParameters().length;
      size += 1 + longsFor(e.getKey().length()) + longsFor(params) + params;
    }
    if (size >= Integer.MAX_VALUE - 1) return null;
    long[] records = new long[(int) size];
    int capacity = Integer.highestOneBit(Math.max(2, pmap.size() * 2 - 1)) << 1; // load factor ≤ 1/2
    long[] table = new long[capacity];
    int shift = 64 - Integer.numberOfTrailingZeros(capacity);
    int at = 0;
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      String key = e.getKey();
      int[] outcomes = e.getValue().getOutcomes();
      double[] params = e.getValue().getParameters();
      int record = at;
      records[at++] = (key.length() & 0xFFFFFFFFL) | ((long) params.length << 32);
      for (int i = 0; i < key.length(); i++) records[at + (i >> 2)] |= (long) key.charAt(i) << ((i & 3) << 4);
      at += longsFor(key.length());
      for (int i = 0; i < outcomes.length; i++) records[at + (i >> 2)] |= (long) outcomes[i] << ((i & 3) << 4);
      at += longsFor(outcomes.length);
      for (double p : params) records[at++] = Double.doubleToRawLongBits(p);
      int h = key.hashCode();
      int slot = slot(h, shift);
      while (table[slot] != 0) slot = (slot + 1) & (capacity - 1);
      table[slot] = ((long) h << 32) | (record + 1L);
    }
    return new CompactPerceptron(model, numOutcomes, table, records);
  }

  private static int longsFor(int n) {
    return (n + 3) >> 2;
  }

  private static int slot(int hash, int shift) {
    return (int) ((hash * 0x9E3779B97F4A7C15L) >>> shift);
  }

  /** The record offset of {@code predicate}, or -1 when the model does not know it. */
  int find(String predicate) {
    int h = predicate.hashCode();
    return resolve(predicate, h, table[slot(h, shift)]);
  }

  /** Walks the probe sequence of hash {@code h} from its first slot's {@code entry} to the record of {@code s}. */
  private int resolve(String s, int h, long entry) {
    int mask = table.length - 1;
    for (int slot = slot(h, shift); entry != 0; ) {
      if ((int) (entry >>> 32) == h) {
        int record = (int) entry - 1;
        if (keyEquals(record, s)) return record;
      }
      slot = (slot + 1) & mask;
      entry = table[slot];
    }
    return -1;
  }

  private boolean keyEquals(int record, String s) {
    int n = s.length();
    if ((int) records[record] != n) return false;
    int base = record + 1;
    for (int i = 0; i < n; i += 4) {
      long packed = records[base + (i >> 2)];
      int end = Math.min(4, n - i);
      for (int k = 0; k < end; k++) {
        if ((char) (packed >>> (k << 4)) != s.charAt(i + k)) return false;
      }
    }
    return true;
  }

  @Override
  public double[] eval(String[] context) {
    return eval(context, null, new double[numOutcomes]);
  }

  @Override
  public double[] eval(String[] context, double[] probs) {
    return eval(context, null, probs);
  }

  @Override
  public double[] eval(String[] context, float[] values) {
    return eval(context, values, new double[numOutcomes]);
  }

  private double[] eval(String[] context, float[] values, double[] prior) {
    Arrays.fill(prior, 0);
    addSums(context, values, prior);
    normalise(prior);
    return prior;
  }

  /**
   * Adds the parameters of every predicate of {@code context} to their outcomes' sums, in context order. The lookups
   * go in passes over the whole context (first slots, then records, then sums) rather than one predicate after the
   * other: the table and the records are megabytes, so most reads miss the caches, and reads that do not depend on
   * each other are in flight together instead of one at a time.
   */
  private void addSums(String[] context, float[] values, double[] sums) {
    int n = context.length;
    int[] hashes = new int[n];
    long[] entries = new long[n];
    long[] t = table;
    for (int i = 0; i < n; i++) {
      int h = context[i].hashCode();
      hashes[i] = h;
      entries[i] = t[slot(h, shift)];
    }
    long[] r = records;
    int[] firstLength = new int[n]; // key length of each first candidate, read before any key is compared
    for (int i = 0; i < n; i++) firstLength[i] = entries[i] == 0 ? -1 : (int) r[(int) entries[i] - 1];
    for (int i = 0; i < n; i++) {
      int record = firstLength[i] == context[i].length() && (int) (entries[i] >>> 32) == hashes[i]
              && keyEquals((int) entries[i] - 1, context[i])
          ? (int) entries[i] - 1
          : resolve(context[i], hashes[i], entries[i]);
      if (record < 0) continue;
      double value = values == null ? 1 : values[i];
      long header = r[record];
      int params = (int) (header >>> 32);
      int outcomesAt = record + 1 + longsFor((int) header);
      int paramsAt = outcomesAt + longsFor(params);
      for (int ai = 0; ai < params; ai++) {
        int oid = (int) ((r[outcomesAt + (ai >> 2)] >>> ((ai & 3) << 4)) & 0xFFFF);
        sums[oid] += Double.longBitsToDouble(r[paramsAt + ai]) * value;
      }
    }
  }

  /** OpenNLP 2.5 PerceptronModel.eval(Context[], float[], double[], EvalParameters, true), step by step. */
  private void normalise(double[] prior) {
    double maxPrior = 1;
    for (int oid = 0; oid < numOutcomes; oid++) {
      if (maxPrior < StrictMath.abs(prior[oid])) maxPrior = StrictMath.abs(prior[oid]);
    }
    double normal = 0.0;
    for (int oid = 0; oid < numOutcomes; oid++) {
      prior[oid] = StrictMath.exp(prior[oid] / maxPrior);
      normal += prior[oid];
    }
    for (int oid = 0; oid < numOutcomes; oid++) prior[oid] /= normal;
  }

  @Override
  public String getBestOutcome(double[] outcomes) {
    return original.getBestOutcome(outcomes);
  }

  @Override
  public String getAllOutcomes(double[] outcomes) {
    return original.getAllOutcomes(outcomes);
  }

  @Override
  public String getOutcome(int i) {
    return original.getOutcome(i);
  }

  @Override
  public int getIndex(String outcome) {
    return original.getIndex(outcome);
  }

  @Override
  public int getNumOutcomes() {
    return numOutcomes;
  }

  /** Predicates of the model (records in the table). */
  int predicates() {
    int n = 0;
    for (long e : table) if (e != 0) n++;
    return n;
  }
}
