package io.rasd.beam;

import io.rasd.core.model.ArticleClaim;
import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.model.Article;
import io.rasd.core.model.Mention;
import io.rasd.core.model.Claim;
import io.rasd.testing.TestPipelines;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;

/** ExtractFromArticles, LinkEntities and GroupClaims as composites on the DirectRunner. */
class ExtractLinkGroupTest {
  private static Article article(String id, String file, String body) {
    return new Article(id, file, 0, null, null, null, body, null, null, null, "UTF-8");
  }

  private static final Article A =
      article("a", "a.txt", "أعلن مكتب التحقيقات الفيدرالي أن كريستوفر راي زار الرباط. وقال راي إن السلطات فككت نحو ألفي خلية إرهابية منذ 2002.");
  private static final Article B =
      article("b", "b.txt", "التقى كريستوبر راي بعبد اللطيف حموشي في الرباط. وأكد التقرير أن المغرب قام بتفكيك أكثر من 2009 خلية إرهابية منذ عام 2002.");

  @Test
  void extractFindsMentionsAndClaimsWithExactOffsets() {
    TestPipeline p = TestPipelines.create();
    PCollectionTuple out =
        p.apply(Create.of(A, B).withCoder(SerializableCoder.of(Article.class))).apply(new ExtractFromArticles());
    PAssert.that(out.get(ExtractFromArticles.MENTIONS))
        .satisfies(
            ms -> {
              List<String> texts = new ArrayList<>();
              for (ArticleMentions am : ms) {
                String body = am.articleId().equals("a") ? A.body() : B.body();
                for (Mention m : am.mentions()) {
                  assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
                  texts.add(m.type() + ":" + m.text());
                }
              }
              assertThat(texts).contains("PERSON:كريستوفر راي", "PERSON:كريستوبر راي", "LOCATION:الرباط", "PERSON:عبد اللطيف حموشي");
              return null;
            });
    PAssert.that(
            out.get(ExtractFromArticles.CLAIMS)
                .apply("Claims", MapElements.into(TypeDescriptors.strings()).via((ArticleClaim c) -> c.articleId() + ":" + c.claim().metric() + ":" + c.claim().value() + ":" + c.claim().qualifier() + ":" + c.claim().sinceYear())))
        .containsInAnyOrder("a:cells_dismantled:2000.0:approximately:2002", "b:cells_dismantled:2009.0:more_than:2002");
    PAssert.that(out.get(ExtractFromArticles.FAILURES)).empty();
    p.run().waitUntilFinish();
  }

  @Test
  void linkingGivesOneEntityPerSpellingAcrossArticles() {
    TestPipeline p = TestPipelines.create();
    PCollectionTuple extracted =
        p.apply(Create.of(A, B).withCoder(SerializableCoder.of(Article.class))).apply(new ExtractFromArticles());
    PCollectionTuple linked = extracted.get(ExtractFromArticles.MENTIONS).apply(new LinkEntities());
    PAssert.that(linked.get(LinkEntities.ENTITY_ROWS))
        .satisfies(
            rows -> {
              GenericRecord wray = null;
              for (GenericRecord r : rows) {
                if ("Christopher Wray".equals(String.valueOf(r.get("latin_name")))) {
                  assertThat(wray).as("one entity for both spellings").isNull();
                  wray = r;
                }
              }
              assertThat(wray).isNotNull();
              assertThat(wray.get("article_count")).isEqualTo(2L);
              assertThat(wray.get("aliases").toString()).contains("كريستوفر راي").contains("كريستوبر راي");
              return null;
            });
    PAssert.that(linked.get(LinkEntities.MENTION_ROWS))
        .satisfies(
            rows -> {
              for (GenericRecord r : rows) {
                boolean isDate = "DATE".equals(r.get("type").toString());
                assertThat(r.get("entity_id") == null).as(r.get("text").toString()).isEqualTo(isDate);
              }
              return null;
            });
    p.run().waitUntilFinish();
  }

