package io.rasd.core.input;

import io.rasd.core.ResourceLines;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * Recognises binary formats we do not read, by their leading signature bytes ({@code input/magic-numbers.tsv}) or, for
 * zip-based documents, by a tell-tale entry inside the archive ({@code input/zip-containers.tsv}).
 */
final class MagicNumbers {

  private record Signature(int offset, byte[] bytes, String format) {}

  private record ZipMarker(String entry, String format) {}

  private static final List<Signature> SIGNATURES = loadSignatures();
  private static final List<ZipMarker> ZIP_MARKERS = loadZipMarkers();

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
  private static final byte[] GZIP = {(byte) 0x1F, (byte) 0x8B};

  private MagicNumbers() {}

  /** The unsupported format {@code bytes} start with, or null. */
  static String unsupportedFormat(byte[] bytes) {
    for (Signature s : SIGNATURES) {
      if (startsWith(bytes, s.offset, s.bytes)) {
        return s.format;
      }
    }
    return null;
  }

  static boolean isZip(byte[] bytes) {
    return startsWith(bytes, 0, ZIP) || startsWith(bytes, 0, EMPTY_ZIP);
  }

  static boolean isGzip(byte[] bytes) {
    return startsWith(bytes, 0, GZIP);
  }

  /** The document format a zip with these entry names really is (DOCX, EPUB, ...), or null for a plain archive. */
  static String zipContainerFormat(Collection<String> entryNames) {
    for (ZipMarker m : ZIP_MARKERS) {
      if (entryNames.contains(m.entry)) {
        return m.format;
      }
    }
    return null;
  }

  static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
    if (bytes.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static List<Signature> loadSignatures() {
    List<Signature> out = new ArrayList<>();
    for (String line : ResourceLines.read("/input/magic-numbers.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length != 3) {
        throw new IllegalStateException("magic-numbers.tsv: expected 3 tab-separated columns: " + line);
      }
      out.add(new Signature(Integer.parseInt(cols[0].strip()), HexFormat.of().parseHex(cols[1].strip()), cols[2]));
    }
    return List.copyOf(out);
  }

  private static List<ZipMarker> loadZipMarkers() {
    List<ZipMarker> out = new ArrayList<>();
    for (String line : ResourceLines.read("/input/zip-containers.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException("zip-containers.tsv: expected 2 tab-separated columns: " + line);
      }
      out.add(new ZipMarker(cols[0].strip(), cols[1].strip()));
    }
    return List.copyOf(out);
  }
}
