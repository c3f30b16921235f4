package io.rasd.core.input;

import java.nio.charset.StandardCharsets;

/** PLACEHOLDER until the inputs branch lands (same API). */
public final class TextDecoder {
  public record Result(String text, String charset, String rejectReason, String rejectDetail) {
    public boolean ok() {
      return rejectReason == null;
    }
  }

  public static Result decode(byte[] bytes, String knownCharset) {
    if (bytes.length == 0) {
      return new Result(null, null, "empty", "0 bytes");
    }
    return new Result(new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n"), "UTF-8", null, null);
  }
}
