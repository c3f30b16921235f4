package io.rasd.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's seed articles and their hand-made gold, each kept once: the articles in {@code seeds/} at the
 * repository root (what {@code mvn exec:java} reads; the jar gets a copy at build time), the gold in test resources
 * {@code gold/}.
 */
public final class Seeds {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Seeds() {}

  /** The repository root: set by surefire, or the parent of the module directory. */
  public static Path root() {
    String root = System.getProperty("rasd.root");
    return (root != null ? Path.of(root) : Path.of("..")).toAbsolutePath().normalize();
  }

  public static Path dir() {
    return root().resolve("seeds");
  }

  public static List<Path> files() {
    try (Stream<Path> s = Files.list(dir())) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String fileName) {
    try {
      return Files.readString(dir().resolve(fileName), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows of a gold JSON Lines file under test resources {@code gold/}. */
  public static List<JsonNode> gold(String name) {
    List<JsonNode> rows = new ArrayList<>();
    try (InputStream in = Seeds.class.getClassLoader().getResourceAsStream("gold/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource gold/" + name);
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          rows.add(JSON.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
