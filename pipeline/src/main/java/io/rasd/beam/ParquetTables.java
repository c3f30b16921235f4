package io.rasd.beam;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import io.rasd.beam.run.RunLayout;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.io.LocalInputFile;

/**
 * Reads a table of the published run ({@code <output>/runs/<_LATEST>/<table>/*.parquet}, or {@code <dir>/<table>} for a
 * run folder itself) back as Avro records, for the tool commands.
 */
public final class ParquetTables {
  private ParquetTables() {}

  /** The folder holding the tables: the run {@code _LATEST} names, else the folder itself (a run folder). */
  public static Path tablesDir(Path output) throws IOException {
    Path latest = output.resolve(RunLayout.LATEST);
    if (Files.isRegularFile(latest)) {
      return output.resolve(RunLayout.RUNS).resolve(Files.readString(latest).trim());
    }
    return output;
  }

  public static List<GenericRecord> read(Path output, String table) throws IOException {
    Path dir = tablesDir(output).resolve(table);
    if (!Files.isDirectory(dir)) {
      throw new IOException("no table '" + table + "' under " + output + " (expected " + dir + "/*.parquet)");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
    }
    List<GenericRecord> rows = new ArrayList<>();
    for (Path f : files) {
      // parquet's own local file, not Hadoop's file system (whose security and metrics stack the jar leaves out)
      try (ParquetReader<GenericRecord> reader =
          AvroParquetReader.<GenericRecord>builder(new LocalInputFile(f)).withConf(new Configuration(false)).build()) {
        GenericRecord r;
        while ((r = reader.read()) != null) {
          rows.add(r);
        }
      }
    }
    return rows;
  }
}
