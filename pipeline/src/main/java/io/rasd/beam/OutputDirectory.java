package io.rasd.beam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A run writes its tables into a staging folder inside the output directory and moves them into place only after
 * the job succeeded, so a failed run leaves the previous output intact. Local (or mounted) file systems.
 */
public final class OutputDirectory {
  private final Path output;
  private final Path staging;

  public OutputDirectory(String output) {
    this.output = Path.of(output).toAbsolutePath().normalize();
    this.staging = this.output.resolve(".rasd-staging-" + UUID.randomUUID());
  }

  public String stagingPath() {
    return staging.toString();
  }

  public void prepare() throws IOException {
    Files.createDirectories(staging);
  }

  /** Replaces each table folder with the freshly written one. */
  public void commit(List<String> tables) throws IOException {
    for (String table : tables) {
      Path fresh = staging.resolve(table);
      Path target = output.resolve(table);
      if (!Files.isDirectory(fresh)) {
        // Beam writes no file for an empty PCollection; analytics tools still want the table with its schema.
        EmptyParquet.write(fresh.resolve(table + "-00000-of-00001.parquet"), TableSchemas.of(table));
      }
      deleteRecursively(fresh.resolve(".temp-beam")); // FileIO's emptied scratch folder
      Path old = output.resolve(".rasd-old-" + table + "-" + UUID.randomUUID());
      if (Files.exists(target)) {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      deleteRecursively(old);
    }
    deleteRecursively(staging);
  }

  /** After a failed run: the staging folder goes, the previous output stays. */
  public void abandon() {
    try {
      deleteRecursively(staging);
    } catch (IOException e) {
      System.err.println("rasd: could not remove staging folder " + staging + ": " + e.getMessage());
    }
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
