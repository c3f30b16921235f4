package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.model.Article;
import io.rasd.core.model.Reject;
import io.rasd.testing.DuckDb;
import io.rasd.testing.TestPipelines;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteTablesTest {
  @TempDir Path tmp;

  @Test
  void writesParquetThatDuckDbReadsWithTheSchemaTypes() {
    TestPipeline p = TestPipelines.create();
    Article a =
        new Article("id1", "f.txt", 0, "عنوان", LocalDate.of(2023, 2, 21), "الرباط", "الرباط – نص", null, null, null, "UTF-8");
    PCollectionTuple tables = PCollectionTuple.empty(p);
    for (String table : TableSchemas.ALL) {
      List<GenericRecord> rows =
          switch (table) {
            case TableSchemas.ARTICLES -> List.of(TableRows.article(a));
            case TableSchemas.REJECTS -> List.of(TableRows.reject(new Reject("bad.bin", "binary", "NUL bytes")));
            default -> List.of();
          };
      tables =
          tables.and(
              WriteTables.tag(table),
              p.apply(table, Create.of(rows).withCoder(AvroCoder.of(TableSchemas.of(table)))));
    }
    tables.apply(new WriteTables(tmp.toString(), 1, Map.of(WriteTables.RUN_ID_KEY, "20261201T000000Z-abcd")));
    p.run().waitUntilFinish();

    List<Map<String, Object>> rows =
        DuckDb.query("SELECT title, published_date, dateline, char_count, run_id FROM " + DuckDb.table(tmp, "articles"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("run_id")).isEqualTo("20261201T000000Z-abcd");
    assertThat(DuckDb.query("SELECT run_id FROM " + DuckDb.table(tmp, "rejects")).get(0).get("run_id"))
        .isEqualTo("20261201T000000Z-abcd");
    assertThat(rows.get(0).get("published_date")).isEqualTo(LocalDate.of(2023, 2, 21));
    assertThat(rows.get(0).get("char_count")).isEqualTo(a.body().length());
    assertThat(DuckDb.count(tmp, "rejects")).isEqualTo(1);
    assertThat(tmp.resolve("articles").toFile().list((d, n) -> n.endsWith(".parquet")))
        .containsExactly("articles-00000-of-00001.parquet");
  }

  @Test
  void manyRowsTravelInSeveralBatchesAndAllArriveCounted() {
    TestPipeline p = TestPipelines.create();
    List<GenericRecord> rejects = new java.util.ArrayList<>();
    // ~600 bytes a row: about 20,000 rows make several 1 MiB batches
    String detail = "x".repeat(600);
    for (int i = 0; i < 20_000; i++) {
      rejects.add(TableRows.reject(new Reject("f" + i + ".json", "binary", detail)));
    }
    PCollectionTuple tables = PCollectionTuple.empty(p);
    for (String table : TableSchemas.ALL) {
      List<GenericRecord> rows = table.equals(TableSchemas.REJECTS) ? rejects : List.of();
      tables =
          tables.and(
              WriteTables.tag(table),
              p.apply(table, Create.of(rows).withCoder(AvroCoder.of(TableSchemas.of(table)))));
    }
    tables.apply(new WriteTables(tmp.toString(), 1));
    org.apache.beam.sdk.PipelineResult result = p.run();
    result.waitUntilFinish();

    assertThat(DuckDb.count(tmp, "rejects")).isEqualTo(20_000);
    assertThat(DuckDb.query("SELECT count(DISTINCT source_file) AS n FROM " + DuckDb.table(tmp, "rejects")).get(0).get("n"))
        .isEqualTo(20_000L);
    assertThat(RunSummary.of(result, 0, true).get(RasdMetrics.REJECTS)).isEqualTo(20_000);
  }
}
