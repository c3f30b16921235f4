package io.rasd.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.model.RawArticle;
import io.rasd.core.model.Reject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = FeedReaderTest.class.getResourceAsStream("/input/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static String text(RawArticle a) {
    return a.text() != null ? a.text() : new String(a.content(), StandardCharsets.UTF_8);
  }

  @Test
  void rssItemsBecomeArticlesAndAnEmptyItemARejectAtItsIndex() throws IOException {
    InputReader.ReadResult r = InputReader.read("feed.xml", resource("feed-rss.xml"));
    assertThat(r.articles()).extracting(RawArticle::sourceIndex).containsExactly(0, 2);
    RawArticle a = r.articles().get(0);
    assertThat(text(a)).isEqualTo("ضبطت السلطات شحنة أسلحة.\n\nوأوقفت شخصين.");
    assertThat(a.title()).isEqualTo("ضبط شحنة أسلحة");
    assertThat(a.url()).isEqualTo("http://example.org/news/1");
    assertThat(a.date()).isEqualTo("Tue, 21 Jul 2015 08:30:00 +0300");
    assertThat(a.author()).isEqualTo("محرر تجريبي");
    assertThat(a.source()).isEqualTo("وكالة تجريبية");
    assertThat(a.knownCharset()).isEqualTo("UTF-8");
    assertThat(text(r.articles().get(1))).isEqualTo("نص \"مقتبس\" من الخبر.");
    assertThat(r.rejects()).singleElement().satisfies(j -> {
      assertThat(j.sourceFile()).isEqualTo("feed.xml#1");
      assertThat(j.reason()).isEqualTo(Reject.NO_TEXT);
    });
  }

  @Test
  void atomEntriesUseHrefLinksPublishedDatesAndAuthorNames() throws IOException {
    InputReader.ReadResult r = InputReader.read("atom", resource("feed-atom.xml"));
    assertThat(r.rejects()).isEmpty();
    RawArticle a = r.articles().get(0);
    assertThat(text(a)).isEqualTo("عقد اجتماع أمني موسع.");
    assertThat(a.url()).isEqualTo("http://example.org/a/1");
    assertThat(a.date()).isEqualTo("2016-02-01T10:00:00Z");
    assertThat(a.author()).isEqualTo("كاتب");
    assertThat(a.source()).isEqualTo("موقع أخبار");
  }

  @Test
  void feedInADeclaredLegacyEncoding() {
    String xml = "<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss><channel><item>"
        + "<description>خبر عاجل من الرياض</description></item></channel></rss>";
    InputReader.ReadResult r = InputReader.read("f.rss", xml.getBytes(Charset.forName("windows-1256")));
    assertThat(r.articles()).singleElement().satisfies(a -> assertThat(text(a)).isEqualTo("خبر عاجل من الرياض"));
  }

  @Test
  void otherXmlIsUnsupported() {
    InputReader.ReadResult r =
        InputReader.read("data.xml", "<?xml version=\"1.0\"?><catalog><book/></catalog>".getBytes());
    assertThat(r.rejects()).singleElement().satisfies(j -> {
      assertThat(j.reason()).isEqualTo(Reject.UNSUPPORTED_FORMAT);
      assertThat(j.detail()).contains("XML");
    });
  }

  @Test
  void sniffingNeedsAFeedRootNearTheStart() {
    assertThat(FeedReader.looksLikeFeed("<rss version=\"2.0\">".getBytes(), 0)).isTrue();
    assertThat(FeedReader.looksLikeFeed("<html><body>".getBytes(), 0)).isFalse();
    assertThat(FeedReader.looksLikeFeed("rss".getBytes(), 0)).isFalse();
  }
}
