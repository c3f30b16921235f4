package io.rasd.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.model.RawArticle;
import io.rasd.core.model.Reject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ArchiveReaderTest {

  private static byte[] zip(Charset names, String... entryNames) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out, names)) {
      for (String n : entryNames) {
        z.putNextEntry(new ZipEntry(n));
        z.write("نص الخبر".getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void entryNamesInTheDosCodePageAreReadOnce() throws IOException {
    byte[] archive = zip(Charset.forName("IBM437"), "café.txt", "b.txt");
    InputReader.ReadResult r = InputReader.read("old.zip", archive);
    assertThat(r.rejects()).isEmpty();
    assertThat(r.articles()).extracting(RawArticle::sourceFile).containsExactly("old.zip!/café.txt", "old.zip!/b.txt");
  }

  @Test
  void truncatedZipKeepsWhatWasReadAndRejectsTheRest() throws IOException {
    byte[] archive = zip(StandardCharsets.UTF_8, "a.txt", "b.txt");
    int second = 4; // find the second local file header, then cut inside its compressed data
    while (!(archive[second] == 'P' && archive[second + 1] == 'K' && archive[second + 2] == 3)) {
      second++;
    }
    byte[] cut = Arrays.copyOf(archive, second + 30 + "b.txt".length() + 4);
    InputReader.ReadResult r = InputReader.read("cut.zip", cut);
    assertThat(r.articles()).extracting(RawArticle::sourceFile).containsExactly("cut.zip!/a.txt");
    assertThat(r.rejects()).singleElement().satisfies(j -> {
      assertThat(j.reason()).isEqualTo(Reject.UNREADABLE);
      assertThat(j.detail()).contains("in b.txt after 1 files");
    });
  }

  @Test
  void archiveClutterIsSkipped() {
    assertThat(ArchiveReader.isJunkEntry("__MACOSX/a/._x.json")).isTrue();
    assertThat(ArchiveReader.isJunkEntry("dir/.DS_Store")).isTrue();
    assertThat(ArchiveReader.isJunkEntry("dir/Thumbs.db")).isTrue();
    assertThat(ArchiveReader.isJunkEntry("dir/news.json")).isFalse();
  }
}
