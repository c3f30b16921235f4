package io.rasd.beam;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileIO;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes {@link RowBatch}es of one table as Parquet (parquet-avro, snappy) on the channel Beam opened: lists in the
 * standard 3-level layout ({@code list.element}, what Spark, DuckDB and pyarrow expect), row groups of at most
 * {@link #ROW_GROUP_BYTES} so engines can skip them, and the run's version and model hashes in the key-value metadata.
 */
final class ParquetBatchSink implements FileIO.Sink<RowBatch> {
  static final int ROW_GROUP_BYTES = 64 * 1024 * 1024;

  private final String schemaJson;
  private final TreeMap<String, String> metadata;
  private transient Schema schema;
  private transient ParquetWriter<GenericRecord> writer;

  ParquetBatchSink(Schema schema, Map<String, String> metadata) {
    this.schemaJson = schema.toString();
    this.metadata = new TreeMap<>(metadata);
  }

  @Override
  public void open(WritableByteChannel channel) throws IOException {
    schema = new Schema.Parser().parse(schemaJson);
    writer = open(channel, schema, metadata);
  }

  static ParquetWriter<GenericRecord> open(WritableByteChannel channel, Schema schema, Map<String, String> metadata)
      throws IOException {
    Configuration conf = new Configuration(false);
    conf.setBoolean(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, false);
    return AvroParquetWriter.<GenericRecord>builder(new ChannelOutputFile(channel))
        .withSchema(schema)
        .withDataModel(GenericData.get())
        .withConf(conf)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withRowGroupSize((long) ROW_GROUP_BYTES)
        .withExtraMetaData(metadata)
        .build();
  }

  @Override
  public void write(RowBatch batch) throws IOException {
    batch.forEach(schema, writer::write);
  }

  @Override
  public void flush() throws IOException {
    writer.close(); // writes the footer; FileIO closes the channel
  }
}
