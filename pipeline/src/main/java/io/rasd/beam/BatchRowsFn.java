package io.rasd.beam;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;

/**
 * Packs a table's rows into {@link RowBatch}es of about {@link #MAX_BATCH_BYTES} and counts them, so the run summary
 * reports exactly what was written. Batches stay well below 2 MiB: Flink's sorter rejects larger records by default
 * (4 MiB batches failed the SaudiNewsNet run on Flink). Rows without a {@code run_id} get the run's on the way: the
 * extractors do not know the run, and a row that already names one (carried over from an earlier run) keeps it.
 */
class BatchRowsFn extends DoFn<GenericRecord, RowBatch> {
  static final int MAX_BATCH_BYTES = 1 << 20;

  static final String RUN_ID = "run_id";

  private final String schemaJson;
  private final String runId;
  private final Counter written;
  private transient Schema schema;
  private transient RowBatch.Builder batch;
  // Counted per bundle: the DirectRunner gathers metric updates after every element a counter changed in.
  private transient long rows;

  BatchRowsFn(Schema schema, String counter, String runId) {
    this.schemaJson = schema.toString();
    this.runId = runId;
    this.written = RasdMetrics.counter(counter);
  }

  @Setup
  public void setup() {
    schema = new Schema.Parser().parse(schemaJson);
  }

  @StartBundle
  public void start() {
    batch = new RowBatch.Builder(schema, MAX_BATCH_BYTES);
    rows = 0;
  }

  @ProcessElement
  public void process(@Element GenericRecord row, OutputReceiver<RowBatch> out) {
    batch.add(runId != null && schema.getField(RUN_ID) != null && row.get(RUN_ID) == null ? stamped(row) : row);
    rows++;
    if (batch.isFull()) {
      out.output(batch.take());
    }
  }

  /** A copy with the run id: an element must not be changed in place. */
  private GenericRecord stamped(GenericRecord row) {
    GenericData.Record copy = new GenericData.Record(schema);
    for (Schema.Field f : schema.getFields()) {
      copy.put(f.pos(), row.get(f.name()));
    }
    copy.put(RUN_ID, runId);
    return copy;
  }

  @FinishBundle
  public void finish(FinishBundleContext c) {
    if (!batch.isEmpty()) {
      // A batch job in the global window: the rest of the bundle goes out at the window's end.
      c.output(batch.take(), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
    }
    written.inc(rows);
    batch = null;
  }
}
