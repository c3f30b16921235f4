package io.rasd.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rasd.core.model.Article;
import io.rasd.core.model.DecodedArticle;
import io.rasd.core.model.RawArticle;
import io.rasd.testing.Seeds;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleCleanerTest {
  private final ArticleCleaner cleaner = ArticleCleaner.fromResources();

  private Article clean(String text) {
    RawArticle raw = RawArticle.plain("t.txt", 0, text.getBytes(StandardCharsets.UTF_8));
    ArticleCleaner.Result r = cleaner.clean(new DecodedArticle(raw, text, "UTF-8"));
    assertThat(r.reject()).isNull();
    return r.article();
  }

  static List<JsonNode> goldArticles() {
    return Seeds.gold("articles.jsonl");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldArticles")
  void seedsMatchGoldTitleDateAndBoilerplate(JsonNode gold) {
    Article a = clean(Seeds.text(gold.get("file").asText()));
    String goldTitle = gold.get("title").isNull() ? null : TextNormalizer.normalize(gold.get("title").asText());
    assertThat(a.title()).isEqualTo(goldTitle);
    LocalDate published = gold.get("published").isNull() ? null : LocalDate.parse(gold.get("published").asText());
    assertThat(a.publishedDate()).isEqualTo(published);
    for (JsonNode b : gold.get("boilerplate")) {
      assertThat(a.body()).doesNotContain(TextNormalizer.normalize(b.asText()));
    }
    for (JsonNode k : gold.get("must_keep")) {
      assertThat(a.body()).contains(TextNormalizer.normalize(k.asText()));
    }
  }

  @Test
  void everyRealParagraphOfASeedSurvives() {
    String text = Seeds.text("000_ef4ac6f1c1822e0a.txt");
    Article a = clean(text);
    long longLines = text.lines().filter(l -> ArticleCleaner.wordCount(l) > 12).count();
    long kept = a.body().lines().filter(l -> ArticleCleaner.wordCount(l) > 12).count();
    assertThat(kept).isEqualTo(longLines);
  }

  @Test
  void datelineCityIsRead() {
    assertThat(clean("الرباط – أشاد تقرير وزارة الخارجية بالتعاون.\nفقرة ثانية.").dateline()).isEqualTo("الرباط");
    assertThat(clean("القاهرة (رويترز) - قالت الشرطة إنها اعتقلت ثلاثة.").dateline()).isEqualTo("القاهرة");
    assertThat(clean("قالت الشرطة إنها اعتقلت ثلاثة أشخاص.").dateline()).isNull();
  }

  @Test
  void kickerAndDateLineLeaveTheBodyAndTitleIsFound() {
    Article a = clean("ملف خاص:\n\nعنوان المقال هنا\n\nالثلاثاء 21 شباط/فبراير 2023\n\nالنص الأول للمقال.");
    assertThat(a.title()).isEqualTo("عنوان المقال هنا");
    assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2023, 2, 21));
    assertThat(a.body()).isEqualTo("عنوان المقال هنا\n\nالنص الأول للمقال.");
  }

  @Test
  void theDatelineIsReadAfterTheHeadline() {
    Article a = clean("عنوان قصير للخبر\n\nالرباط – أعلنت السلطات توقيف شخصين.");
    assertThat(a.dateline()).isEqualTo("الرباط");
    assertThat(a.body()).startsWith("عنوان قصير للخبر\n\nالرباط –");
  }

  @Test
  void metadataTitleAndDateWinOverTheHead() {
    String text = "النص الأول للمقال.";
    RawArticle raw =
        RawArticle.text("x.json", 3, text, "UTF-8", "عنوان", "2015-07-21", null, null, null);
    Article a = cleaner.clean(new DecodedArticle(raw, text, "UTF-8")).article();
    assertThat(a.title()).isEqualTo("عنوان");
    assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2015, 7, 21));
    assertThat(a.sourceIndex()).isEqualTo(3);
  }

  @Test
  void onlyFurnitureIsRejectedAsNoText() {
    String text = "شارك بتعليقك\n#وسم #آخر\nhttps://example.com/x\nزر الذهاب إلى الأعلى\n";
    RawArticle raw = RawArticle.plain("f.txt", 0, text.getBytes(StandardCharsets.UTF_8));
    ArticleCleaner.Result r = cleaner.clean(new DecodedArticle(raw, text, "UTF-8"));
    assertThat(r.article()).isNull();
    assertThat(r.reject().reason()).isEqualTo("no_text");
  }

  @Test
  void sameContentGivesSameIdAndDifferentContentDoesNot() {
    assertThat(clean("نص أول.").articleId()).isEqualTo(clean("نص   أول.\r").articleId());
    assertThat(clean("نص أول.").articleId()).isNotEqualTo(clean("نص ثان.").articleId());
  }
}
