package io.rasd.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

  @Test
  void articleHeaderSuppliesTitleAndDateButNotBodyText() {
    String html =
        "<html><body><header><h1>اسم الموقع</h1></header>"
            + "<article><header><h1>عنوان الخبر</h1><time datetime=\"2016-01-05T10:00\">5 يناير</time></header>"
            + "<p>نص الخبر.</p></article></body></html>";
    HtmlArticleExtractor.Extracted x = HtmlArticleExtractor.extract(html, "");
    assertThat(x.title()).isEqualTo("عنوان الخبر");
    assertThat(x.date()).isEqualTo("2016-01-05T10:00");
    assertThat(x.body()).isEqualTo("نص الخبر.");
  }

  @Test
  void longestArticleWinsAndMetadataComesFromMetaTags() {
    String html =
        "<html><head><meta property=\"og:title\" content=\"عنوان\"><meta name=\"author\" content=\"كاتب\">"
            + "<meta property=\"og:site_name\" content=\"موقع\"><meta property=\"og:url\" content=\"http://e/1\">"
            + "</head><body><article><p>قصير</p></article>"
            + "<article><p>الخبر الرئيسي الأطول بكثير من غيره.</p><p>فقرة ثانية.</p></article></body></html>";
    HtmlArticleExtractor.Extracted x = HtmlArticleExtractor.extract(html, "");
    assertThat(x.body()).isEqualTo("الخبر الرئيسي الأطول بكثير من غيره.\n\nفقرة ثانية.");
    assertThat(x.title()).isEqualTo("عنوان");
    assertThat(x.author()).isEqualTo("كاتب");
    assertThat(x.source()).isEqualTo("موقع");
    assertThat(x.url()).isEqualTo("http://e/1");
  }

  @Test
  void listsAndNestedBlocksBecomeSeparateParagraphsWithCollapsedSpaces() {
    String html =
        "<div><article><p>  أولا   \n  نص  </p><ul><li>بند ١</li><li>بند&nbsp;٢</li></ul>"
            + "<blockquote><p>اقتباس</p></blockquote></article></div>";
    assertThat(HtmlArticleExtractor.extract(html, "").body()).isEqualTo("أولا نص\n\nبند ١\n\nبند ٢\n\nاقتباس");
  }

  @Test
  void pageIsDecodedByItsDeclaredCharsetWhenNotUtf8() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">"
        + "</head><body><p>خبر عاجل</p></body></html>";
    TextDecoder.Result r = HtmlArticleExtractor.decodePage(html.getBytes(Charset.forName("windows-1256")));
    assertThat(r.charset()).isEqualTo("windows-1256");
    assertThat(r.text()).contains("خبر عاجل");
  }

  @Test
  void validUtf8WinsOverAWrongDeclaration() {
    String html = "<html><head><meta charset=\"windows-1256\"></head><body><p>خبر</p></body></html>";
    TextDecoder.Result r = HtmlArticleExtractor.decodePage(html.getBytes(StandardCharsets.UTF_8));
    assertThat(r.charset()).isEqualTo("UTF-8");
    assertThat(r.text()).contains("خبر");
  }

  @Test
  void fiftyThousandNestedDivsAreFlattenedBeforeParsingAndKeepTheirText() {
    String p = "<p>أعلنت الشرطة اعتقال 9 أشخاص في مدينة فاس.</p>";
    String page = "<html><body>" + "<div class=x>".repeat(50_000) + p + "</div>".repeat(50_000) + "</body></html>";
    assertThat(HtmlArticleExtractor.nestingDepth(page)).isGreaterThan(HtmlArticleExtractor.MAX_NESTING);
    String shallow = HtmlArticleExtractor.shallow(page);
    assertThat(HtmlArticleExtractor.nestingDepth(shallow)).isLessThanOrEqualTo(3); // html, body, p
    assertThat(shallow).contains(p);
    // jsoup's tree building is quadratic in the depth: the page took 75 s before it was flattened
    HtmlArticleExtractor.Extracted x =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(30), () -> HtmlArticleExtractor.extract(page, ""));
    assertThat(x.body()).isEqualTo("أعلنت الشرطة اعتقال 9 أشخاص في مدينة فاس.");
    String normal = "<html><body><div><div><p>نص</p></div></div></body></html>";
    assertThat(HtmlArticleExtractor.shallow(normal)).isEqualTo(normal); // ordinary pages are parsed as they are
  }
}
