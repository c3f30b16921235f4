package io.rasd.beam.incremental;

import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which input file a row came from. Rows name their origin as the input path, {@code path#index} (the n-th article of
 * a file) or {@code path!/entry…} (inside an archive); the input is the shortest such prefix that is a listed input.
 */
public final class InputOf implements Serializable {
  private final TreeSet<String> inputs;

  public InputOf(Set<String> inputs) {
    this.inputs = new TreeSet<>(inputs);
  }

  /** The input path {@code location} belongs to, or null when it is none of them (e.g. a link the listing refused). */
  public String of(String location) {
    if (location == null) {
      return null;
    }
    for (int i = 0; i < location.length(); i++) {
      char c = location.charAt(i);
      boolean cut = c == '#' || (c == '!' && location.startsWith("!/", i));
      if (cut && inputs.contains(location.substring(0, i))) {
        return location.substring(0, i);
      }
    }
    return inputs.contains(location) ? location : null;
  }

  public boolean contains(String location) {
    return of(location) != null;
  }

  public Set<String> inputs() {
    return inputs;
  }
}
