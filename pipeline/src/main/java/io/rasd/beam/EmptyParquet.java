package io.rasd.beam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/** A Parquet file with a table's schema and no rows: what an empty table looks like on disk. */
final class EmptyParquet {
  private EmptyParquet() {}

  static void write(Path file, Schema schema) throws IOException {
    Files.createDirectories(file.getParent());
    try (ParquetWriter<GenericRecord> writer =
        AvroParquetWriter.<GenericRecord>builder(new org.apache.hadoop.fs.Path(file.toUri()))
            .withSchema(schema)
            .withConf(new Configuration())
            .withCompressionCodec(CompressionCodecName.SNAPPY)
            .build()) {
      // no rows
    }
    // Hadoop's local file system leaves a checksum file beside it
    Files.deleteIfExists(file.resolveSibling("." + file.getFileName() + ".crc"));
  }
}
