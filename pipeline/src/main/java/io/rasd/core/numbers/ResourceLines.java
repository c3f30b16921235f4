package io.rasd.core.numbers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a classpath text resource as data lines: UTF-8, blank lines and # comments skipped, BOM stripped. */
public final class ResourceLines {
  private ResourceLines() {}

  public static List<String> read(String path) {
    InputStream in = ResourceLines.class.getClassLoader().getResourceAsStream(path);
    if (in == null) throw new IllegalStateException("missing classpath resource: " + path);
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("\uFEFF")) line = line.substring(1);
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) continue;
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return lines;
  }

  /** Tab-separated fields of each data line, trimmed; missing trailing fields become empty strings. */
  public static List<String[]> readTsv(String path, int columns) {
    List<String[]> rows = new ArrayList<>();
    for (String line : read(path)) {
      String[] raw = line.split("\t", -1);
      String[] f = new String[columns];
      for (int i = 0; i < columns; i++) f[i] = i < raw.length ? raw[i].strip() : "";
      rows.add(f);
    }
    return rows;
  }
}
