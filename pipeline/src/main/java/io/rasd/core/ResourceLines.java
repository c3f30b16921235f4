package io.rasd.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the data files the core ships on the classpath (word lists, taxonomies, patterns): UTF-8, BOM stripped,
 * blank lines and {@code #} comment lines skipped. Paths are classpath paths, with or without a leading slash.
 */
public final class ResourceLines {
  private ResourceLines() {}

  /** The data lines, trimmed. */
  public static List<String> read(String path) {
    return rawLines(path).stream().map(String::strip).toList();
  }

  /** Tab-separated fields of each data line, trimmed; missing trailing fields become empty strings. */
  public static List<String[]> readTsv(String path, int columns) {
    List<String[]> rows = new ArrayList<>();
    for (String line : rawLines(path)) {
      String[] raw = line.split("\t", -1);
      String[] f = new String[columns];
      for (int i = 0; i < columns; i++) {
        f[i] = i < raw.length ? raw[i].strip() : "";
      }
      rows.add(f);
    }
    return rows;
  }

  /** A {@code .properties} resource read as UTF-8. */
  public static java.util.Properties properties(String path) {
    String name = path.startsWith("/") ? path.substring(1) : path;
    java.util.Properties p = new java.util.Properties();
    try (InputStream in = ResourceLines.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource: " + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + name, e);
    }
    return p;
  }

  private static List<String> rawLines(String path) {
    String name = path.startsWith("/") ? path.substring(1) : path;
    InputStream in = ResourceLines.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource: " + name);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + name, e);
    }
    return lines;
  }
}
