package io.rasd.beam;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import org.apache.avro.Schema;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/** Writes {@link RowBatch}es of one table through Beam's {@link ParquetIO} sink (snappy). */
final class ParquetBatchSink implements FileIO.Sink<RowBatch> {
  private final String schemaJson;
  private transient Schema schema;
  private transient ParquetIO.Sink parquet;

  ParquetBatchSink(Schema schema) {
    this.schemaJson = schema.toString();
  }

  @Override
  public void open(WritableByteChannel channel) throws IOException {
    schema = new Schema.Parser().parse(schemaJson);
    parquet = ParquetIO.sink(schema).withCompressionCodec(CompressionCodecName.SNAPPY);
    parquet.open(channel);
  }

  @Override
  public void write(RowBatch batch) throws IOException {
    batch.forEach(schema, parquet::write);
  }

  @Override
  public void flush() throws IOException {
    parquet.flush();
  }
}
