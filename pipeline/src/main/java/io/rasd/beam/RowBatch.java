package io.rasd.beam;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.VarIntCoder;

/**
 * Rows of one table, Avro-binary encoded back to back (no schema inside: the table's schema reads them).
 *
 * <p>Tables travel to the Parquet writer in batches, not row by row: the DirectRunner copies everything buffered
 * in a grouping step with its coder on every bundle, and a byte array is copied for the price of a memcpy where
 * 400,000 single rows cost an Avro encode and decode each, every time.
 */
public final class RowBatch {
  private final int rows;
  private final byte[] avro;

  RowBatch(int rows, byte[] avro) {
    this.rows = rows;
    this.avro = avro;
  }

  public int rows() {
    return rows;
  }

  /** The rows of the batch, read with the schema they were written with. */
  public List<GenericRecord> read(Schema schema) {
    List<GenericRecord> out = new ArrayList<>(rows);
    forEach(schema, out::add);
    return out;
  }

  /** Streams the rows to {@code sink}; each record is a fresh object. */
  public void forEach(Schema schema, RowSink sink) {
    GenericDatumReader<GenericRecord> reader = new GenericDatumReader<>(schema);
    BinaryDecoder in = DecoderFactory.get().binaryDecoder(avro, null);
    try {
      for (int i = 0; i < rows; i++) {
        sink.accept(reader.read(null, in));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("a row batch does not match its table's schema", e);
    }
  }

  /** Receives the rows of a batch. */
  @FunctionalInterface
  public interface RowSink {
    void accept(GenericRecord row) throws IOException;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RowBatch b && rows == b.rows && java.util.Arrays.equals(avro, b.avro);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rows, java.util.Arrays.hashCode(avro));
  }

  /** Collects rows into batches of about {@code maxBytes} encoded bytes. Not thread-safe: one per bundle. */
  public static final class Builder {
    private final GenericDatumWriter<GenericRecord> writer;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final BinaryEncoder encoder;
    private final int maxBytes;
    private int rows;

    public Builder(Schema schema, int maxBytes) {
      this.writer = new GenericDatumWriter<>(schema);
      this.encoder = EncoderFactory.get().directBinaryEncoder(bytes, null);
      this.maxBytes = maxBytes;
    }

    public void add(GenericRecord row) {
      try {
        writer.write(row, encoder);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      rows++;
    }

    public boolean isFull() {
      return bytes.size() >= maxBytes;
    }

    public boolean isEmpty() {
      return rows == 0;
    }

    /** The batch so far; the builder starts over empty. */
    public RowBatch take() {
      RowBatch batch = new RowBatch(rows, bytes.toByteArray());
      bytes.reset();
      rows = 0;
      return batch;
    }
  }

  /** Row count, then the encoded rows. */
  public static final class Coder extends AtomicCoder<RowBatch> {
    private static final Coder INSTANCE = new Coder();

    public static Coder of() {
      return INSTANCE;
    }

    @Override
    public void encode(RowBatch batch, OutputStream out) throws IOException {
      VarIntCoder.of().encode(batch.rows, out);
      ByteArrayCoder.of().encode(batch.avro, out);
    }

    @Override
    public RowBatch decode(InputStream in) throws IOException {
      int rows = VarIntCoder.of().decode(in);
      return new RowBatch(rows, ByteArrayCoder.of().decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }
}
