package io.rasd.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.model.RawArticle;
import io.rasd.core.model.Reject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class InputReaderTest {

  private static final String BODY = "أعلنت وزارة الداخلية القبض على خلية إرهابية في مدينة الرياض.";

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String text(RawArticle a) {
    return a.text() != null ? a.text() : new String(a.content(), StandardCharsets.UTF_8);
  }

  private static String where(RawArticle a) {
    return a.sourceFile() + "#" + a.sourceIndex();
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = InputReaderTest.class.getResourceAsStream("/input/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void plainTextIsOneArticleWithCharsetLeftToDetection() {
    InputReader.ReadResult r = InputReader.read("news/a.txt", utf8(BODY));
    assertThat(r.rejects()).isEmpty();
    assertThat(r.articles()).singleElement().satisfies(a -> {
      assertThat(a.sourceFile()).isEqualTo("news/a.txt");
      assertThat(a.sourceIndex()).isZero();
      assertThat(a.knownCharset()).isNull();
      assertThat(text(a)).isEqualTo(BODY);
    });
  }

  @Test
  void fileWithoutExtensionAndEmptyOrBinaryFilesPassThroughForTheDecoder() {
    assertThat(InputReader.read("README", utf8(BODY)).articles()).hasSize(1);
    assertThat(InputReader.read("empty.txt", new byte[0]).articles()).singleElement()
        .satisfies(a -> assertThat(a.content()).isEmpty());
    byte[] binary = {1, 2, 0, 0, 5, 6, 7, 0};
    assertThat(InputReader.read("blob.bin", binary).articles()).hasSize(1);
  }

  @Test
  void jsonArrayGivesOneArticlePerElementWithMappedFields() {
    String json =
        "[{\"headline\":\"عنوان\",\"text\":\"" + BODY + "\",\"pubDate\":\"2015-07-21\","
            + "\"link\":\"http://x/1\",\"site\":\"spa\",\"author\":\"واس\"},"
            + "{\"title\":\"ثان\",\"body\":\"نص ثان\",\"date_extracted\":\"2015-07-22 01:00:00\"}]";
    InputReader.ReadResult r = InputReader.read("a.json", utf8(json));
    assertThat(r.rejects()).isEmpty();
    assertThat(r.articles()).hasSize(2);
    RawArticle first = r.articles().get(0);
    assertThat(first.sourceIndex()).isZero();
    assertThat(first.knownCharset()).isEqualTo("UTF-8");
    assertThat(text(first)).isEqualTo(BODY);
    assertThat(first.title()).isEqualTo("عنوان");
    assertThat(first.date()).isEqualTo("2015-07-21");
    assertThat(first.url()).isEqualTo("http://x/1");
    assertThat(first.source()).isEqualTo("spa");
    assertThat(first.author()).isEqualTo("واس");
    RawArticle second = r.articles().get(1);
    assertThat(second.sourceIndex()).isEqualTo(1);
    assertThat(text(second)).isEqualTo("نص ثان");
    assertThat(second.date()).isEqualTo("2015-07-22 01:00:00");
    assertThat(second.url()).isNull();
  }

  @Test
  void fieldNamesMatchCaseInsensitivelyAndArraysOfParagraphsAreJoined() {
    String json = "{\"Title\":\"ع\",\"CONTENT\":[\"فقرة أولى\",\"فقرة ثانية\"],\"author\":[\"أ\",\"ب\"]}";
    RawArticle a = InputReader.read("one.json", utf8(json)).articles().get(0);
    assertThat(a.title()).isEqualTo("ع");
    assertThat(text(a)).isEqualTo("فقرة أولى\n\nفقرة ثانية");
    assertThat(a.author()).isEqualTo("أ, ب");
  }

  @Test
  void htmlInsideAContentFieldBecomesText() {
    String json = "[{\"content\":\"<p>فقرة&nbsp;أولى</p><p>فقرة <b>ثانية</b><br>وسطر</p><script>x()</script>\"},"
        + "{\"content\":\"س < ص و ص > ع\"}]";
    InputReader.ReadResult r = InputReader.read("h.json", utf8(json));
    assertThat(r.articles()).extracting(InputReaderTest::text)
        .containsExactly("فقرة أولى\n\nفقرة ثانية\nوسطر", "س < ص و ص > ع");
  }

  @Test
  void singleObjectIsOneArticle() {
    InputReader.ReadResult r = InputReader.read("x.txt", utf8("  {\"content\": \"" + BODY + "\"}\n"));
    assertThat(r.articles()).singleElement().satisfies(a -> {
      assertThat(a.sourceIndex()).isZero();
      assertThat(text(a)).isEqualTo(BODY);
    });
  }

  @Test
  void wrapperObjectWithAnArrayOfArticles() {
    String json = "{\"status\":\"ok\",\"articles\":[{\"content\":\"أ\"},{\"content\":\"ب\"}]}";
    InputReader.ReadResult r = InputReader.read("w.json", utf8(json));
    assertThat(r.articles()).extracting(InputReaderTest::text).containsExactly("أ", "ب");
  }

  @Test
  void jsonLinesGiveOneArticlePerLineAndABadLineDoesNotStopTheRest() {
    String jsonl =
        "{\"content\":\"سطر أول\",\"url\":\"u0\"}\n"
            + "\n"
            + "{\"content\": broken\n"
            + "{\"content\":\"سطر ثالث\"}\r\n";
    InputReader.ReadResult r = InputReader.read("feed.jsonl", utf8(jsonl));
    assertThat(r.articles()).extracting(RawArticle::sourceIndex).containsExactly(0, 2);
    assertThat(r.articles()).extracting(InputReaderTest::text).containsExactly("سطر أول", "سطر ثالث");
    assertThat(r.rejects()).singleElement().satisfies(j -> {
      assertThat(j.sourceFile()).isEqualTo("feed.jsonl#1");
      assertThat(j.reason()).isEqualTo(Reject.MALFORMED);
      assertThat(j.detail()).contains("line 3");
    });
  }

  @Test
  void jsonLinesWithABrokenFirstLineAreStillReadLineByLine() {
    String jsonl = "{\"content\": \"قطع\n{\"content\":\"ب\"}\n{\"content\":\"ج\"}\n";
    for (String name : new String[] {"feed.jsonl", "feed.txt"}) {
      InputReader.ReadResult r = InputReader.read(name, utf8(jsonl));
      assertThat(r.articles()).as(name).extracting(InputReaderTest::text).containsExactly("ب", "ج");
      assertThat(r.rejects()).as(name).extracting(Reject::sourceFile).containsExactly(name + "#0");
    }
  }

  @Test
  void prettyPrintedConcatenatedObjectsAreReadAsAStream() {
    String json = "{\n  \"content\": \"أ\"\n}\n{\n  \"content\": \"ب\"\n}\n";
    InputReader.ReadResult r = InputReader.read("two.json", utf8(json));
    assertThat(r.rejects()).isEmpty();
    assertThat(r.articles()).extracting(RawArticle::sourceIndex).containsExactly(0, 1);
  }

  @Test
  void badElementsBecomeRejectsNamingTheirIndex() {
    String json =
        "[{\"content\":\"جيد\"}, 42, {\"title\":\"بلا نص\"}, {\"content\":\"  \"}, {\"text\":\"جيد أيضا\"}]";
    InputReader.ReadResult r = InputReader.read("mixed.json", utf8(json));
    assertThat(r.articles()).extracting(RawArticle::sourceIndex).containsExactly(0, 4);
    assertThat(r.rejects())
        .extracting(Reject::sourceFile, Reject::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("mixed.json#1", Reject.MALFORMED),
            org.assertj.core.groups.Tuple.tuple("mixed.json#2", Reject.MALFORMED),
            org.assertj.core.groups.Tuple.tuple("mixed.json#3", Reject.NO_TEXT));
    assertThat(r.rejects().get(0).detail()).contains("a number");
    assertThat(r.rejects().get(1).detail()).contains("no content field");
  }

  @Test
  void truncatedJsonKeepsEarlierElementsAndRejectsTheRest() {
    String json = "[{\"content\":\"أول\"}, {\"content\":\"ثان\"}, {\"content\":\"ثا";
    InputReader.ReadResult r = InputReader.read("cut.json", utf8(json));
    assertThat(r.articles()).hasSize(2);
    assertThat(r.rejects()).singleElement().satisfies(j -> {
      assertThat(j.sourceFile()).isEqualTo("cut.json");
      assertThat(j.reason()).isEqualTo(Reject.MALFORMED);
      assertThat(j.detail()).contains("after 2 elements");
    });
  }

  @Test
  void unparseableJsonFileIsMalformed() {
    InputReader.ReadResult r = InputReader.read("bad.json", utf8("{\"content\": ]"));
    assertThat(r.articles()).isEmpty();
    assertThat(r.rejects()).singleElement().satisfies(j -> assertThat(j.reason()).isEqualTo(Reject.MALFORMED));
  }

  @Test
  void textThatOnlyStartsLikeJsonIsReadAsText() {
    String prose = "[عاجل] " + BODY;
    InputReader.ReadResult r = InputReader.read("breaking.txt", utf8(prose));
    assertThat(r.rejects()).isEmpty();
    assertThat(r.articles()).singleElement().satisfies(a -> assertThat(text(a)).isEqualTo(prose));
  }

  @Test
  void jsonInWindows1256IsDecodedFirst() {
    byte[] json = ("[{\"content\":\"" + BODY + "\"}]").getBytes(java.nio.charset.Charset.forName("windows-1256"));
    InputReader.ReadResult r = InputReader.read("legacy.json", json);
    assertThat(r.articles()).singleElement().satisfies(a -> assertThat(text(a)).isEqualTo(BODY));
  }

  @Test
  void zipEntriesAreReadRecursivelyAndNamedInsideTheArchive() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("day/", new byte[0]);
    entries.put("day/a.json", utf8("[{\"content\":\"أ\"},{\"content\":\"ب\"}]"));
    entries.put("day/b.txt", utf8(BODY));
    entries.put("__MACOSX/day/._b.txt", new byte[] {0, 5, 22, 7});
    InputReader.ReadResult r = InputReader.read("in/archive.zip", zip(entries));
    assertThat(r.rejects()).isEmpty();
    assertThat(r.articles())
        .extracting(InputReaderTest::where)
        .containsExactly(
            "in/archive.zip!/day/a.json#0", "in/archive.zip!/day/a.json#1", "in/archive.zip!/day/b.txt#0");
  }

  @Test
  void nestedZipAndGzipInsideZip() throws IOException {
    byte[] inner = zip(Map.of("deep.txt", utf8(BODY)));
    Map<String, byte[]> outer = new LinkedHashMap<>();
    outer.put("inner.zip", inner);
    outer.put("feed.jsonl.gz", gzip(utf8("{\"content\":\"أ\"}\n{\"content\":\"ب\"}\n")));
    InputReader.ReadResult r = InputReader.read("outer.zip", zip(outer));
    assertThat(r.rejects()).isEmpty();
    assertThat(r.articles())
        .extracting(InputReaderTest::where)
        .containsExactly(
            "outer.zip!/inner.zip!/deep.txt#0", "outer.zip!/feed.jsonl.gz#0", "outer.zip!/feed.jsonl.gz#1");
  }

  @Test
  void gzipIsDecompressedAndTheInnerNameGuidesTheFormat() throws IOException {
    InputReader.ReadResult r = InputReader.read("file.json.gz", gzip(utf8("{\"content\":\"" + BODY + "\"}")));
    assertThat(r.articles()).singleElement().satisfies(a -> {
      assertThat(a.sourceFile()).isEqualTo("file.json.gz");
      assertThat(a.knownCharset()).isEqualTo("UTF-8");
      assertThat(text(a)).isEqualTo(BODY);
    });
  }

  @Test
  void corruptGzipIsUnreadable() {
    byte[] bad = {(byte) 0x1F, (byte) 0x8B, 8, 0, 1, 2, 3};
    assertThat(InputReader.read("x.gz", bad).rejects())
        .singleElement()
        .satisfies(j -> assertThat(j.reason()).isEqualTo(Reject.UNREADABLE));
  }

  @Test
  void bombEntriesAreRefusedByTheirDeclaredSizeBeforeInflating() throws IOException {
    InputReader.Limits oneMiBDocuments = new InputReader.Limits(512L << 20, 8, 1L << 20, 1L << 30);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("bomb.txt", new byte[2 << 20]);
    entries.put("after.txt", utf8(BODY));
    InputReader.ReadResult z = InputReader.read("bomb.zip", zip(entries), oneMiBDocuments);
    assertThat(z.articles()).extracting(RawArticle::sourceFile).containsExactly("bomb.zip!/after.txt");
    assertThat(z.rejects()).singleElement().satisfies(j -> {
      assertThat(j.sourceFile()).isEqualTo("bomb.zip!/bomb.txt");
      assertThat(j.reason()).isEqualTo(Reject.TOO_LARGE);
      assertThat(j.detail()).startsWith("declares " + (2 << 20) + " bytes"); // not "inflates past": never inflated
    });
    InputReader.ReadResult g = InputReader.read("bomb.txt.gz", gzip(new byte[2 << 20]), oneMiBDocuments);
    assertThat(g.articles()).isEmpty();
    assertThat(g.rejects()).singleElement().satisfies(j -> {
      assertThat(j.reason()).isEqualTo(Reject.TOO_LARGE);
      assertThat(j.detail()).startsWith("declares " + (2 << 20) + " bytes");
    });
  }

  @Test
  void zipBombStopsAtTheDecompressionCap() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("small.txt", utf8(BODY));
    entries.put("bomb.txt", new byte[4 << 20]); // 4 MiB of zeros compress to a few KiB
    entries.put("after.txt", utf8(BODY));
    byte[] archive = zip(entries);
    assertThat(archive.length).isLessThan(64 * 1024);
    InputReader.ReadResult r = InputReader.read("bomb.zip", archive, new InputReader.Limits(1 << 20, 8, 64L << 20, 1L << 30));
    assertThat(r.articles()).extracting(RawArticle::sourceFile).containsExactly("bomb.zip!/small.txt");
    assertThat(r.rejects()).singleElement().satisfies(j -> {
      assertThat(j.sourceFile()).isEqualTo("bomb.zip");
      assertThat(j.reason()).isEqualTo(Reject.UNREADABLE);
      assertThat(j.detail()).contains("1 MiB").contains("zip bomb");
    });
  }

  @Test
  void nestingDeeperThanTheLimitIsRejected() throws IOException {
    byte[] data = utf8(BODY);
    for (int i = 0; i < 3; i++) {
      data = gzip(data);
    }
    InputReader.ReadResult r = InputReader.read("x.txt.gz.gz.gz", data, new InputReader.Limits(1 << 20, 2, 64L << 20, 1L << 30));
    assertThat(r.articles()).isEmpty();
    assertThat(r.rejects()).singleElement().satisfies(j -> assertThat(j.detail()).contains("nested"));
  }

  @Test
  void pdfAndPngAreUnsupportedFormats() {
    InputReader.ReadResult pdf = InputReader.read("report.txt", utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj"));
    assertThat(pdf.articles()).isEmpty();
    assertThat(pdf.rejects()).singleElement().satisfies(j -> {
      assertThat(j.reason()).isEqualTo(Reject.UNSUPPORTED_FORMAT);
      assertThat(j.detail()).contains("PDF");
    });
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    assertThat(InputReader.read("image", png).rejects())
        .singleElement()
        .satisfies(j -> assertThat(j.detail()).contains("PNG"));
  }

  @Test
  void docxIsRecognisedInsideItsZipContainer() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("[Content_Types].xml", utf8("<Types/>"));
    entries.put("word/document.xml", utf8("<w:document/>"));
    InputReader.ReadResult r = InputReader.read("report.docx", zip(entries));
    assertThat(r.articles()).isEmpty();
    assertThat(r.rejects()).singleElement().satisfies(j -> {
      assertThat(j.reason()).isEqualTo(Reject.UNSUPPORTED_FORMAT);
      assertThat(j.detail()).contains("DOCX");
    });
  }

  @Test
  void emptyZipIsEmpty() throws IOException {
    assertThat(InputReader.read("none.zip", zip(Map.of())).rejects())
        .singleElement()
        .satisfies(j -> assertThat(j.reason()).isEqualTo(Reject.EMPTY));
  }

  @Test
  void htmlArticleBodyTitleAndDateAreExtracted() throws IOException {
    InputReader.ReadResult r = InputReader.read("page.html", resource("article.html"));
    assertThat(r.rejects()).isEmpty();
    RawArticle a = r.articles().get(0);
    assertThat(a.knownCharset()).isEqualTo("UTF-8");
    assertThat(a.title()).isEqualTo("القبض على خلية إرهابية في الرياض");
    assertThat(a.date()).isEqualTo("2015-07-21T08:30:00+03:00");
    String body = text(a);
    assertThat(body.split("\n\n")).hasSize(3);
    assertThat(body).startsWith("أعلنت وزارة الداخلية").contains("وأضاف المتحدث");
    assertThat(body).doesNotContain("القائمة", "حقوق النشر", "مقالات ذات صلة", "var tracking", "اشترك");
    assertThat(body).doesNotContain("القبض على خلية إرهابية في الرياض"); // the headline is metadata
  }

  @Test
  void htmlWithoutArticleUsesTheDensestParagraphsAndTimeElement() {
    String html =
        "<!DOCTYPE html><html><head><title>خبر</title></head><body>"
            + "<div class=menu><a href=/>الرئيسية</a></div>"
            + "<div class=story><time datetime=\"2015-08-01\">1 أغسطس</time>"
            + "<p>الفقرة الأولى من الخبر.</p><p>الفقرة الثانية<br>بسطر ثان.</p></div>"
            + "<div class=side><p>إعلان</p></div></body></html>";
    RawArticle a = InputReader.read("noext", utf8(html)).articles().get(0);
    assertThat(a.title()).isEqualTo("خبر");
    assertThat(a.date()).isEqualTo("2015-08-01");
    assertThat(text(a)).isEqualTo("1 أغسطس\n\nالفقرة الأولى من الخبر.\n\nالفقرة الثانية\nبسطر ثان.");
  }

  @Test
  void htmlWithoutTextIsNoText() {
    InputReader.ReadResult r =
        InputReader.read("blank.htm", utf8("<html><body><nav>القائمة</nav><script>x()</script></body></html>"));
    assertThat(r.articles()).isEmpty();
    assertThat(r.rejects()).singleElement().satisfies(j -> assertThat(j.reason()).isEqualTo(Reject.NO_TEXT));
  }

  @Test
  void htmlInDeclaredWindows1256() {
    String html =
        "<html><head><meta charset=\"windows-1256\"><title>ع</title></head><body><article><p>"
            + BODY + "</p></article></body></html>";
    RawArticle a = InputReader.read("legacy.html", html.getBytes(java.nio.charset.Charset.forName("windows-1256")))
        .articles().get(0);
    assertThat(text(a)).isEqualTo(BODY);
  }

  @Test
  void saudiNewsNetStyleSampleReadsFully() throws IOException {
    InputReader.ReadResult r = InputReader.read("2015-07-21.zip", resource("saudinewsnet-sample.zip"));
    assertThat(r.articles()).hasSize(3);
    assertThat(r.rejects()).singleElement().satisfies(j -> {
      assertThat(j.sourceFile()).isEqualTo("2015-07-21.zip!/2015-07-21.json#2");
      assertThat(j.reason()).isEqualTo(Reject.NO_TEXT);
    });
    RawArticle a = r.articles().get(0);
    assertThat(a.sourceFile()).isEqualTo("2015-07-21.zip!/2015-07-21.json");
    assertThat(a.source()).isNotBlank();
    assertThat(a.url()).startsWith("http");
    assertThat(a.date()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    assertThat(a.author()).isNotBlank();
    assertThat(a.title()).isNotBlank();
    assertThat(a.content()).isNull(); // the reader's text goes on as text
    assertThat(TextDecoder.decode(a).ok()).isTrue();
  }

  @Test
  void nullInputsDoNotThrow() {
    InputReader.ReadResult r = InputReader.read(null, null);
    assertThat(r.articles()).singleElement().satisfies(a -> assertThat(a.content()).isEmpty());
  }

  @Test
  void extensionIsTakenFromTheLastPathSegment() {
    assertThat(InputReader.extension("a.zip!/dir.v2/file.JSON")).isEqualTo("json");
    assertThat(InputReader.extension("dir.v2/README")).isEmpty();
    assertThat(InputReader.extension(".hidden")).isEmpty();
  }

  @Test
  void htmlRepairsOfBadBytesAndNulsAreCountedOnTheArticle() {
    byte[] head = utf8("<html><head><meta charset=\"utf-8\"></head><body><article><p>" + BODY);
    byte[] tail = utf8(" " + BODY + "</p></article></body></html>");
    byte[] page = new byte[head.length + 3 + tail.length];
    System.arraycopy(head, 0, page, 0, head.length);
    page[head.length] = (byte) 0xFF; // two invalid bytes and one NUL
    page[head.length + 1] = (byte) 0xFE;
    page[head.length + 2] = 0;
    System.arraycopy(tail, 0, page, head.length + 3, tail.length);
    RawArticle a = InputReader.read("damaged.html", page).articles().get(0);
    assertThat(a.readerRepairs()).isEqualTo(3);
    assertThat(TextDecoder.decode(a).repairs()).isEqualTo(3);
    assertThat(a.text()).contains("الرياض").doesNotContain("\u0000");
    assertThat(InputReader.read("clean.html", utf8("<html><body><p>" + BODY + "</p></body></html>")).articles().get(0)
        .readerRepairs()).isZero();
  }

  private static byte[] bigArray(int n) {
    StringBuilder b = new StringBuilder("[\n");
    for (int i = 0; i < n; i++) {
      if (i > 0) b.append(",\n");
      b.append(i == 1234 ? "\"not an object\"" : "{\"title\":\"خبر " + i + "\",\"content\":\"" + BODY + " " + i + "\"}");
    }
    return utf8(b.append("\n]\n").toString());
  }

  private static InputReader.ReadResult readByRanges(byte[] file, java.util.List<InputReader.JsonRange> ranges) {
    java.util.List<RawArticle> articles = new java.util.ArrayList<>();
    java.util.List<Reject> rejects = new java.util.ArrayList<>();
    for (InputReader.JsonRange r : ranges) {
      InputStream at = new java.io.ByteArrayInputStream(file, (int) r.startByte(), file.length - (int) r.startByte());
      InputReader.ReadResult part = InputReader.readJsonRange("big.json", at, r);
      assertThat(part.articles().size() + part.rejects().size()).isLessThanOrEqualTo(InputReader.JSON_RANGE_ELEMENTS);
      articles.addAll(part.articles());
      rejects.addAll(part.rejects());
    }
    return new InputReader.ReadResult(articles, rejects);
  }

  @Test
  void aLargeJsonArrayIsReadRangeByRangeExactlyAsWhole() {
    byte[] file = bigArray(2500);
    assertThat(InputReader.mayBeJsonArray(java.util.Arrays.copyOf(file, 64))).isTrue();
    java.util.List<InputReader.JsonRange> ranges = InputReader.planJsonArray(new java.io.ByteArrayInputStream(file));
    assertThat(ranges)
        .extracting(InputReader.JsonRange::startIndex, InputReader.JsonRange::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 1000), org.assertj.core.groups.Tuple.tuple(1000, 1000),
            org.assertj.core.groups.Tuple.tuple(2000, 500));
    InputReader.ReadResult whole = InputReader.read("big.json", file);
    InputReader.ReadResult ranged = readByRanges(file, ranges);
    assertThat(ranged.articles()).hasSize(2499).isEqualTo(whole.articles());
    assertThat(ranged.rejects()).isEqualTo(whole.rejects()).extracting(Reject::sourceFile).containsExactly("big.json#1234");
  }

  @Test
  void onlyAWholeCleanUtf8ArrayOfSeveralRangesIsPlanned() {
    java.util.function.Function<byte[], java.util.List<InputReader.JsonRange>> plan =
        b -> InputReader.planJsonArray(new java.io.ByteArrayInputStream(b));
    byte[] big = bigArray(1500);
    assertThat(plan.apply(bigArray(1000))).isNull(); // one range: read whole, as before
    assertThat(plan.apply(java.util.Arrays.copyOf(big, big.length - 10))).isNull(); // truncated
    byte[] trailing = java.util.Arrays.copyOf(big, big.length + 2);
    trailing[big.length] = '{';
    trailing[big.length + 1] = '}';
    assertThat(plan.apply(trailing)).isNull(); // more after the array
    byte[] legacy = new String(big, StandardCharsets.UTF_8).getBytes(java.nio.charset.Charset.forName("windows-1256"));
    assertThat(plan.apply(legacy)).isNull(); // the whole reader decodes legacy code pages
    assertThat(InputReader.read("big.json", legacy).articles()).hasSize(1499);
    assertThat(InputReader.mayBeJsonArray(utf8("\uFEFF[{}]"))).isFalse();
    assertThat(InputReader.mayBeJsonArray(new byte[] {'[', 0, '{', 0})).isFalse();
    assertThat(InputReader.mayBeJsonArray(utf8("{\"a\": []}"))).isFalse();
  }

  @Test
  void articlesBeyondTheFileLimitAreOneRejectInEitherReadingPath() {
    InputReader.Limits twoThousand = new InputReader.Limits(512L << 20, 8, 64L << 20, 1L << 30, 2000);
    byte[] file = bigArray(5500); // element 1234 is broken: one malformed reject of its own
    InputReader.ReadResult whole = InputReader.read("big.json", file, twoThousand);
    assertThat(whole.articles()).hasSize(2000);
    assertThat(whole.articles().get(1999).sourceIndex()).isEqualTo(2000);
    assertThat(whole.rejects()).extracting(Reject::sourceFile, Reject::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("big.json#1234", Reject.MALFORMED),
            org.assertj.core.groups.Tuple.tuple("big.json#2001", Reject.TOO_LARGE));
    assertThat(whole.rejects().get(1).detail()).startsWith("3499 more article(s) not kept: one input file gives at most 2000");

    InputReader.PlannedRanges planned =
        InputReader.limitRanges("big.json", InputReader.planJsonArray(new java.io.ByteArrayInputStream(file)), twoThousand);
    assertThat(planned.read()).extracting(InputReader.JsonRange::startIndex).containsExactly(0, 1000);
    assertThat(planned.beyondLimit().sourceFile()).isEqualTo("big.json#2000");
    assertThat(planned.beyondLimit().reason()).isEqualTo(Reject.TOO_LARGE);
    assertThat(planned.beyondLimit().detail()).startsWith("3500 more array element(s) not kept: one input file gives at most 2000");
    // the default limit keeps every article of this file
    assertThat(InputReader.limitRanges("big.json", InputReader.planJsonArray(new java.io.ByteArrayInputStream(file)),
        InputReader.Limits.DEFAULT).beyondLimit()).isNull();
  }

  @Test
  void theArticlesLimitIsFiftyThousandUnlessTheSystemPropertyRaisesIt() {
    assertThat(InputReader.Limits.maxFileArticles(null)).isEqualTo(50_000);
    assertThat(InputReader.Limits.maxFileArticles(" ")).isEqualTo(50_000);
    assertThat(InputReader.Limits.maxFileArticles("200000")).isEqualTo(200_000);
  }

  @Test
  void theArticlesLimitIsWholeRanges() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InputReader.Limits(1, 1, 1, 1, 1500))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
