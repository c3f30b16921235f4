package io.rasd.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code --key=value} flags of the tool sub-commands (the pipeline itself uses Beam PipelineOptions). */
public final class Flags {
  private final Map<String, String> values = new LinkedHashMap<>();

  private Flags() {}

  /** Parses flags, rejecting any not in {@code allowed} with a clear message. */
  public static Flags parse(String[] args, Set<String> allowed) {
    Flags flags = new Flags();
    for (String arg : args) {
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + arg + "' (flags look like --name=value)");
      }
      int eq = arg.indexOf('=');
      String key = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
      if (!allowed.contains(key)) {
        throw new IllegalArgumentException("unknown flag --" + key + " (known: --" + String.join(", --", allowed) + ")");
      }
      flags.values.put(key, eq < 0 ? "true" : arg.substring(eq + 1));
    }
    return flags;
  }

  public String get(String key, String fallback) {
    return values.getOrDefault(key, fallback);
  }

  public String require(String key) {
    String v = values.get(key);
    if (v == null || v.isEmpty()) {
      throw new IllegalArgumentException("missing flag --" + key);
    }
    return v;
  }

  public int getInt(String key, int fallback) {
    String v = values.get(key);
    try {
      return v == null ? fallback : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + key + " takes a whole number, not '" + v + "'");
    }
  }
}
