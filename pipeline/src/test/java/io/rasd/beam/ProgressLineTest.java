package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The share done and the ETA of a progress line: extracted / read once every file is read, ETA at the rate so far. */
class ProgressLineTest {
  private static RunSummary counters(long files, long inputs, long extracted) {
    return new RunSummary(
        Map.of(RasdMetrics.FILES, files, RasdMetrics.INPUTS, inputs, RasdMetrics.EXTRACTED, extracted), Map.of(), 0);
  }

  @Test
  void beforeEveryFileIsReadThereIsNoShareYet() {
    assertThat(ProgressLine.of(counters(2, 400, 100), 5, 30))
        .contains("files_read=2/5").doesNotContain("done=").doesNotContain("eta_seconds=").endsWith("seconds=30");
  }

  @Test
  void aQuarterDoneIn30SecondsLeaves90() {
    assertThat(ProgressLine.of(counters(5, 400, 100), 5, 30))
        .contains("done=25%").contains("eta_seconds=90").doesNotContain("files_read");
  }

  @Test
  void nothingExtractedHasAShareButNoEta() {
    assertThat(ProgressLine.of(counters(5, 400, 0), 5, 12)).contains("done=0%").doesNotContain("eta_seconds=");
  }

  @Test
  void allExtractedIsAHundredPercentWithoutEta() {
    assertThat(ProgressLine.of(counters(5, 400, 400), 5, 80)).contains("done=100%").doesNotContain("eta_seconds=");
    // counters of a running job are read step by step: extracted may run ahead of read, never above 100%
    assertThat(ProgressLine.of(counters(5, 400, 410), 5, 80)).contains("done=100%");
  }

  @Test
  void twoThirdsDoneIn40SecondsLeaves20() {
    assertThat(ProgressLine.of(counters(3, 300, 200), 3, 40)).contains("done=67%").contains("eta_seconds=20");
  }
}
