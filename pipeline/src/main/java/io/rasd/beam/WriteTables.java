package io.rasd.beam;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
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

  static {
    for (String table : TableSchemas.ALL) {
      TAGS.put(table, new TupleTag<>(table));
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

  private final String dir;
  private final int numShards;
  private final Map<String, String> metadata;

  public WriteTables(String dir, int numShards) {
    this(dir, numShards, Map.of());
  }

  /** {@code metadata}: key-value pairs for every Parquet file's footer (version, model hash, run id). */
  public WriteTables(String dir, int numShards, Map<String, String> metadata) {
    this.dir = dir;
    this.numShards = numShards;
    this.metadata = Map.copyOf(metadata);
  }

  public static TupleTag<GenericRecord> tag(String table) {
    return TAGS.get(table);
  }

  @Override
  public PDone expand(PCollectionTuple tables) {
    for (Map.Entry<String, TupleTag<GenericRecord>> t : TAGS.entrySet()) {
      String table = t.getKey();
      Schema schema = TableSchemas.of(table);
      FileIO.Write<Void, RowBatch> write =
          FileIO.<RowBatch>write()
              .via(new ParquetBatchSink(schema, metadata))
              .to(dir.endsWith("/") ? dir + table : dir + "/" + table)
              .withPrefix(table)
              .withSuffix(".parquet");
      if (numShards > 0) {
        write = write.withNumShards(numShards);
      }
      tables
          .get(t.getValue())
          .apply("Batch " + table, ParDo.of(new BatchRowsFn(schema, ROW_COUNTERS.get(table))))
          .setCoder(RowBatch.Coder.of())
          .apply("Write " + table, write);
    }
    return PDone.in(tables.getPipeline());
  }
}
