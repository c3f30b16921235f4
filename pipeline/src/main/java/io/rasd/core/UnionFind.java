package io.rasd.core;

/**
 * Disjoint sets over 0..n-1 (entity clusters, claim groups): path halving, and the smallest index stays the root, so
 * a component's root does not depend on the order of the unions.
 */
public final class UnionFind {
  private final int[] parent;

  public UnionFind(int n) {
    parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
  }

  public int find(int i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }

  public void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