  private static final Article C =
      article("c", "c.txt", "أعلنت وزارة الداخلية المغربية أن المديرية العامة للأمن الوطني اعتقلت 4 أشخاص في مدينة وجدة. وقال راي إن السلطات فككت نحو ألفي خلية إرهابية منذ 2002.");

  /** claim row -> article:metric:(actor|-):(source|-):(location|-), asserting each id is a same-article mention's. */
  static class IdsOfMentions extends DoFn<GenericRecord, String> {
    private final PCollectionView<List<GenericRecord>> mentionRows;

    IdsOfMentions(PCollectionView<List<GenericRecord>> mentionRows) {
      this.mentionRows = mentionRows;
    }

    @ProcessElement
    public void process(ProcessContext ctx) {
      GenericRecord claim = ctx.element();
      StringBuilder out = new StringBuilder(claim.get("article_id") + ":" + claim.get("metric"));
      for (String col : List.of("actor", "source", "location")) {
        Object id = claim.get(col + "_entity_id");
        out.append(':').append(id == null ? "-" : col);
        if (id == null) continue;
        // the id is that of a mention row of the same article whose words are the column's
        boolean found = false;
        for (GenericRecord m : ctx.sideInput(mentionRows)) {
          found |= m.get("article_id").toString().equals(claim.get("article_id").toString())
              && id.toString().equals(String.valueOf(m.get("entity_id")))
              && claim.get(col).toString().contains(m.get("text").toString());
        }
        assertThat(found).as(col + " of " + claim).isTrue();
      }
      ctx.output(out.toString());
    }
  }

  @Test
  void claimRowsTakeTheEntityIdsOfTheMentionsTheirActorSourceAndLocationOverlap() {
    TestPipeline p = TestPipelines.create();
    PCollectionTuple extracted =
        p.apply(Create.of(A, B, C).withCoder(SerializableCoder.of(Article.class))).apply(new ExtractFromArticles());
    PCollectionTuple linked =
        extracted.get(ExtractFromArticles.MENTIONS).apply(new LinkEntities(extracted.get(ExtractFromArticles.CLAIMS), null));
    PCollectionView<List<GenericRecord>> mentionRows =
        linked.get(LinkEntities.MENTION_ROWS).apply(View.asList());
    PCollection<String> checked =
        linked.get(LinkEntities.CLAIM_ROWS)
            .apply(ParDo.of(new IdsOfMentions(mentionRows)).withSideInputs(mentionRows));
    // السلطات and التقرير are no mentions: no id; المغرب (a place that acts), the agency, source and city are
    PAssert.that(checked)
        .containsInAnyOrder("a:cells_dismantled:-:-:-", "b:cells_dismantled:actor:-:location", "c:arrests:actor:source:location",
            "c:cells_dismantled:-:-:-");
    p.run().waitUntilFinish();
  }

  @Test
  void groupClaimsLinksTheSameFactAcrossArticles() {
    Claim approx = new Claim("cells_dismantled", 2000.0, null, "approximately", "خلية", null, null, 2002, null, null, null, "t", 0, 1);
    Claim more = new Claim("cells_dismantled", 2009.0, null, "more_than", "خلية", null, null, 2002, null, null, null, "t", 0, 1);
    Claim other = new Claim("arrests", 55.0, null, "at_least", "فردا", null, 2021, null, null, null, null, "t", 0, 1);
    TestPipeline p = TestPipelines.create();
    PCollection<GenericRecord> groups =
        p.apply(
                Create.of(ArticleClaim.of("a", approx), ArticleClaim.of("b", more), ArticleClaim.of("b", other))
                    .withCoder(SerializableCoder.of(ArticleClaim.class)))
            .apply(new GroupClaims());
    PAssert.that(groups.apply("Rows", MapElements.into(TypeDescriptors.strings()).via((GenericRecord r) -> r.get("article_id") + ":" + r.get("metric") + ":" + r.get("conflict"))))
        .containsInAnyOrder("a:cells_dismantled:false", "b:cells_dismantled:false");
    p.run().waitUntilFinish();
  }
}
