package io.rasd.core.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists a zip's entry names from its central directory without inflating anything, so office documents can be
 * recognised before any decompression. Best effort: a damaged directory gives what was readable (maybe nothing).
 */
final class ZipDirectory {

  private static final int EOCD_SIG = 0x06054b50;
  private static final int CEN_SIG = 0x02014b50;
  private static final int EOCD_MIN = 22;
  private static final int MAX_COMMENT = 0xFFFF;
  private static final Charset CP437 = Charset.forName("IBM437");

  private ZipDirectory() {}

  static List<String> entryNames(byte[] b) {
    return entries(b).stream().map(Entry::name).toList();
  }

  /** An entry as the central directory declares it (a bomb may lie; inflation is capped as well). */
  record Entry(String name, long declaredSize) {}

  static List<Entry> entries(byte[] b) {
    List<Entry> names = new ArrayList<>();
    int eocd = -1;
    for (int i = b.length - EOCD_MIN; i >= Math.max(0, b.length - EOCD_MIN - MAX_COMMENT); i--) {
      if (int32(b, i) == EOCD_SIG) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      return names;
    }
    int count = int16(b, eocd + 10);
    long offset = int32(b, eocd + 16) & 0xFFFFFFFFL;
    if (offset > b.length) {
      return names; // a damaged or lying directory record
    }
    int p = (int) offset;
    for (int n = 0; n < count && p <= b.length - 46 && int32(b, p) == CEN_SIG; n++) {
      int flags = int16(b, p + 8);
      int nameLen = int16(b, p + 28);
      int extraLen = int16(b, p + 30);
      int commentLen = int16(b, p + 32);
      if (nameLen > b.length - 46 - p) {
        break;
      }
      Charset cs = (flags & 0x800) != 0 ? StandardCharsets.UTF_8 : CP437;
      names.add(new Entry(new String(b, p + 46, nameLen, cs), int32(b, p + 24) & 0xFFFFFFFFL));
      p += 46 + nameLen + extraLen + commentLen;
    }
    return names;
  }

  private static int int16(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  private static int int32(byte[] b, int i) {
    return int16(b, i) | int16(b, i + 2) << 16;
  }
}
