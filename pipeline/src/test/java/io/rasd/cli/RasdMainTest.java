package io.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
  void unknownCommandIsAClearError() {
    assertThat(RasdMain.run(new String[] {"frobnicate"})).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'frobnicate'");
  }
}
