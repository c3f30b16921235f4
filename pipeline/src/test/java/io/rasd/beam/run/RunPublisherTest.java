package io.rasd.beam.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunPublisherTest {
  @TempDir Path out;

  @BeforeAll
  static void fileSystems() {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
  }

  /** A fake run: two tables whose only file holds the run id, as a reader would join them. */
  private RunPublisher writeRun(OutputStore store, String id) throws Exception {
    RunPublisher run = new RunPublisher(store, id);
    for (String table : List.of("articles", "claims")) {
      store.writeString(store.file(RunLayout.runFolder(id) + "/" + table + "/part-0.parquet"), id);
    }
    return run;
  }

  @Test
  void publishWritesSuccessThenFlipsLatestAndCurrentAndKeepsTheLastRuns() throws Exception {
    OutputStore store = OutputStore.at(out.toString());
    for (String id : List.of("r1", "r2", "r3", "r4")) {
      writeRun(store, id).publish(2);
      assertThat(Files.readString(out.resolve("_LATEST")).trim()).isEqualTo(id);
      assertThat(out.resolve("current").toRealPath()).isEqualTo(out.resolve("runs").resolve(id).toRealPath());
      assertThat(out.resolve("current/_SUCCESS")).exists();
    }
    assertThat(out.resolve("runs").toFile().list()).containsExactlyInAnyOrder("r3", "r4");
    assertThat(out.toFile().list()).containsExactlyInAnyOrder("runs", "_LATEST", "current");
  }

  @Test
  void leftoversOfAKilledRunAreCleanedAndThePublishedRunStays() throws Exception {
    OutputStore store = OutputStore.at(out.toString());
    writeRun(store, "r1").publish(3);
    writeRun(store, "r2"); // killed before _SUCCESS
    Files.createDirectories(out.resolve(".rasd-staging-1234/articles")); // an earlier Rasd version's staging
    Files.writeString(out.resolve(".rasd-staging-1234/articles/x.parquet"), "half");
    assertThat(new RunPublisher(store, "r3").cleanLeftovers()).containsExactlyInAnyOrder("r2", ".rasd-staging-1234");
    assertThat(out.resolve("runs").toFile().list()).containsExactly("r1");
    assertThat(out.resolve("current/articles/part-0.parquet")).hasContent("r1");
    assertThat(out.resolve(".rasd-staging-1234")).doesNotExist();
  }

  @Test
  void aFailedRunIsAbandonedAndThePublishedOneIsUntouched() throws Exception {
    OutputStore store = OutputStore.at(out.toString());
    writeRun(store, "r1").publish(3);
    writeRun(store, "r2").abandon();
    assertThat(out.resolve("runs").toFile().list()).containsExactly("r1");
    assertThat(Files.readString(out.resolve("_LATEST")).trim()).isEqualTo("r1");
  }

  @Test
  void readersNeverSeeAMixOfTwoRunsWhilePublishesGoOn() throws Exception {
    OutputStore store = OutputStore.at(out.toString());
    writeRun(store, "r0000").publish(3);
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger reads = new AtomicInteger();
    List<String> mixes = new ArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              while (!done.get()) {
                try {
                  Path run = out.resolve("current").toRealPath(); // resolve the pointer once, then read
                  // a run without _SUCCESS is only allowed if it is no longer current (pruned under a slow reader)
                  boolean complete =
                      Files.exists(run.resolve("_SUCCESS")) || !out.resolve("current").toRealPath().equals(run);
                  String articles = Files.readString(run.resolve("articles/part-0.parquet"));
                  String claims = Files.readString(run.resolve("claims/part-0.parquet"));
                  if (!articles.equals(claims) || !complete) {
                    synchronized (mixes) {
                      mixes.add(articles + "/" + claims);
                    }
                  }
                  reads.incrementAndGet();
                } catch (NoSuchFileException e) {
                  // the run was pruned while this slow reader held it: an error, never a mix
                } catch (Exception e) {
                  synchronized (mixes) {
                    mixes.add(e.toString());
                  }
                }
              }
            });
    reader.start();
    for (int i = 1; i <= 200; i++) {
      writeRun(store, String.format("r%04d", i)).publish(3);
    }
    done.set(true);
    reader.join();
    assertThat(mixes).isEmpty();
    assertThat(reads.get()).isPositive();
  }

  @Test
  void aSecondRunRefusesWhileTheLockIsHeldAndAStaleLockIsTakenOver() throws Exception {
    OutputStore store = OutputStore.at(out.toString());
    try (RunLock first = RunLock.acquire(store, "r1")) {
      assertThatThrownBy(() -> RunLock.acquire(store, "r2"))
          .isInstanceOf(RunLock.LockedException.class)
          .hasMessageContaining("in use by another run")
          .hasMessageContaining("pid=" + ProcessHandle.current().pid())
          .hasMessageContaining("run_id=r1");
    }
    assertThat(out.resolve(RunLock.FILE)).doesNotExist();

    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Files.writeString(out.resolve(RunLock.FILE), "pid=" + gone.pid() + "\nhost=" + RunLock.host() + "\nrun_id=killed\n");
    try (RunLock taken = RunLock.acquire(store, "r3")) {
      assertThat(out.resolve(RunLock.FILE)).content().contains("run_id=r3");
    }
  }
}
