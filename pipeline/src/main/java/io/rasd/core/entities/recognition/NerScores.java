package io.rasd.core.entities.recognition;

import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.util.Span;

/** Exact-match (CoNLL) precision, recall and F1 per name type and micro-averaged. */
public final class NerScores {
  private final Map<String, long[]> counts = new TreeMap<>(); // type -> {tp, fp, fn}

  public void add(Span[] gold, Span[] predicted) {
    for (Span p : predicted) {
      boolean hit = false;
      for (Span g : gold) hit |= g.equals(p) && g.getType().equals(p.getType());
      counts.computeIfAbsent(p.getType(), k -> new long[3])[hit ? 0 : 1]++;
    }
    for (Span g : gold) {
      boolean hit = false;
      for (Span p : predicted) hit |= g.equals(p) && g.getType().equals(p.getType());
      if (!hit) counts.computeIfAbsent(g.getType(), k -> new long[3])[2]++;
    }
  }

  public void addAll(NerScores other) {
    other.counts.forEach((k, v) -> {
      long[] c = counts.computeIfAbsent(k, x -> new long[3]);
      for (int i = 0; i < 3; i++) c[i] += v[i];
    });
  }

  public double f1(String type) {
    long[] c = type == null ? micro() : counts.getOrDefault(type, new long[3]);
    return f1(c);
  }

  private long[] micro() {
    long[] m = new long[3];
    for (long[] c : counts.values()) for (int i = 0; i < 3; i++) m[i] += c[i];
    return m;
  }

  private static double precision(long[] c) {
    return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
  }

  private static double recall(long[] c) {
    return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
  }

  private static double f1(long[] c) {
    double p = precision(c), r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** A table: type, P, R, F1, gold count. */
  public String table() {
    StringBuilder sb = new StringBuilder(String.format("%-6s %7s %7s %7s %6s%n", "type", "P", "R", "F1", "gold"));
    counts.forEach((type, c) -> sb.append(row(type, c)));
    sb.append(row("micro", micro()));
    return sb.toString();
  }

  private static String row(String name, long[] c) {
    return String.format("%-6s %7.2f %7.2f %7.2f %6d%n", name, 100 * precision(c), 100 * recall(c), 100 * f1(c), c[0] + c[2]);
  }
}
