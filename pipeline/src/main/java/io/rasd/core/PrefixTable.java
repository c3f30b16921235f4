package io.rasd.core;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Values keyed by strings, looked up by the longest key that begins a given string (trigger stems such as اعتقل* for
 * اعتقلت): a character trie, so a lookup walks the string once and builds none of its prefixes (the substring per
 * length it replaces was among the claim extractor's top JFR frames). Null values are not stored. Built once, then
 * read by any number of threads.
 */
public final class PrefixTable<V> {
  private static final char[] NO_KEYS = {};
  private static final Node<?>[] NO_KIDS = {};

  private static final class Node<V> {
    private char[] keys = NO_KEYS;
    @SuppressWarnings("unchecked")
    private Node<V>[] kids = (Node<V>[]) NO_KIDS;
    private V value;

    @SuppressWarnings("unchecked")
    Node<V> child(char c, boolean create) {
      int k = Arrays.binarySearch(keys, c);
      if (k >= 0) return kids[k];
      if (!create) return null;
      int at = -k - 1;
      char[] ks = new char[keys.length + 1];
      Node<V>[] ns = (Node<V>[]) new Node<?>[keys.length + 1];
      System.arraycopy(keys, 0, ks, 0, at);
      System.arraycopy(kids, 0, ns, 0, at);
      ks[at] = c;
      ns[at] = new Node<>();
      System.arraycopy(keys, at, ks, at + 1, keys.length - at);
      System.arraycopy(kids, at, ns, at + 1, keys.length - at);
      keys = ks;
      kids = ns;
      return ns[at];
    }
  }

  private final Node<V> root = new Node<>();
  private int size;

  /** The value of {@code key}, made by {@code make} and stored when there is none yet. */
  public V computeIfAbsent(String key, Function<? super String, ? extends V> make) {
    Node<V> n = root;
    for (int i = 0; i < key.length(); i++) n = n.child(key.charAt(i), true);
    if (n.value == null) {
      n.value = make.apply(key);
      if (n.value != null) size++;
    }
    return n.value;
  }

  /** Sets the value of {@code key}, replacing any. */
  public void put(String key, V value) {
    if (value == null) throw new IllegalArgumentException("null value for " + key);
    Node<V> n = root;
    for (int i = 0; i < key.length(); i++) n = n.child(key.charAt(i), true);
    if (n.value == null) size++;
    n.value = value;
  }

  /** Adds a key with no value of its own (a set of prefixes). */
  @SuppressWarnings("unchecked")
  public void add(String key) {
    computeIfAbsent(key, k -> (V) Boolean.TRUE);
  }

  /**
   * The value of the longest key of at least {@code minLength} characters that {@code s} starts with (the whole of
   * {@code s} included), or null.
   */
  public V longestPrefixOf(CharSequence s, int minLength) {
    V best = minLength == 0 ? root.value : null;
    Node<V> n = root;
    for (int i = 0; i < s.length(); i++) {
      n = n.child(s.charAt(i), false);
      if (n == null) break;
      if (n.value != null && i + 1 >= minLength) best = n.value;
    }
    return best;
  }

  /** Whether {@code s} starts with a key (of any length, the empty key included). */
  public boolean startsAny(CharSequence s) {
    return longestPrefixOf(s, 0) != null;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }
}
