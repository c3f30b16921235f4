package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.model.Reject;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.testing.CoderProperties;
import org.junit.jupiter.api.Test;

class RowBatchTest {
  private final Schema schema = TableSchemas.of(TableSchemas.REJECTS);

  private List<GenericRecord> rejects(int n) {
    List<GenericRecord> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(TableRows.reject(new Reject("file-" + i + ".json", "binary", "عنصر تالف رقم " + i)));
    }
    return rows;
  }

  @Test
  void readsBackTheRowsItWasBuiltFromInOrder() {
    RowBatch.Builder builder = new RowBatch.Builder(schema, 1 << 20);
    List<GenericRecord> rows = rejects(50);
    rows.forEach(builder::add);
    RowBatch batch = builder.take();
    assertThat(batch.rows()).isEqualTo(50);
    assertThat(batch.read(schema)).isEqualTo(rows);
    assertThat(builder.isEmpty()).isTrue();
  }

  @Test
  void isFullOnceItsBytesReachTheLimit() {
    RowBatch.Builder builder = new RowBatch.Builder(schema, 200);
    List<RowBatch> batches = new ArrayList<>();
    for (GenericRecord row : rejects(40)) {
      builder.add(row);
      if (builder.isFull()) {
        batches.add(builder.take());
      }
    }
    if (!builder.isEmpty()) {
      batches.add(builder.take());
    }
    assertThat(batches).hasSizeGreaterThan(5);
    List<GenericRecord> back = new ArrayList<>();
    batches.forEach(b -> back.addAll(b.read(schema)));
    assertThat(back).isEqualTo(rejects(40));
  }

  @Test
  void coderRoundTrips() throws Exception {
    RowBatch.Builder builder = new RowBatch.Builder(schema, 1 << 20);
    rejects(3).forEach(builder::add);
    CoderProperties.coderDecodeEncodeEqual(RowBatch.Coder.of(), builder.take());
    CoderProperties.coderDecodeEncodeEqual(RowBatch.Coder.of(), new RowBatch.Builder(schema, 10).take());
  }

  @Test
  void aFullBatchStaysUnderFlinksDefaultSortRecordLimit() throws Exception {
    RowBatch.Builder builder = new RowBatch.Builder(schema, BatchRowsFn.MAX_BATCH_BYTES);
    String detail = "ت".repeat(5_000); // 10 KB rows: the last row added may overshoot the limit
    int i = 0;
    while (!builder.isFull()) {
      builder.add(TableRows.reject(new Reject("f" + i++ + ".json", "binary", detail)));
    }
    byte[] encoded = org.apache.beam.sdk.util.CoderUtils.encodeToByteArray(RowBatch.Coder.of(), builder.take());
    assertThat(encoded.length).isLessThan(2 << 20); // Flink's sorter rejected a 4 MiB batch on SaudiNewsNet
  }
}
