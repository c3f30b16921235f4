package io.rasd.testing;

/** Byte arrays written as unsigned values, for tests of decoders and scanners. */
public final class Bytes {
  private Bytes() {}

  public static byte[] of(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}
