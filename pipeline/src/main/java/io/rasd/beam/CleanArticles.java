package io.rasd.beam;

import io.rasd.core.model.Article;
import io.rasd.core.model.DecodedArticle;
import io.rasd.core.model.Reject;
import io.rasd.core.text.ArticleCleaner;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/** Clean: normalized text without page furniture, with headline, publication date and dateline. */
public class CleanArticles extends PTransform<PCollection<DecodedArticle>, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<DecodedArticle> decoded) {
    PCollectionTuple out = decoded.apply("Clean", ParDo.of(new CleanFn()).withOutputTags(ARTICLES, TupleTagList.of(REJECTS)));
    out.get(ARTICLES).setCoder(SerializableCoder.of(Article.class));
    out.get(REJECTS).setCoder(SerializableCoder.of(Reject.class));
    return out;
  }

  static class CleanFn extends DoFn<DecodedArticle, Article> {
    private final Counter cleaned = RasdMetrics.counter(RasdMetrics.CLEANED);
    private transient ArticleCleaner cleaner;

    @Setup
    public void setup() {
      cleaner = ArticleCleaner.fromResources();
    }

    @ProcessElement
    public void process(@Element DecodedArticle decoded, MultiOutputReceiver out) {
      ArticleCleaner.Result r = cleaner.clean(decoded);
      if (r.article() != null) {
        cleaned.inc();
        out.get(ARTICLES).output(r.article());
      } else {
        out.get(REJECTS).output(r.reject());
      }
    }
  }
}
