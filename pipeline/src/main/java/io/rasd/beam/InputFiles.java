package io.rasd.beam;

import io.rasd.core.input.InputTree;
import io.rasd.core.model.Reject;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * An input spec to file paths. A local directory, file or glob is listed by {@link InputTree} (symbolic links only
 * inside the input, loops detected, output folders skipped); Beam's LocalFileSystem match is not used for them, as it
 * followed links out of the input and hung on link loops. Other file systems go through {@link FileSystems#match}.
 */
public final class InputFiles {
  private InputFiles() {}

  /** Sorted paths of the regular files the spec names; empty when it matches nothing. */
  public static List<String> expand(String spec) throws IOException {
    return list(spec).files();
  }

  /** The files the spec names and rejects for what it names but must not be read. */
  public static InputTree.Listing list(String spec) throws IOException {
    Path local = localPath(spec);
    if (local != null) {
      return InputTree.list(local);
    }
    MatchResult match = FileSystems.match(spec, EmptyMatchTreatment.ALLOW);
    if (match.status() != MatchResult.Status.OK) {
      return new InputTree.Listing(List.of(), List.<Reject>of());
    }
    List<String> files =
        match.metadata().stream()
            .filter(m -> !m.resourceId().isDirectory())
            .map(m -> m.resourceId().toString())
            .sorted()
            .toList();
    return new InputTree.Listing(files, List.of());
  }

  private static Path localPath(String spec) {
    if (spec.contains("://") && !spec.startsWith("file://")) {
      return null;
    }
    try {
      return Paths.get(spec.startsWith("file://") ? spec.substring("file://".length()) : spec);
    } catch (RuntimeException e) {
      return null; // characters the local file system does not allow: let Beam say what it makes of them
    }
  }
}
