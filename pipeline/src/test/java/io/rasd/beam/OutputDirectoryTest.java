package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
  @TempDir Path tmp;

  @Test
  void aFailedRunLeavesThePreviousOutputIntact() throws Exception {
    Files.createDirectories(tmp.resolve("articles"));
    Files.writeString(tmp.resolve("articles/previous.parquet"), "old");
    OutputDirectory out = new OutputDirectory(tmp.toString());
    out.prepare();
    Files.createDirectories(Path.of(out.stagingPath(), "articles"));
    Files.writeString(Path.of(out.stagingPath(), "articles/half-written.parquet"), "new");
    out.abandon();
    assertThat(tmp.resolve("articles").toFile().list()).containsExactly("previous.parquet");
    assertThat(Files.exists(Path.of(out.stagingPath()))).isFalse();
  }

  @Test
  void aSuccessfulRunReplacesTablesAndWritesEmptyOnesWithTheirSchema() throws Exception {
    Files.createDirectories(tmp.resolve("articles"));
    Files.writeString(tmp.resolve("articles/previous.parquet"), "old");
    Files.writeString(tmp.resolve("README.md"), "kept");
    OutputDirectory out = new OutputDirectory(tmp.toString());
    out.prepare();
    Files.createDirectories(Path.of(out.stagingPath(), "articles"));
    Files.writeString(Path.of(out.stagingPath(), "articles/fresh.parquet"), "new");
    out.commit(List.of("articles", "rejects"));
    assertThat(tmp.resolve("articles").toFile().list()).containsExactly("fresh.parquet");
    assertThat(tmp.resolve("rejects").toFile().list()).containsExactly("rejects-00000-of-00001.parquet");
    assertThat(io.rasd.testing.DuckDb.query("DESCRIBE SELECT * FROM " + io.rasd.testing.DuckDb.table(tmp, "rejects")))
        .extracting(r -> r.get("column_name"))
        .containsExactly("source_file", "reason", "detail");
    assertThat(tmp.resolve("README.md")).hasContent("kept");
    assertThat(tmp.toFile().list()).containsExactlyInAnyOrder("articles", "rejects", "README.md");
  }
}
