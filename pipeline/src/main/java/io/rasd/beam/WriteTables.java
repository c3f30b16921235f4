package io.rasd.beam;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;

/**
 * Write: every table as Parquet (snappy, Avro schema from /schemas) under {@code <dir>/<table>/}, rows packed into
 * {@link RowBatch}es on the way, and counted.
 */
public class WriteTables extends PTransform<PCollectionTuple, PDone> {
  /** One tag per table name: the tuple handed to this transform holds the rows of each table. */
  public static final Map<String, TupleTag<GenericRecord>> TAGS = new LinkedHashMap<>();

  /** Rows of a table already packed into batches (optional in the tuple): written with the table's other rows. */
  private static final Map<String, TupleTag<RowBatch>> BATCH_TAGS = new LinkedHashMap<>();

  static {
    for (String table : TableSchemas.ALL) {
      TAGS.put(table, new TupleTag<>(table));
      BATCH_TAGS.put(table, new TupleTag<>(table + " batches"));
    }
  }

  /** The counter of rows written, per table. */
  static final Map<String, String> ROW_COUNTERS =
      Map.of(
          TableSchemas.ARTICLES, RasdMetrics.ARTICLES,
          TableSchemas.MENTIONS, RasdMetrics.MENTIONS,
          TableSchemas.ENTITIES, RasdMetrics.ENTITIES,
          TableSchemas.CLAIMS, RasdMetrics.CLAIMS,
          TableSchemas.CLAIM_GROUPS, RasdMetrics.CLAIM_GROUP_ROWS,
          TableSchemas.REJECTS, RasdMetrics.REJECTS);

  /** The metadata key naming the run: also every row's {@code run_id}. */
  public static final String RUN_ID_KEY = "rasd.run_id";

  private final String dir;
  private final int numShards;
  private final Map<String, String> metadata;
  private final Map<String, String> prefixes;

  public WriteTables(String dir, int numShards) {
    this(dir, numShards, Map.of());
  }

  public WriteTables(String dir, int numShards, Map<String, String> metadata) {
    this(dir, numShards, metadata, Map.of());
  }

  /**
   * {@code metadata}: key-value pairs for every Parquet file's footer (version, model hash, run id); {@code prefixes}:
   * file name prefix per table where it is not the table name (an incremental run's new files beside copied ones).
   */
  public WriteTables(String dir, int numShards, Map<String, String> metadata, Map<String, String> prefixes) {
    this.dir = dir;
    this.numShards = numShards;
    this.metadata = Map.copyOf(metadata);
    this.prefixes = Map.copyOf(prefixes);
  }

  /** Rows of one table (or of an incremental run's state) as Parquet under {@code <dir>/<name>/}, counted. */
  public static void write(
      PCollection<GenericRecord> rows, String name, Schema schema, String dir, String prefix, int numShards,
      Map<String, String> metadata, String counter) {
    write(rows, null, name, schema, dir, prefix, numShards, metadata, counter);
  }

  /** The same, with {@code batches} (or null) of rows already packed and counted written too. */
  static void write(
      PCollection<GenericRecord> rows, PCollection<RowBatch> batches, String name, Schema schema, String dir,
      String prefix, int numShards, Map<String, String> metadata, String counter) {
    FileIO.Write<Void, RowBatch> write =
        FileIO.<RowBatch>write()
            .via(new ParquetBatchSink(schema, metadata))
            .to(dir.endsWith("/") ? dir + name : dir + "/" + name)
            .withPrefix(prefix)
            .withSuffix(".parquet");
    if (numShards > 0) {
      write = write.withNumShards(numShards);
    }
    // run_id of every row: the run named in the files' metadata (tables only; state has no such column)
    PCollection<RowBatch> all =
        rows.apply("Batch " + name, ParDo.of(new BatchRowsFn(schema, counter, metadata.get(RUN_ID_KEY))))
            .setCoder(RowBatch.Coder.of());
    if (batches != null) {
      all = PCollectionList.of(all).and(batches).apply("All " + name, Flatten.pCollections()).setCoder(RowBatch.Coder.of());
    }
    all.apply("Write " + name, write);
  }

  public static TupleTag<GenericRecord> tag(String table) {
    return TAGS.get(table);
  }

  /** The tag of a table's rows packed already (their rows counted and stamped with the run id by who packed them). */
  public static TupleTag<RowBatch> batchTag(String table) {
    return BATCH_TAGS.get(table);
  }

  @Override
  public PDone expand(PCollectionTuple tables) {
    for (Map.Entry<String, TupleTag<GenericRecord>> t : TAGS.entrySet()) {
      String table = t.getKey();
      TupleTag<RowBatch> packed = batchTag(table);
      write(tables.get(t.getValue()), tables.has(packed) ? tables.get(packed) : null, table, TableSchemas.of(table), dir,
          prefixes.getOrDefault(table, table), numShards, metadata, ROW_COUNTERS.get(table));
    }
    return PDone.in(tables.getPipeline());
  }
}
