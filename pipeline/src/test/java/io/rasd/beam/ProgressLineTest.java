package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The share done and the ETA of a progress line: extracted / (cleaned − duplicates) once every file is read, ETA at
 * the rate so far.
 */
class ProgressLineTest {
  private static RunSummary counters(long files, long inputs, long cleaned, long duplicates, long extracted) {
    return new RunSummary(
        Map.of(
            RasdMetrics.FILES, files, RasdMetrics.INPUTS, inputs, RasdMetrics.CLEANED, cleaned,
            RasdMetrics.DUPLICATES, duplicates, RasdMetrics.EXTRACTED, extracted),
        Map.of(), 0);
  }

  private static RunSummary counters(long files, long inputs, long extracted) {
    return counters(files, inputs, inputs, 0, extracted);
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

  @Test
  void rejectsAndDuplicatesAreNoWorkSoTheLastArticleIsAHundredPercent() {
    // SaudiNewsNet: 31,030 read, 30,131 articles after 899 duplicates; the line stopped at 97% when read was the work
    assertThat(ProgressLine.of(counters(18, 31_030, 31_030, 899, 30_131), 18, 330)).contains("done=100%");
    // a rejected file (read, never cleaned) is no work either
    assertThat(ProgressLine.of(counters(3, 310, 300, 0, 150), 3, 10)).contains("done=50%");
  }

  @Test
  void anIncrementalRunCountsOnlyTheArticlesItReads() {
    // 29,400 base articles carried over count as inputs (the balance line) but are never extracted again
    assertThat(ProgressLine.of(counters(18, 31_030, 1_630, 0, 1_630), 18, 60)).contains("done=100%");
    assertThat(ProgressLine.of(counters(18, 31_030, 1_630, 30, 800), 18, 60)).contains("done=50%");
  }

  @Test
  void nothingCleanedYetHasNoShare() {
    assertThat(ProgressLine.of(counters(5, 400, 0, 0, 0), 5, 3)).contains("files_read=5/5").doesNotContain("done=");
  }
}
