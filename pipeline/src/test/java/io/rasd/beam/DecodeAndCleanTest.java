package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.model.Article;
import io.rasd.core.model.DecodedArticle;
import io.rasd.core.model.RawArticle;
import io.rasd.core.model.Reject;
import io.rasd.testing.Seeds;
import io.rasd.testing.TestPipelines;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;

/** DecodeArticles, CleanArticles and DeduplicateArticles as composites on the DirectRunner. */
class DecodeAndCleanTest {
  private static RawArticle raw(String file, byte[] bytes) {
    return RawArticle.plain(file, 0, bytes);
  }

  @Test
  void decodeSplitsTextFromRejects() {
    TestPipeline p = TestPipelines.create();
    PCollection<RawArticle> in =
        p.apply(
            Create.of(
                    raw("ok.txt", "نص عربي\r\nسطر".getBytes(StandardCharsets.UTF_8)),
                    raw("empty.txt", new byte[0]),
                    raw("nul.txt", new byte[] {0x41, 0, 0, 0, 0x42}))
                .withCoder(SerializableCoder.of(RawArticle.class)));
    PCollectionTuple out = in.apply(new DecodeArticles());
    PAssert.that(out.get(DecodeArticles.DECODED).apply("Map1", MapElements.into(TypeDescriptors.strings()).via(DecodedArticle::text)))
        .containsInAnyOrder("نص عربي\nسطر");
    PAssert.that(out.get(DecodeArticles.REJECTS).apply("Map2", MapElements.into(TypeDescriptors.strings()).via((Reject r) -> r.sourceFile() + ":" + r.reason())))
        .containsInAnyOrder("empty.txt:empty", "nul.txt:binary");
    p.run().waitUntilFinish();
  }

  @Test
  void cleanGivesTitleAndBodyWithoutFurniture() {
    String text = Seeds.text("003_716936cce44e642a.txt");
    RawArticle r = raw("003.txt", text.getBytes(StandardCharsets.UTF_8));
    TestPipeline p = TestPipelines.create();
    PCollectionTuple out =
        p.apply(Create.of(new DecodedArticle(r, text, "UTF-8")).withCoder(SerializableCoder.of(DecodedArticle.class)))
            .apply(new CleanArticles());
    PAssert.that(out.get(CleanArticles.ARTICLES))
        .satisfies(
            articles -> {
              List<Article> list = new ArrayList<>();
              articles.forEach(list::add);
              assertThat(list).hasSize(1);
              assertThat(list.get(0).title()).startsWith("زيارة \"حموشي\" إلى أمريكا");
              assertThat(list.get(0).body()).doesNotContain("شارك بتعليقك").doesNotContain("القائمة البريدية");
              return null;
            });
    PAssert.that(out.get(CleanArticles.REJECTS)).empty();
    p.run().waitUntilFinish();
  }

  @Test
  void deduplicateKeepsTheFirstCopyAndRejectsTheOthers() {
    Article a = new Article("id1", "b.txt", 0, null, null, null, "نص", null, null, null, "UTF-8");
    Article copy = new Article("id1", "a.txt", 0, null, null, null, "نص", null, null, null, "UTF-8");
    Article other = new Article("id2", "c.txt", 0, null, null, null, "نص آخر", null, null, null, "UTF-8");
    TestPipeline p = TestPipelines.create();
    PCollectionTuple out =
        p.apply(Create.of(a, copy, other).withCoder(SerializableCoder.of(Article.class))).apply(new DeduplicateArticles());
    PAssert.that(out.get(DeduplicateArticles.UNIQUE).apply("Map3", MapElements.into(TypeDescriptors.strings()).via(Article::sourceFile)))
        .containsInAnyOrder("a.txt", "c.txt");
    PAssert.that(out.get(DeduplicateArticles.DUPLICATES).apply("Map4", MapElements.into(TypeDescriptors.strings()).via((Reject r) -> r.sourceFile() + ":" + r.reason() + ":" + r.detail())))
        .containsInAnyOrder("b.txt:duplicate:same cleaned content as a.txt (article_id id1)");
    p.run().waitUntilFinish();
  }
}
