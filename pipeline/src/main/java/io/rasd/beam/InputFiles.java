package io.rasd.beam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/** An input spec to file paths: a local directory is walked recursively, anything else is matched as a glob. */
public final class InputFiles {
  private InputFiles() {}

  /** Sorted paths of the regular files the spec names; empty when it matches nothing. */
  public static List<String> expand(String spec) throws IOException {
    Path dir = localPath(spec);
    if (dir != null && Files.isDirectory(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        return walk.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
      }
    }
    MatchResult match = FileSystems.match(spec, EmptyMatchTreatment.ALLOW);
    if (match.status() != MatchResult.Status.OK) {
      return List.of();
    }
    return match.metadata().stream()
        .filter(m -> !m.resourceId().isDirectory())
        .map(m -> m.resourceId().toString())
        .sorted()
        .toList();
  }

  private static Path localPath(String spec) {
    if (spec.contains("://") && !spec.startsWith("file://")) {
      return null;
    }
    try {
      return Paths.get(spec.startsWith("file://") ? spec.substring("file://".length()) : spec);
    } catch (RuntimeException e) {
      return null; // a glob with characters the local file system does not allow
    }
  }
}
