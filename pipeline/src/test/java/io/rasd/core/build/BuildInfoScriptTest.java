package io.rasd.core.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.testing.GitHead;
import io.rasd.testing.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.io.Reader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/build-info.sh}, which the build runs to write {@code rasd-build.properties}: the commit of the
 * source tree's own repository, and the documented "unknown" only for a tree without {@code .git}, also when that
 * copy sits inside some other repository.
 */
class BuildInfoScriptTest {
  private static final Path SCRIPT = Seeds.root().resolve("scripts/build-info.sh");

  @Test
  void aTreeWithItsOwnRepositoryRecordsItsHead(@TempDir Path tmp) throws Exception {
    Path repo = Files.createDirectories(tmp.resolve("repo"));
    gitRepoWithOneCommit(repo);
    Properties p = build(repo, tmp.resolve("classes"));
    assertThat(p.getProperty("git.commit.id")).matches("[0-9a-f]{40}").isEqualTo(GitHead.of(repo));
    assertThat(p.getProperty("rasd.version")).isEqualTo("9.9.9");
  }

  @Test
  void aCopyWithoutGitRecordsUnknownEvenInsideAnotherRepository(@TempDir Path tmp) throws Exception {
    Path outer = Files.createDirectories(tmp.resolve("outer"));
    gitRepoWithOneCommit(outer);
    Path copy = Files.createDirectories(outer.resolve("rasd-copy"));
    Files.writeString(copy.resolve("pom.xml"), "<project/>");
    assertThat(build(copy, tmp.resolve("classes")).getProperty("git.commit.id")).isEqualTo(GitHead.UNKNOWN);
    assertThat(GitHead.of(copy)).isEqualTo(GitHead.UNKNOWN);
  }

  private static Properties build(Path root, Path out) throws Exception {
    GitHead.run(root, "sh", SCRIPT.toString(), out.toString(), root.toString(), "9.9.9");
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(out.resolve("rasd-build.properties"))) {
      p.load(r);
    }
    return p;
  }

  private static void gitRepoWithOneCommit(Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "a");
    GitHead.run(dir, "git", "init", "-q");
    GitHead.run(dir, "git", "add", "a.txt");
    GitHead.run(dir, "git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "one");
  }
}
