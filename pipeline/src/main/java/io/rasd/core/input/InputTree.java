package io.rasd.core.input;

import io.rasd.core.model.Reject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files of a local input: a directory walked recursively, or a glob walked from its fixed prefix.
 *
 * <ul>
 *   <li>Symbolic links are followed only when their target lies inside the input root; a link that leads out
 *       ({@code /etc/passwd}) is an {@code outside_input} reject and is never opened.
 *   <li>Every directory and file is visited once by its real path, so link loops end and a file linked twice is
 *       read once.
 *   <li>A folder holding one of {@link #OUTPUT_MARKERS} is a Rasd output folder and is never read as input.
 *   <li>Anything that is not a regular file or directory (a FIFO, a device) is an {@code unreadable} reject: reading
 *       it could block forever.
 * </ul>
 *
 * Paths are reported as found under the root (not resolved), sorted. Plain Java; no Beam types.
 */
public final class InputTree {

  /**
   * Files that make a folder a Rasd output folder: the run lock every run holds from its start, and the pointer to
   * the last published run (io.rasd.beam.run.RunLock, RunLayout).
   */
  public static final List<String> OUTPUT_MARKERS = List.of("_LOCK", "_LATEST");

  /** What an input named: files to read, and rejects for what must not be read. */
  public record Listing(List<String> files, List<Reject> rejects) {}

  private static final String GLOB_CHARS = "*?[{";

  private final Path rootReal;
  private final PathMatcher filter;
  private final Path walkRoot;
  private final int maxDepth;
  private final Set<Path> visited = new HashSet<>();
  private final TreeSet<String> files = new TreeSet<>();
  private final List<Reject> rejects = new ArrayList<>();

  /** @param maxDepth folder levels below {@code walkRoot} worth listing (a glob without ** has a fixed depth) */
  private InputTree(Path rootReal, PathMatcher filter, Path walkRoot, int maxDepth) {
    this.rootReal = rootReal;
    this.filter = filter;
    this.walkRoot = walkRoot;
    this.maxDepth = maxDepth;
  }

  private int depth(Path path) {
    return path.getNameCount() - walkRoot.getNameCount();
  }

  /** True when {@code spec} has glob characters. */
  public static boolean isGlob(String spec) {
    for (int i = 0; i < spec.length(); i++) {
      if (GLOB_CHARS.indexOf(spec.charAt(i)) >= 0) return true;
    }
    return false;
  }

  /**
   * Lists a local directory, file or glob. A path that does not exist, or a glob whose fixed prefix does not, gives
   * an empty listing at once (no search of the parent folders).
   */
  public static Listing list(Path spec) throws IOException {
    String s = spec.toString();
    if (!isGlob(s)) {
      if (!Files.exists(spec)) return new Listing(List.of(), List.of());
      Path real = spec.toRealPath();
      InputTree tree =
          new InputTree(Files.isDirectory(real) ? real : real.getParent(), null, spec, Integer.MAX_VALUE);
      tree.visit(spec, real);
      return tree.listing();
    }
    spec = spec.toAbsolutePath(); // as Beam's match did: glob results are absolute paths
    s = spec.toString();
    Path base = fixedPrefix(spec);
    if (!Files.isDirectory(base)) return new Listing(List.of(), List.of());
    PathMatcher glob = spec.getFileSystem().getPathMatcher("glob:" + escapeBackslashes(s));
    int depth = s.contains("**") ? Integer.MAX_VALUE : spec.getNameCount() - base.getNameCount() - 1;
    InputTree tree = new InputTree(base.toRealPath(), glob, base, depth);
    tree.visit(base, base.toRealPath());
    return tree.listing();
  }

  /** The longest leading part of an absolute glob without glob characters. */
  static Path fixedPrefix(Path glob) {
    Path base = glob.getRoot();
    for (Path part : glob) {
      if (isGlob(part.toString())) break;
      base = base.resolve(part);
    }
    return base;
  }

  private static String escapeBackslashes(String s) {
    return s.replace("\\", "\\\\");
  }

  private static boolean isOutputFolder(Path dir) {
    return OUTPUT_MARKERS.stream().anyMatch(m -> Files.exists(dir.resolve(m)));
  }

  private Listing listing() {
    return new Listing(List.copyOf(files), List.copyOf(rejects));
  }

  /** {@code path}: as found under the root; {@code real}: where it resolves to. */
  private void visit(Path path, Path real) throws IOException {
    if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
      if (depth(path) > maxDepth || !visited.add(real) || isOutputFolder(real)) return;
      List<Path> children = new ArrayList<>();
      try (DirectoryStream<Path> dir = Files.newDirectoryStream(path)) {
        dir.forEach(children::add);
      } catch (IOException e) {
        rejects.add(new Reject(path.toString(), Reject.UNREADABLE, "cannot list folder: " + e.getMessage()));
        return;
      }
      children.sort(null);
      for (Path child : children) {
        visitChild(child, real.resolve(child.getFileName().toString()));
      }
    } else if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
      if (visited.add(real) && (filter == null || filter.matches(path))) files.add(path.toString());
    } else if (filter == null || filter.matches(path)) {
      rejects.add(new Reject(path.toString(), Reject.UNREADABLE, "not a regular file (a FIFO, socket or device)"));
    }
  }

  /** {@code real}: the child's path under its folder's real path (what it is unless it is a link). */
  private void visitChild(Path child, Path real) throws IOException {
    if (!Files.isSymbolicLink(real)) {
      visit(child, real);
      return;
    }
    Path target;
    try {
      target = child.toRealPath();
    } catch (IOException e) {
      if (filter == null || filter.matches(child)) {
        rejects.add(new Reject(child.toString(), Reject.UNREADABLE, "broken symbolic link"));
      }
      return;
    }
    if (!target.startsWith(rootReal)) {
      if (filter == null || filter.matches(child) || Files.isDirectory(target)) {
        rejects.add(
            new Reject(child.toString(), Reject.OUTSIDE_INPUT, "symbolic link to a path outside the input folder"));
      }
      return;
    }
    visit(child, target);
  }
}
