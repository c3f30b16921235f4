package io.rasd.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class MagicNumbersTest {

  private static byte[] zipWith(String... names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (String n : names) {
        z.putNextEntry(new ZipEntry(n));
        z.write(n.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void knownSignaturesNameTheirFormat() {
    assertThat(MagicNumbers.unsupportedFormat("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).contains("PDF");
    assertThat(MagicNumbers.unsupportedFormat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).contains("JPEG");
    assertThat(MagicNumbers.unsupportedFormat("GIF89a..".getBytes(StandardCharsets.US_ASCII))).contains("GIF");
    byte[] tar = new byte[512];
    System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, tar, 257, 5);
    assertThat(MagicNumbers.unsupportedFormat(tar)).contains("TAR");
  }

  @Test
  void textIsNotAnUnsupportedFormat() {
    assertThat(MagicNumbers.unsupportedFormat("خبر".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(MagicNumbers.unsupportedFormat("%".getBytes(StandardCharsets.US_ASCII))).isNull();
    assertThat(MagicNumbers.unsupportedFormat(new byte[0])).isNull();
  }

  @Test
  void zipDirectoryListsEntryNamesWithoutInflating() throws IOException {
    byte[] zip = zipWith("a/خبر.json", "b.txt");
    assertThat(MagicNumbers.isZip(zip)).isTrue();
    assertThat(ZipDirectory.entryNames(zip)).containsExactly("a/خبر.json", "b.txt");
    assertThat(ZipDirectory.entryNames("not a zip".getBytes(StandardCharsets.US_ASCII))).isEmpty();
  }

  @Test
  void damagedDirectoryOffsetGivesNoNamesInsteadOfFailing() throws IOException {
    byte[] zip = zipWith("a.txt");
    int eocd = zip.length - 22;
    for (int i = 16; i < 20; i++) {
      zip[eocd + i] = (byte) 0xFF; // central directory offset 0xFFFFFFFF
    }
    assertThat(ZipDirectory.entryNames(zip)).isEmpty();
    zip[eocd + 19] = 0x7F; // 0x7FFFFFFF: the int overflow case
    assertThat(ZipDirectory.entryNames(zip)).isEmpty();
  }

  @Test
  void officeContainersAreRecognisedByTheirEntries() throws IOException {
    assertThat(MagicNumbers.zipContainerFormat(ZipDirectory.entryNames(zipWith("xl/workbook.xml"))))
        .contains("XLSX");
    assertThat(MagicNumbers.zipContainerFormat(List.of("mimetype", "content.xml"))).contains("OpenDocument");
    assertThat(MagicNumbers.zipContainerFormat(List.of("news/a.json"))).isNull();
  }
}
