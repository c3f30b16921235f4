package io.rasd.beam;

import io.rasd.beam.shuffle.IndexGlobally;
import io.rasd.beam.shuffle.IndexView;
import io.rasd.beam.shuffle.Mergeable;
import io.rasd.core.model.Article;
import io.rasd.core.model.RawArticle;
import io.rasd.core.model.Reject;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Inputs with identical cleaned content give one article (the first by source file and index, so the choice does
 * not depend on input order) and a {@code duplicate} reject for each other copy, naming the one kept.
 *
 * <p>Only the small (article id → first copy) index is built globally ({@link IndexGlobally}) and comes back as a
 * side input; the articles themselves are never grouped.
 */
public class DeduplicateArticles extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<Article> UNIQUE = new TupleTag<>() {};
  public static final TupleTag<Reject> DUPLICATES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    IndexView<FirstCopies> firsts =
        IndexGlobally.of(
                new IndexCoders.FirstCopiesCoder(),
                none -> new FirstCopies(),
                (Article a, Function<String, FirstCopies> part) ->
                    part.apply(a.articleId()).offer(a.articleId(), Origin.of(a)))
            .applyTo("FirstCopies", articles);
    PCollectionTuple out =
        articles.apply(
            "KeepFirst",
            ParDo.of(new KeepFirstFn(firsts)).withSideInputs(firsts.view()).withOutputTags(UNIQUE, TupleTagList.of(DUPLICATES)));
    out.get(UNIQUE).setCoder(SerializableCoder.of(Article.class));
    out.get(DUPLICATES).setCoder(SerializableCoder.of(Reject.class));
    return out;
  }

  static String location(Article a) {
    return RawArticle.location(a.sourceFile(), a.sourceIndex());
  }

  /** Where an article came from, ordered: the copy that sorts first is the one kept. */
  record Origin(String sourceFile, int sourceIndex) implements Serializable, Comparable<Origin> {
    private static final Comparator<Origin> ORDER =
        Comparator.comparing(Origin::sourceFile).thenComparingInt(Origin::sourceIndex);

    static Origin of(Article a) {
      return new Origin(a.sourceFile(), a.sourceIndex());
    }

    @Override
    public int compareTo(Origin o) {
      return ORDER.compare(this, o);
    }
  }

  /** Article id → the first copy seen: a partial (one bundle) or the corpus-wide index. */
  static final class FirstCopies implements Mergeable<FirstCopies> {
    final Map<String, Origin> byId = new HashMap<>();

    void offer(String articleId, Origin origin) {
      byId.merge(articleId, origin, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }

    @Override
    public FirstCopies mergeFrom(FirstCopies other) {
      other.byId.forEach(this::offer);
      return this;
    }


    @Override
    public boolean equals(Object o) {
      return o instanceof FirstCopies f && byId.equals(f.byId);
    }

    @Override
    public int hashCode() {
      return byId.hashCode();
    }
  }

  static class KeepFirstFn extends DoFn<Article, Article> {
    private final IndexView<FirstCopies> firsts;
    /** Read once per instance (see {@link IndexView#parts}). */
    private transient IndexView.Parts<FirstCopies> parts;

    KeepFirstFn(IndexView<FirstCopies> firsts) {
      this.firsts = firsts;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      Article a = c.element();
      if (parts == null) {
        parts = firsts.parts(c);
      }
      FirstCopies part = parts.holding(a.articleId());
      Origin kept = part == null ? null : part.byId.get(a.articleId());
      if (kept == null || kept.equals(Origin.of(a))) {
        c.output(a);
      } else {
        String keptAt = RawArticle.location(kept.sourceFile(), kept.sourceIndex());
        c.output(
            DUPLICATES,
            new Reject(
                location(a), Reject.DUPLICATE, "same cleaned content as " + keptAt + " (article_id " + a.articleId() + ")"));
      }
    }
  }
}
