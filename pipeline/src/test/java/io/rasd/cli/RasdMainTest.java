package io.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import io.rasd.testing.Seeds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RasdMainTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldErr;

  @BeforeEach
  void captureErr() {
    oldErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreErr() {
    System.setErr(oldErr);
  }

  @Test
  void unknownFlagIsAClearErrorNotACrash() {
    assertThat(RasdMain.run(new String[] {"--inptu=seeds"})).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("inptu").contains("usage:");
  }

  @Test
  void flagsOutOfRangeAreUsageErrorsWithTheReason(@TempDir Path tmp) {
    String in = "--input=" + Seeds.dir();
    String out = "--output=" + tmp.resolve("out");
    assertThat(RasdMain.run(new String[] {in, out, "--numShards=-1"})).isEqualTo(2);
    assertThat(RasdMain.run(new String[] {in, out, "--workBuckets=1000000"})).isEqualTo(2);
    assertThat(RasdMain.run(new String[] {in, out, "--keepRuns=0"})).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--numShards=-1 is out of range: it must be between 0 and 10000")
        .contains("--workBuckets=1000000 is out of range: it must be between 0 and 100000")
        .contains("--keepRuns=0 is out of range");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void inputAndOutputAreRequired(@TempDir Path tmp) {
    assertThat(RasdMain.run(new String[] {"--input=" + Seeds.dir()})).isEqualTo(2);
    assertThat(RasdMain.run(new String[] {"--output=" + tmp})).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing required value for [--output").contains("Missing required value for [--input");
  }

  @Test
  void anInputThatMatchesNothingExitsTwoAndWritesNothing(@TempDir Path tmp) {
    assertThat(RasdMain.run(new String[] {"--input=" + tmp.resolve("typo"), "--output=" + tmp.resolve("out")})).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("typo matches no file");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void anOutputSchemeWithNoFileSystemIsAClearErrorNotALocalFolder() {
    assertThat(RasdMain.run(new String[] {"--input=" + Seeds.dir(), "--output=nosuchfs://bucket/x"})).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no Beam file system is registered for scheme 'nosuchfs'");
    assertThat(Path.of("nosuchfs:")).doesNotExist();
  }

  @Test
  void aSecondRunIntoALockedOutputRefusesWithExitThree(@TempDir Path tmp) throws Exception {
    Files.createDirectories(tmp);
    Files.writeString(tmp.resolve("_LOCK"), "pid=" + ProcessHandle.current().pid() + "\nhost=" + java.net.InetAddress.getLocalHost().getHostName() + "\nrun_id=other\n");
    assertThat(RasdMain.run(new String[] {"--input=" + Seeds.dir(), "--output=" + tmp})).isEqualTo(3);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("is in use by another run").contains("run_id=other");
    assertThat(tmp.toFile().list()).containsExactly("_LOCK");
  }

  @Test
  void unknownCommandIsAClearError() {
    assertThat(RasdMain.run(new String[] {"frobnicate"})).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'frobnicate'");
  }
}
