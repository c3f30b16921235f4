package io.rasd.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The commit a build of a source tree records ({@code scripts/build-info.sh}): HEAD of the tree's own git repository,
 * or "unknown" when the tree has no {@code .git} (a copy of the sources, an unpacked release).
 */
public final class GitHead {
  public static final String UNKNOWN = "unknown";

  private GitHead() {}

  public static String of(Path root) throws IOException, InterruptedException {
    if (!Files.exists(root.resolve(".git"))) {
      return UNKNOWN;
    }
    return run(root, "git", "-C", root.toString(), "rev-parse", "HEAD").strip();
  }

  /** Runs a command in {@code dir} (at most a minute), returning its standard output; fails on a non-zero exit. */
  public static String run(Path dir, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(String.join(" ", command) + ": no answer within 60 s");
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " exited " + p.exitValue() + ": " + out);
    }
    return out;
  }
}
