package io.rasd.beam.shuffle;

import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.util.CoderUtils;

/**
 * Values encoded to bytes before a grouping step. The DirectRunner copies every value buffered in a grouping step
 * with its coder on each bundle: a memcpy for bytes, a full encode and decode (Java serialization, say) for an
 * object. Encoding once before the step and decoding once after it is far cheaper.
 */
public final class CoderBytes {
  private CoderBytes() {}

  public static <T> byte[] encode(Coder<T> coder, T value) {
    try {
      return CoderUtils.encodeToByteArray(coder, value);
    } catch (CoderException e) {
      throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  public static <T> T decode(Coder<T> coder, byte[] bytes) {
    try {
      return CoderUtils.decodeFromByteArray(coder, bytes);
    } catch (CoderException e) {
      throw new IllegalStateException("cannot decode a value with " + coder, e);
    }
  }
}
