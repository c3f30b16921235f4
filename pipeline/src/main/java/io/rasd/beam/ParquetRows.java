package io.rasd.beam;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroReadSupport;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/**
 * Reads rows of a table a run wrote, through Beam {@link FileSystems} (any scheme, like the writer), and only the
 * columns asked for: Parquet skips the others, so reading {@code source} of every article does not read bodies.
 */
public final class ParquetRows {
  private ParquetRows() {}

  /** Each row of every {@code *.parquet} under {@code tableDir}, holding only {@code columns}. */
  public static void forEach(ResourceId tableDir, Schema table, List<String> columns, Consumer<GenericRecord> row)
      throws IOException {
    Schema projection = project(table, columns);
    Configuration conf = new Configuration(false);
    AvroReadSupport.setRequestedProjection(conf, projection);
    AvroReadSupport.setAvroReadSchema(conf, projection);
    MatchResult files = FileSystems.match(tableDir + "*.parquet");
    List<MatchResult.Metadata> sorted = new ArrayList<>(files.metadata());
    sorted.sort(java.util.Comparator.comparing(m -> m.resourceId().toString()));
    for (MatchResult.Metadata file : sorted) {
      try (ParquetReader<GenericRecord> reader =
          AvroParquetReader.<GenericRecord>builder(new ChannelInputFile(file))
              .withDataModel(GenericData.get())
              .withConf(conf)
              .build()) {
        for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
          row.accept(r);
        }
      }
    }
  }

  static Schema project(Schema table, List<String> columns) {
    List<Schema.Field> fields = new ArrayList<>();
    for (String c : columns) {
      Schema.Field f = table.getField(c);
      if (f == null) {
        throw new IllegalArgumentException(table.getName() + " has no column " + c);
      }
      fields.add(new Schema.Field(f, f.schema()));
    }
    return Schema.createRecord(table.getName(), table.getDoc(), table.getNamespace(), false, fields);
  }

  /** A Parquet input over a Beam channel, which every Beam file system opens seekable. */
  private record ChannelInputFile(MatchResult.Metadata file) implements InputFile {
    @Override
    public long getLength() {
      return file.sizeBytes();
    }

    @Override
    public SeekableInputStream newStream() throws IOException {
      java.nio.channels.ReadableByteChannel opened = FileSystems.open(file.resourceId());
      if (!(opened instanceof SeekableByteChannel channel)) {
        opened.close();
        throw new IOException("the file system of " + file.resourceId() + " opens no seekable channel; Parquet needs one");
      }
      return new DelegatingSeekableInputStream(Channels.newInputStream(channel)) {
        @Override
        public long getPos() throws IOException {
          return channel.position();
        }

        @Override
        public void seek(long position) throws IOException {
          channel.position(position);
        }
      };
    }
  }
}
