package io.rasd.beam;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/** Write: every table as Parquet (snappy, Avro schema from /schemas) under {@code <dir>/<table>/}. */
public class WriteTables extends PTransform<PCollectionTuple, PDone> {
  /** One tag per table name: the tuple handed to this transform holds the rows of each table. */
  public static final Map<String, TupleTag<GenericRecord>> TAGS = new LinkedHashMap<>();

  static {
    for (String table : TableSchemas.ALL) {
      TAGS.put(table, new TupleTag<>(table));
    }
  }

  private final String dir;
  private final int numShards;

  public WriteTables(String dir, int numShards) {
    this.dir = dir;
    this.numShards = numShards;
  }

  public static TupleTag<GenericRecord> tag(String table) {
    return TAGS.get(table);
  }

  @Override
  public PDone expand(PCollectionTuple tables) {
    for (Map.Entry<String, TupleTag<GenericRecord>> t : TAGS.entrySet()) {
      String table = t.getKey();
      PCollection<GenericRecord> rows = tables.get(t.getValue());
      FileIO.Write<Void, GenericRecord> write =
          FileIO.<GenericRecord>write()
              .via(
                  ParquetIO.sink(TableSchemas.of(table))
                      .withCompressionCodec(CompressionCodecName.SNAPPY))
              .to(dir + "/" + table)
              .withPrefix(table)
              .withSuffix(".parquet");
      if (numShards > 0) {
        write = write.withNumShards(numShards);
      }
      rows.apply("Write " + table, write);
    }
    return PDone.in(tables.getPipeline());
  }
}
