package io.rasd.beam.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rasd.core.report.RunReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report reads the manifest's incremental block as {@code --incremental} writes it, and a full run's null. */
class RunReportWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readsTheIncrementalBlock() throws Exception {
    RunReport.Added a = RunReportWriter.added(JSON.readTree("""
        { "base_run_id": "20261201T000000Z-aaaa",
          "inputs": { "new": ["in/18.zip"], "changed": [], "removed": ["in/old.txt"], "reread": [], "unchanged": 17 },
          "articles_added": 1650, "articles_from_base": 28481, "articles_removed": 3,
          "base_articles_files": "copied" }"""));
    assertThat(a.baseRunId()).isEqualTo("20261201T000000Z-aaaa");
    assertThat(a.inputs()).containsOnlyKeys("new", "changed", "removed", "reread");
    assertThat(a.inputs().get("new")).isEqualTo(List.of("in/18.zip"));
    assertThat(a.unchangedInputs()).isEqualTo(17);
    assertThat(a.articles()).containsEntry("added", 1650L).containsEntry("from_base", 28481L).containsEntry("removed", 3L);
    assertThat(a.baseArticlesFiles()).isEqualTo("copied");
  }

  @Test
  void aFullRunHasNone() throws Exception {
    assertThat(RunReportWriter.added(JSON.readTree("{\"incremental\": null}").get("incremental"))).isNull();
    assertThat(RunReportWriter.added(JSON.readTree("{}").get("incremental"))).isNull();
  }
}
