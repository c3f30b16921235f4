package io.rasd.beam.run;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * {@code <output>/_LOCK}: one run at a time per output folder. The file names its holder (pid, host, run id, start);
 * a second run refuses with that, unless the holder is a process of this host that no longer exists (a killed run),
 * whose lock is taken over. On a local disk the lock is created exclusively; on other file systems it is checked and
 * then written, which is enough for one scheduler but not a guarantee against two started in the same instant.
 */
public final class RunLock implements AutoCloseable {
  public static final String FILE = "_LOCK";

  private final OutputStore store;
  private final ResourceId file;

  private RunLock(OutputStore store, ResourceId file) {
    this.store = store;
    this.file = file;
  }

  /** Takes the lock or throws {@link LockedException} naming the holder. */
  public static RunLock acquire(OutputStore store, String runId) throws IOException {
    ResourceId file = store.file(FILE);
    String holder =
        "pid=" + ProcessHandle.current().pid() + "\nhost=" + host() + "\nrun_id=" + runId + "\nstarted=" + Instant.now()
            + "\n";
    for (int attempt = 0; attempt < 2; attempt++) {
      if (tryCreate(store, file, holder)) {
        return new RunLock(store, file);
      }
      String current = store.readString(file).orElse("");
      if (!stale(current)) {
        throw new LockedException(
            "output " + store.root() + " is in use by another run (" + current.trim().replace('\n', ' ')
                + "); if no run is going, delete " + file);
      }
      store.delete(file); // its holder is gone: a killed run
    }
    throw new LockedException("could not take the lock " + file);
  }

  private static boolean tryCreate(OutputStore store, ResourceId file, String holder) throws IOException {
    if (store.isLocal()) {
      Path path = store.localPath(file);
      Files.createDirectories(path.getParent());
      try {
        Files.writeString(Files.createFile(path), holder, StandardCharsets.UTF_8);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      }
    }
    if (store.exists(file)) {
      return false;
    }
    store.writeString(file, holder);
    return true;
  }

  /** A lock of this host whose process is gone. */
  static boolean stale(String holder) {
    Optional<String> pid = field(holder, "pid");
    Optional<String> host = field(holder, "host");
    if (pid.isEmpty() || host.isEmpty() || !host.get().equals(host())) {
      return false;
    }
    try {
      return ProcessHandle.of(Long.parseLong(pid.get())).map(p -> !p.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Optional<String> field(String holder, String name) {
    return holder.lines().filter(l -> l.startsWith(name + "=")).map(l -> l.substring(name.length() + 1)).findFirst();
  }

  static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public void close() throws IOException {
    store.delete(file);
  }

  /** Another run holds the output. */
  public static final class LockedException extends IllegalStateException {
    LockedException(String message) {
      super(message);
    }
  }
}
