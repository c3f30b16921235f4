package io.rasd.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rasd.core.model.Reject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputTreeTest {
  @TempDir Path tmp;
  Path in;
  Path outside;

  @BeforeEach
  void tree() throws Exception {
    in = Files.createDirectories(tmp.resolve("in"));
    outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), "root:x:0:0");
    Files.writeString(in.resolve("a.txt"), "a");
    Files.createDirectories(in.resolve("real/deep"));
    Files.writeString(in.resolve("real/b.txt"), "b");
    Files.writeString(in.resolve("real/deep/c.txt"), "c");
  }

  @Test
  void linksInsideAreFollowedOnceAndLinksOutsideAreRejected() throws Exception {
    Files.createSymbolicLink(in.resolve("linked-folder"), in.resolve("real"));
    Files.createSymbolicLink(in.resolve("passwd"), outside.resolve("secret.txt"));
    Files.createSymbolicLink(in.resolve("out-folder"), outside);
    Files.createSymbolicLink(in.resolve("real/deep/loop"), in);
    Files.createSymbolicLink(in.resolve("broken"), in.resolve("gone"));

    InputTree.Listing l = InputTree.list(in);

    assertThat(l.files()).containsExactly(in + "/a.txt", in + "/linked-folder/b.txt", in + "/linked-folder/deep/c.txt");
    assertThat(l.rejects())
        .extracting(Reject::sourceFile, Reject::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(in + "/passwd", "outside_input"),
            org.assertj.core.groups.Tuple.tuple(in + "/out-folder", "outside_input"),
            org.assertj.core.groups.Tuple.tuple(in + "/broken", "unreadable"));
  }

  @Test
  void aLinkedFolderIsWalked() throws Exception {
    Path other = Files.createDirectories(in.resolve("store"));
    Files.writeString(other.resolve("d.txt"), "d");
    Path root = Files.createDirectories(in.resolve("root"));
    Files.createSymbolicLink(root.resolve("store"), other);
    assertThat(InputTree.list(root).files()).isEmpty(); // store lies outside root: rejected, not read
    assertThat(InputTree.list(root).rejects()).extracting(Reject::reason).containsExactly("outside_input");
    Files.createSymbolicLink(in.resolve("real/store-link"), other);
    assertThat(InputTree.list(in.resolve("real")).files()).doesNotContain(in + "/real/store-link/d.txt");
    // inside the input, the folder and the link to it are one folder: its file is read once
    assertThat(InputTree.list(in).files()).filteredOn(f -> f.endsWith("/d.txt")).containsExactly(in + "/real/store-link/d.txt");
  }

  @Test
  void globsAndMissingPathsReturnPromptlyDespiteLinkLoops() {
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      Files.createSymbolicLink(in.resolve("loop"), in);
      Files.createSymbolicLink(in.resolve("real/up"), in.resolve("real"));
      assertThat(InputTree.list(Path.of(in + "/*.txt")).files()).containsExactly(in + "/a.txt");
      assertThat(InputTree.list(Path.of(in + "/**.txt")).files())
          .containsExactly(in + "/a.txt", in + "/real/b.txt", in + "/real/deep/c.txt");
      assertThat(InputTree.list(in.resolve("missing.txt")).files()).isEmpty();
      assertThat(InputTree.list(Path.of(in + "/missing/*.txt")).files()).isEmpty();
    });
  }

  @Test
  void anOutputFolderInsideTheInputIsNeverRead() throws Exception {
    Path out = Files.createDirectories(in.resolve("output/articles"));
    Files.writeString(in.resolve("output/_LATEST"), "20261201T000000Z");
    Files.writeString(out.resolve("articles-00000-of-00001.parquet"), "PAR1");
    assertThat(InputTree.list(in).files()).containsExactly(in + "/a.txt", in + "/real/b.txt", in + "/real/deep/c.txt");
  }

  @Test
  void aFifoIsRejectedNotOpened() throws Exception {
    Path fifo = in.resolve("pipe");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(p.waitFor()).isZero();
    assertThat(InputTree.list(in).rejects())
        .extracting(Reject::sourceFile, Reject::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(fifo.toString(), "unreadable"));
  }
}
