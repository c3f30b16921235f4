package io.rasd.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable row ids: a hash of what identifies the row, so reruns on the same input give the same ids. */
public final class Ids {
  private Ids() {}

  /** 128-bit SHA-256 prefix, hex, of the parts joined by a separator that cannot occur in text. */
  public static String of(Object... parts) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
    for (Object part : parts) {
      digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    byte[] hash = digest.digest();
    return HexFormat.of().formatHex(hash, 0, 16);
  }
}
