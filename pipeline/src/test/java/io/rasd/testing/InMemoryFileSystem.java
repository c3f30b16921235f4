package io.rasd.testing;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;
import org.apache.beam.sdk.io.FileSystem;
import org.apache.beam.sdk.io.FileSystemRegistrar;
import org.apache.beam.sdk.io.fs.CreateOptions;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * A Beam file system for the {@code mem://} scheme that keeps files in one static map: a non-local file system for
 * tests (no folders, no renames across disks, no symlinks, as on an object store).
 */
public final class InMemoryFileSystem extends FileSystem<InMemoryFileSystem.Id> {
  public static final String SCHEME = "mem";
  private static final ConcurrentSkipListMap<String, byte[]> FILES = new ConcurrentSkipListMap<>();

  /** Files under a prefix, e.g. {@code mem://bucket/out/}. */
  public static SortedMap<String, byte[]> files(String prefix) {
    return FILES.subMap(prefix, prefix + Character.MAX_VALUE);
  }

  /** Registered through META-INF/services, as a real file system module is. */
  public static final class Registrar implements FileSystemRegistrar {
    @Override
    public Iterable<FileSystem<?>> fromOptions(PipelineOptions options) {
      return List.of(new InMemoryFileSystem());
    }
  }

  /** A path such as {@code mem://bucket/a/b}; folders end with "/". */
  public record Id(String path) implements ResourceId {
    @Override
    public ResourceId resolve(String other, ResolveOptions options) {
      if (!isDirectory()) {
        throw new IllegalStateException("resolve against a file: " + path);
      }
      boolean dir = options == ResolveOptions.StandardResolveOptions.RESOLVE_DIRECTORY;
      return new Id(path + other + (dir && !other.endsWith("/") ? "/" : ""));
    }

    @Override
    public ResourceId getCurrentDirectory() {
      return isDirectory() ? this : new Id(path.substring(0, path.lastIndexOf('/') + 1));
    }

    @Override
    public String getScheme() {
      return SCHEME;
    }

    @Override
    public String getFilename() {
      String p = isDirectory() ? path.substring(0, path.length() - 1) : path;
      return p.substring(p.lastIndexOf('/') + 1);
    }

    @Override
    public boolean isDirectory() {
      return path.endsWith("/");
    }

    @Override
    public String toString() {
      return path;
    }
  }

  @Override
  protected List<MatchResult> match(List<String> specs) {
    List<MatchResult> results = new ArrayList<>();
    for (String spec : specs) {
      Pattern glob = Pattern.compile(globToRegex(spec));
      List<MatchResult.Metadata> found = new ArrayList<>();
      for (Map.Entry<String, byte[]> f : FILES.entrySet()) {
        if (glob.matcher(f.getKey()).matches()) {
          found.add(
              MatchResult.Metadata.builder()
                  .setResourceId(new Id(f.getKey()))
                  .setSizeBytes(f.getValue().length)
                  .setIsReadSeekEfficient(false)
                  .setLastModifiedMillis(0)
                  .build());
        }
      }
      results.add(
          found.isEmpty()
              ? MatchResult.create(MatchResult.Status.NOT_FOUND, new FileNotFoundException(spec))
              : MatchResult.create(MatchResult.Status.OK, found));
    }
    return results;
  }

  private static String globToRegex(String glob) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        re.append(".*");
        i++;
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return re.toString();
  }

  @Override
  protected WritableByteChannel create(Id id, CreateOptions options) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WritableByteChannel inner = Channels.newChannel(bytes);
    return new WritableByteChannel() {
      private boolean open = true;

      @Override
      public int write(ByteBuffer src) throws java.io.IOException {
        return inner.write(src);
      }

      @Override
      public boolean isOpen() {
        return open;
      }

      @Override
      public void close() {
        if (open) {
          open = false;
          FILES.put(id.path(), bytes.toByteArray()); // visible only once complete, as on an object store
        }
      }
    };
  }

  @Override
  protected ReadableByteChannel open(Id id) throws FileNotFoundException {
    byte[] b = FILES.get(id.path());
    if (b == null) {
      throw new FileNotFoundException(id.path());
    }
    return new ReadChannel(b);
  }

  /** Read-only and seekable, as the channels of Beam's real file systems (Parquet readers seek). */
  private static final class ReadChannel implements java.nio.channels.SeekableByteChannel {
    private final byte[] bytes;
    private int position;
    private boolean open = true;

    ReadChannel(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read(ByteBuffer dst) {
      if (position >= bytes.length) {
        return -1;
      }
      int n = Math.min(dst.remaining(), bytes.length - position);
      dst.put(bytes, position, n);
      position += n;
      return n;
    }

    @Override
    public int write(ByteBuffer src) {
      throw new java.nio.channels.NonWritableChannelException();
    }

    @Override
    public long position() {
      return position;
    }

    @Override
    public java.nio.channels.SeekableByteChannel position(long p) {
      position = (int) Math.min(p, bytes.length);
      return this;
    }

    @Override
    public long size() {
      return bytes.length;
    }

    @Override
    public java.nio.channels.SeekableByteChannel truncate(long size) {
      throw new java.nio.channels.NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() {
      open = false;
    }
  }

  @Override
  protected void copy(List<Id> from, List<Id> to) throws FileNotFoundException {
    for (int i = 0; i < from.size(); i++) {
      byte[] b = FILES.get(from.get(i).path());
      if (b == null) {
        throw new FileNotFoundException(from.get(i).path());
      }
      FILES.put(to.get(i).path(), b);
    }
  }

  @Override
  protected void rename(List<Id> from, List<Id> to, MoveOptions... options) throws FileNotFoundException {
    boolean ignoreMissing = List.of(options).contains(MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    for (int i = 0; i < from.size(); i++) {
      byte[] b = FILES.remove(from.get(i).path());
      if (b == null) {
        if (ignoreMissing) {
          continue;
        }
        throw new FileNotFoundException(from.get(i).path());
      }
      FILES.put(to.get(i).path(), b);
    }
  }

  @Override
  protected void delete(Collection<Id> ids) {
    for (Id id : ids) {
      FILES.remove(id.path());
    }
  }

  @Override
  protected Id matchNewResource(String spec, boolean isDirectory) {
    return new Id(isDirectory && !spec.endsWith("/") ? spec + "/" : spec);
  }

  @Override
  protected String getScheme() {
    return SCHEME;
  }
}
