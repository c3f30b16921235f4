package io.rasd.beam.run;

import io.rasd.core.build.BuildInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;

/** The input files of a run with size and content hash: what the manifest records and an incremental run compares. */
public final class InputInventory {
  private InputInventory() {}

  public record InputFile(String path, long size, String sha256) {}

  /** Every file read once, through Beam's file systems (any scheme), on the common pool. */
  public static List<InputFile> of(List<String> paths) {
    return paths.parallelStream().map(InputInventory::describe).toList();
  }

  private static InputFile describe(String path) {
    ResourceId id = FileSystems.matchNewResource(path, false);
    try (InputStream in = Channels.newInputStream(FileSystems.open(id))) {
      long size = FileSystems.matchSingleFileSpec(path).sizeBytes();
      return new InputFile(path, size, BuildInfo.sha256(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read input " + path, e);
    }
  }
}
