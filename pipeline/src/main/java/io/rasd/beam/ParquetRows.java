package io.rasd.beam;

import java.io.IOException;
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
}
