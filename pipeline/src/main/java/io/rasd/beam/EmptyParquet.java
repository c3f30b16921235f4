package io.rasd.beam;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;

/** A Parquet file with a table's schema and no rows: what an empty table looks like on disk (Beam writes none). */
public final class EmptyParquet {
  private EmptyParquet() {}

  public static void write(ResourceId file, Schema schema, Map<String, String> metadata) throws IOException {
    try (WritableByteChannel channel = FileSystems.create(file, "application/octet-stream")) {
      ParquetBatchSink.open(channel, schema, metadata).close();
    }
  }
}
