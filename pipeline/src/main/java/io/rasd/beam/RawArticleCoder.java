package io.rasd.beam;

import io.rasd.core.model.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;

/**
 * {@link RawArticle}: its fields in order, the content as raw bytes. Articles are spread over the workers through a
 * grouping step, where the DirectRunner copies them with their coder; Java serialization made that copy slow.
 */
public final class RawArticleCoder extends AtomicCoder<RawArticle> {
  private static final RawArticleCoder INSTANCE = new RawArticleCoder();
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();
  private static final NullableCoder<String> NULLABLE = NullableCoder.of(STRING);
  private static final NullableCoder<byte[]> NULLABLE_BYTES = NullableCoder.of(ByteArrayCoder.of());

  public static RawArticleCoder of() {
    return INSTANCE;
  }

  private RawArticleCoder() {}

  @Override
  public void encode(RawArticle a, OutputStream out) throws IOException {
    STRING.encode(a.sourceFile(), out);
    VarIntCoder.of().encode(a.sourceIndex(), out);
    NULLABLE_BYTES.encode(a.content(), out);
    NULLABLE.encode(a.text(), out);
    NULLABLE.encode(a.knownCharset(), out);
    NULLABLE.encode(a.title(), out);
    NULLABLE.encode(a.date(), out);
    NULLABLE.encode(a.url(), out);
    NULLABLE.encode(a.source(), out);
    NULLABLE.encode(a.author(), out);
    VarIntCoder.of().encode(a.readerRepairs(), out);
  }

  /**
   * The last file name and charset decoded: the articles of one file arrive together, and a million-element JSON
   * export otherwise held a million copies of its path while they waited in the DirectRunner. Racy on purpose: any
   * thread may see another's value, which is only ever a correct, immutable string.
   */
  private static volatile String lastFile = "";
  private static volatile String lastCharset = "UTF-8";

  private static String sameFile(String s) {
    String last = lastFile;
    if (s.equals(last)) {
      return last;
    }
    lastFile = s;
    return s;
  }

  private static String sameCharset(String s) {
    String last = lastCharset;
    if (s == null || s.equals(last)) {
      return s == null ? null : last;
    }
    lastCharset = s;
    return s;
  }

  @Override
  public RawArticle decode(InputStream in) throws IOException {
    return new RawArticle(
        sameFile(STRING.decode(in)),
        VarIntCoder.of().decode(in),
        NULLABLE_BYTES.decode(in),
        NULLABLE.decode(in),
        sameCharset(NULLABLE.decode(in)),
        NULLABLE.decode(in),
        NULLABLE.decode(in),
        NULLABLE.decode(in),
        NULLABLE.decode(in),
        NULLABLE.decode(in),
        VarIntCoder.of().decode(in));
  }

  @Override
  public void verifyDeterministic() {}
}
