package io.rasd.beam;

import io.rasd.core.model.ArticleClaim;
import io.rasd.core.ArticleExtraction;
import io.rasd.core.limits.GuardedExtraction;
import io.rasd.core.model.Article;
import io.rasd.core.model.Claim;
import io.rasd.core.model.Reject;
import java.util.List;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Extract: the named things (mentions) and numeric claims of each article, within {@link ExtractionLimits}. An
 * article whose extraction fails, times out or is truncated keeps its articles row and gets an
 * {@code extraction_failed} / {@code extraction_timeout} / {@code extraction_truncated} reject naming the step
 * (dead letter) instead of failing the run; the other step's rows are kept.
 */
public class ExtractFromArticles extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<ArticleMentions> MENTIONS = new TupleTag<>() {};
  public static final TupleTag<ArticleClaim> CLAIMS = new TupleTag<>() {};
  public static final TupleTag<Reject> FAILURES = new TupleTag<>() {};

  private final boolean claimsOther;

  public ExtractFromArticles() {
    this(false);
  }

  /** {@code claimsOther}: claims of metric {@code other} too (off by default, see ClaimExtractor). */
  public ExtractFromArticles(boolean claimsOther) {
    this.claimsOther = claimsOther;
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple out =
        articles.apply(
            "Extract", ParDo.of(new ExtractFn(claimsOther)).withOutputTags(MENTIONS, TupleTagList.of(CLAIMS).and(FAILURES)));
    out.get(MENTIONS).setCoder(SerializableCoder.of(ArticleMentions.class));
    out.get(CLAIMS).setCoder(SerializableCoder.of(ArticleClaim.class));
    out.get(FAILURES).setCoder(SerializableCoder.of(Reject.class));
    return out;
  }

  /** The detail of an extraction reject: names the article (an incremental run finds it by that). */
  public static String detail(String articleId, String problem) {
    return "article " + articleId + ": " + problem;
  }

  /** The article an extraction reject's detail names, or null. */
  public static String articleOf(String detail) {
    if (detail == null || !detail.startsWith("article ") || detail.indexOf(": ") < 0) {
      return null;
    }
    return detail.substring("article ".length(), detail.indexOf(": "));
  }

  static class ExtractFn extends DoFn<Article, ArticleMentions> {
    private final Counter failures = RasdMetrics.counter(RasdMetrics.EXTRACTION_FAILURES);
    private final Counter extracted = RasdMetrics.counter(RasdMetrics.EXTRACTED);
    // The name finder is not thread-safe: one extraction per DoFn instance (with a new name finder after a timeout
    // abandoned one).
    private transient ArticleExtraction extraction;
    private final boolean claimsOther;

    ExtractFn(boolean claimsOther) {
      this.claimsOther = claimsOther;
    }

    @Setup
    public void setup() {
      extraction = ArticleExtraction.fromResources(claimsOther);
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) throws InterruptedException {
      GuardedExtraction.Outcome o = extraction.extract(article);
      for (GuardedExtraction.Problem p : o.problems()) {
        failures.inc();
        out.get(FAILURES)
            .output(
                new Reject(
                    DeduplicateArticles.location(article),
                    p.reason(),
                    detail(article.articleId(), p.detail())));
      }
      extracted.inc();
      if (!o.mentions().isEmpty()) {
        out.get(MENTIONS).output(new ArticleMentions(article.articleId(), List.copyOf(o.mentions()), article.publishedDate()));
      }
      for (Claim c : o.claims()) {
        out.get(CLAIMS).output(ArticleClaim.of(article.articleId(), c, article.publishedDate()));
      }
    }

    @Teardown
    public void teardown() {
      if (extraction != null) {
        extraction.close();
      }
    }
  }
}
