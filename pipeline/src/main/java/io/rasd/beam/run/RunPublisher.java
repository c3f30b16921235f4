package io.rasd.beam.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * Publishes a run atomically: the run writes only inside its own folder, {@code _SUCCESS} is written last, then one
 * pointer ({@code _LATEST}, and the {@code current} symlink on a local disk) is replaced in a single rename. A reader
 * that resolves the pointer once reads one complete run; older runs stay for {@code keepRuns} publishes, so a reader
 * still on the previous run is not cut off.
 */
public final class RunPublisher {
  private final OutputStore store;
  private final String runId;

  public RunPublisher(OutputStore store, String runId) {
    this.store = store;
    this.runId = runId;
  }

  public String runId() {
    return runId;
  }

  public ResourceId runDir() {
    return store.dir(RunLayout.runFolder(runId));
  }

  /** The published run, if any. */
  public static Optional<String> latest(OutputStore store) throws IOException {
    return store.readString(store.file(RunLayout.LATEST)).map(String::trim).filter(s -> !s.isEmpty());
  }

  /**
   * Before a run (holding the lock): folders of runs that never published (a killed or failed run) and the staging
   * folders of earlier Rasd versions go. Returns the run ids removed.
   */
  public List<String> cleanLeftovers() throws IOException {
    Optional<String> latest = latest(store);
    TreeSet<String> complete = successfulRuns();
    List<String> removed = new ArrayList<>();
    for (String id : allRuns()) {
      if (!complete.contains(id) && !latest.map(id::equals).orElse(false) && !id.equals(runId)) {
        store.deleteTree(store.dir(RunLayout.runFolder(id)));
        removed.add(id);
      }
    }
    if (store.isLocal()) {
      Path root = store.localPath(store.root());
      if (Files.isDirectory(root)) {
        try (Stream<Path> s = Files.list(root)) {
          for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".rasd-staging-")).toList()) {
            store.deleteTree(store.dir(p.getFileName().toString()));
            removed.add(p.getFileName().toString());
          }
        }
      }
    }
    return removed;
  }

  /** Marks the run complete and points readers at it; then prunes runs older than the last {@code keepRuns}. */
  public void publish(int keepRuns) throws IOException {
    store.writeString(store.file(RunLayout.runFolder(runId) + "/" + RunLayout.SUCCESS), "");
    ResourceId latest = store.file(RunLayout.LATEST);
    ResourceId next = store.file(RunLayout.LATEST + ".tmp-" + UUID.randomUUID());
    store.writeString(next, runId + "\n");
    store.replace(next, latest);
    if (store.isLocal()) {
      flipCurrentLink();
    }
    prune(keepRuns);
  }

  /** A failed run: its folder goes; the published run is untouched. */
  public void abandon() {
    try {
      store.deleteTree(runDir());
    } catch (IOException e) {
      System.err.println("rasd: could not remove the failed run's folder " + runDir() + ": " + e.getMessage());
    }
  }

  private void flipCurrentLink() throws IOException {
    Path root = store.localPath(store.root());
    Path current = root.resolve(RunLayout.CURRENT);
    if (Files.exists(current, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(current)) {
      System.err.println("rasd: " + current + " is not a symlink; left alone (" + RunLayout.LATEST + " names the run)");
      return;
    }
    Path tmp = root.resolve("." + RunLayout.CURRENT + ".tmp-" + UUID.randomUUID());
    Files.createSymbolicLink(tmp, Path.of(RunLayout.RUNS, runId)); // relative: the folder can be moved or mounted
    Files.move(tmp, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private void prune(int keepRuns) throws IOException {
    List<String> done = new ArrayList<>(successfulRuns());
    for (int i = 0; i < done.size() - keepRuns; i++) {
      if (!done.get(i).equals(runId)) {
        store.deleteTree(store.dir(RunLayout.runFolder(done.get(i))));
      }
    }
  }

  /** Ids of runs with {@code _SUCCESS}, oldest first. */
  public TreeSet<String> successfulRuns() throws IOException {
    TreeSet<String> ids = new TreeSet<>();
    for (MatchResult.Metadata md : store.match(RunLayout.RUNS + "/*/" + RunLayout.SUCCESS)) {
      ids.add(runIdOf(md.resourceId()));
    }
    return ids;
  }

  private TreeSet<String> allRuns() throws IOException {
    TreeSet<String> ids = new TreeSet<>();
    if (store.isLocal()) {
      Path runs = store.localPath(store.root()).resolve(RunLayout.RUNS);
      if (Files.isDirectory(runs)) {
        try (Stream<Path> s = Files.list(runs)) {
          s.filter(Files::isDirectory).forEach(p -> ids.add(p.getFileName().toString()));
        }
      }
      return ids;
    }
    for (MatchResult.Metadata md : store.match(RunLayout.RUNS + "/**")) {
      ids.add(runIdOf(md.resourceId()));
    }
    return ids;
  }

  private String runIdOf(ResourceId file) {
    String rel = store.relative(file).substring(RunLayout.RUNS.length() + 1);
    return rel.substring(0, rel.indexOf('/'));
  }
}
