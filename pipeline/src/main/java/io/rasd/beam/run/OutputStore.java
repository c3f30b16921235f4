package io.rasd.beam.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * The output folder as Beam {@link FileSystems} sees it, so a run writes to any scheme Beam has a file system for
 * (local, gs://, s3://, an in-memory one in tests). Only what a file system may not offer (symlinks, exclusive create,
 * empty folders) takes the local path, and only when the scheme is {@code file}.
 */
public final class OutputStore {
  private final ResourceId root;

  private OutputStore(ResourceId root) {
    this.root = root;
  }

  /** The output folder of a run: a clear error when no file system is registered for its scheme. */
  public static OutputStore at(String output) {
    try {
      return new OutputStore(FileSystems.matchNewResource(output, true));
    } catch (IllegalArgumentException e) {
      String scheme = output.contains("://") ? output.substring(0, output.indexOf("://")) : "file";
      throw new IllegalArgumentException(
          "--output=" + output + ": no Beam file system is registered for scheme '" + scheme
              + "' (put the Beam module for it on the classpath, e.g. beam-sdks-java-extensions-google-cloud-platform-core"
              + " for gs://)",
          e);
    }
  }

  public ResourceId root() {
    return root;
  }

  public boolean isLocal() {
    return "file".equals(root.getScheme());
  }

  /** The local path of a resource; only for a local store. */
  public Path localPath(ResourceId resource) {
    return Path.of(resource.toString());
  }

  public ResourceId dir(String relative) {
    ResourceId r = root;
    for (String part : relative.split("/")) {
      r = r.resolve(part, StandardResolveOptions.RESOLVE_DIRECTORY);
    }
    return r;
  }

  public ResourceId file(String relative) {
    int slash = relative.lastIndexOf('/');
    ResourceId dir = slash < 0 ? root : dir(relative.substring(0, slash));
    return dir.resolve(relative.substring(slash + 1), StandardResolveOptions.RESOLVE_FILE);
  }

  public void write(ResourceId file, byte[] content, String mimeType) throws IOException {
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(file, mimeType))) {
      out.write(content);
    }
  }

  public void writeString(ResourceId file, String text) throws IOException {
    write(file, text.getBytes(StandardCharsets.UTF_8), MimeTypes.TEXT);
  }

  public Optional<String> readString(ResourceId file) throws IOException {
    if (!exists(file)) {
      return Optional.empty();
    }
    try (InputStream in = Channels.newInputStream(FileSystems.open(file))) {
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  public boolean exists(ResourceId file) throws IOException {
    MatchResult m = FileSystems.match(file.toString(), EmptyMatchTreatment.ALLOW);
    return m.status() == MatchResult.Status.OK && !m.metadata().isEmpty();
  }

  /** Files (not folders) matching a glob relative to the root, e.g. {@code runs/*}{@code /_SUCCESS}. */
  public List<MatchResult.Metadata> match(String relativeGlob) throws IOException {
    MatchResult m = FileSystems.match(root + relativeGlob, EmptyMatchTreatment.ALLOW);
    if (m.status() == MatchResult.Status.NOT_FOUND) {
      return List.of();
    }
    List<MatchResult.Metadata> files = new ArrayList<>();
    for (MatchResult.Metadata md : m.metadata()) {
      if (!md.resourceId().isDirectory()) {
        files.add(md);
      }
    }
    return files;
  }

  /** Moves a file over another in one step (the file system's rename; atomic on a local disk and on HDFS). */
  public void replace(ResourceId from, ResourceId to) throws IOException {
    if (isLocal()) {
      Files.move(localPath(from), localPath(to), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } else {
      FileSystems.rename(List.of(from), List.of(to));
    }
  }

  public void delete(ResourceId file) throws IOException {
    FileSystems.delete(List.of(file), StandardMoveOptions.IGNORE_MISSING_FILES);
  }

  /** Every file under a folder, then (locally) the folders themselves. */
  public void deleteTree(ResourceId dir) throws IOException {
    List<ResourceId> files = new ArrayList<>();
    for (MatchResult.Metadata md : match(relative(dir) + "**")) {
      files.add(md.resourceId());
    }
    FileSystems.delete(files, StandardMoveOptions.IGNORE_MISSING_FILES);
    if (isLocal()) {
      Path local = localPath(dir);
      if (Files.exists(local)) {
        try (Stream<Path> walk = Files.walk(local)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        }
      }
    }
  }

  /** The part of a resource's name below the root ({@code runs/<id>/}). */
  public String relative(ResourceId resource) {
    String r = resource.toString();
    String base = root.toString();
    if (!r.startsWith(base)) {
      throw new IllegalArgumentException(r + " is not under " + base);
    }
    return r.substring(base.length());
  }
}
