package io.rasd.beam.incremental;

import io.rasd.beam.ChannelInputFile;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Redistribute;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;

/**
 * The rows of a base run's Parquet files (a table or a state table), one file per element, spread over the workers;
 * through Beam's file systems like every other read and write of a run.
 */
public final class ReadParquet extends PTransform<PBegin, PCollection<GenericRecord>> {
  private final List<String> files;
  private final String schemaJson;
  private final int buckets;

  public ReadParquet(List<String> files, Schema schema, int buckets) {
    this.files = List.copyOf(files);
    this.schemaJson = schema.toString();
    this.buckets = buckets;
  }

  @Override
  public PCollection<GenericRecord> expand(PBegin begin) {
    Schema schema = new Schema.Parser().parse(schemaJson);
    if (files.isEmpty()) {
      return begin.apply("NoFiles", Create.empty(AvroCoder.of(schema)));
    }
    return begin
        .apply("Files", Create.of(files).withCoder(StringUtf8Coder.of()))
        .apply("Spread", Redistribute.<String>arbitrarily().withNumBuckets(Math.max(1, Math.min(buckets, files.size()))))
        .apply("ReadRows", ParDo.of(new ReadFileFn()))
        .setCoder(AvroCoder.of(schema));
  }

  /** Every row of one Parquet file (a Beam path), in order. */
  static void forEach(String file, Consumer<GenericRecord> sink) throws IOException {
    try (ParquetReader<GenericRecord> reader =
        AvroParquetReader.<GenericRecord>builder(new ChannelInputFile(FileSystems.matchSingleFileSpec(file)))
            .withConf(new Configuration(false))
            .build()) {
      for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
        sink.accept(r);
      }
    }
  }

  static class ReadFileFn extends DoFn<String, GenericRecord> {
    @ProcessElement
    public void process(@Element String file, OutputReceiver<GenericRecord> out) throws IOException {
      forEach(file, out::output);
    }
  }
}
