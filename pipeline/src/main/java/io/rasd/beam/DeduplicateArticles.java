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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Inputs with identical cleaned content give one article (the first by source file and index, so the choice does
 * not depend on input order) and a {@code duplicate} reject for each other copy, naming the one kept.
 *
 * <p>Only the small (article id → first copy) index is built globally ({@link IndexGlobally}) and comes back as a
 * side input; the articles themselves are never grouped.
 *
 * <p>An incremental run also hands in the copies of the base run's articles it keeps ({@code prior}: article id and
 * origin, not read again): they take part in the choice exactly as in a full run, get their {@code duplicate} rejects
 * from here, and a prior copy that a new copy now precedes is {@link #DISPLACED} (its base rows must go).
 */
public class DeduplicateArticles extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<Article> UNIQUE = new TupleTag<>() {};
  public static final TupleTag<Reject> DUPLICATES = new TupleTag<>() {};
  /** Every copy (article id, origin), kept or not: an incremental run's dedup state for the next one. */
  public static final TupleTag<KV<String, Origin>> COPIES = new TupleTag<>() {};
  /** Article ids of prior copies whose article is now kept from a new copy. */
  public static final TupleTag<String> DISPLACED = new TupleTag<>() {};

  /** Counter of prior copies displaced (an incremental run that copies the base's articles table must see none). */
  public static final String DISPLACED_COUNTER = "incremental_displaced";

  public static final Coder<KV<String, Origin>> COPY_CODER =
      KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(Origin.class));

  private final PCollection<KV<String, Origin>> prior;
  private final SerializableFunction<String, Boolean> readNow;

  /** A full run: every copy is read in this run. */
  public DeduplicateArticles() {
    this(null, null);
  }

  /**
   * @param prior copies kept from a base run (same pipeline), or null
   * @param readNow whether a source file (an article's {@code sourceFile}) is one this run reads
   */
  public DeduplicateArticles(PCollection<KV<String, Origin>> prior, SerializableFunction<String, Boolean> readNow) {
    this.prior = prior;
    this.readNow = readNow;
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollection<KV<String, Origin>> fresh =
        articles
            .apply("Copies", MapElements.into(new TypeDescriptor<KV<String, Origin>>() {}).via((Article a) -> KV.of(a.articleId(), Origin.of(a))))
            .setCoder(COPY_CODER);
    PCollection<KV<String, Origin>> copies =
        prior == null
            ? fresh
            : PCollectionList.of(fresh).and(prior).apply("AllCopies", Flatten.pCollections()).setCoder(COPY_CODER);
    IndexView<FirstCopies> firsts =
        IndexGlobally.of(
                new IndexCoders.FirstCopiesCoder(),
                none -> new FirstCopies(),
                (KV<String, Origin> c, Function<String, FirstCopies> part) ->
                    part.apply(c.getKey()).offer(c.getKey(), c.getValue()))
            .applyTo("FirstCopies", copies);
    PCollectionTuple out =
        articles.apply(
            "KeepFirst",
            ParDo.of(new KeepFirstFn(firsts)).withSideInputs(firsts.view()).withOutputTags(UNIQUE, TupleTagList.of(DUPLICATES)));
    out.get(UNIQUE).setCoder(SerializableCoder.of(Article.class));
    out.get(DUPLICATES).setCoder(SerializableCoder.of(Reject.class));
    PCollectionTuple result = PCollectionTuple.of(UNIQUE, out.get(UNIQUE)).and(COPIES, copies);
    if (prior == null) {
      return result
          .and(DUPLICATES, out.get(DUPLICATES))
          .and(DISPLACED, articles.getPipeline().apply("NoneDisplaced", Create.empty(StringUtf8Coder.of())));
    }
    PCollectionTuple priorOut =
        prior.apply(
            "PriorCopies",
            ParDo.of(new PriorCopyFn(firsts, readNow)).withSideInputs(firsts.view()).withOutputTags(DISPLACED, TupleTagList.of(DUPLICATES)));
    priorOut.get(DISPLACED).setCoder(StringUtf8Coder.of());
    priorOut.get(DUPLICATES).setCoder(SerializableCoder.of(Reject.class));
    PCollection<Reject> duplicates =
        PCollectionList.of(out.get(DUPLICATES))
            .and(priorOut.get(DUPLICATES))
            .apply("AllDuplicates", Flatten.pCollections())
            .setCoder(SerializableCoder.of(Reject.class));
    return result.and(DUPLICATES, duplicates).and(DISPLACED, priorOut.get(DISPLACED));
  }

  static Reject duplicate(String location, Origin kept, String articleId) {
    String keptAt = RawArticle.location(kept.sourceFile(), kept.sourceIndex());
    return new Reject(location, Reject.DUPLICATE, "same cleaned content as " + keptAt + " (article_id " + articleId + ")");
  }

  static String location(Article a) {
    return RawArticle.location(a.sourceFile(), a.sourceIndex());
  }

  /** Where an article came from, ordered: the copy that sorts first is the one kept. */
  public record Origin(String sourceFile, int sourceIndex) implements Serializable, Comparable<Origin> {
    private static final Comparator<Origin> ORDER =
        Comparator.comparing(Origin::sourceFile).thenComparingInt(Origin::sourceIndex);

    public static Origin of(Article a) {
      return new Origin(a.sourceFile(), a.sourceIndex());
    }

    @Override
    public int compareTo(Origin o) {
      return ORDER.compare(this, o);
    }
  }

  /**
   * Article id → the first copy seen: a partial (one bundle) or the corpus-wide index. The completed index keeps
   * only the ids seen more than once: an article absent from it is unique, so the side input every worker holds is
   * as small as the duplicates (it held every article's id and origin, twice, to the run's end).
   */
  static final class FirstCopies implements Mergeable<FirstCopies> {
    final Map<String, Origin> byId = new HashMap<>();
    /** Ids offered with more than one origin. */
    final Set<String> repeated = new HashSet<>();

    void offer(String articleId, Origin origin) {
      Origin before = byId.putIfAbsent(articleId, origin);
      if (before != null && !before.equals(origin)) {
        repeated.add(articleId);
        if (origin.compareTo(before) < 0) {
          byId.put(articleId, origin);
        }
      }
    }

    @Override
    public FirstCopies mergeFrom(FirstCopies other) {
      other.byId.forEach(this::offer);
      repeated.addAll(other.repeated);
      return this;
    }

    @Override
    public FirstCopies completed() {
      byId.keySet().retainAll(repeated);
      return this;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof FirstCopies f && byId.equals(f.byId) && repeated.equals(f.repeated);
    }

    @Override
    public int hashCode() {
      return byId.hashCode();
    }
  }

  static class KeepFirstFn extends DoFn<Article, Article> {
    private final IndexView<FirstCopies> firsts;
    private final Counter duplicates = RasdMetrics.counter(RasdMetrics.DUPLICATES);
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
        duplicates.inc();
        c.output(DUPLICATES, duplicate(location(a), kept, a.articleId()));
      }
    }
  }

  /**
   * A prior copy is never output as an article (its rows come from the base run): it is a duplicate when another
   * copy precedes it, and displaced when that copy is one this run read (the copy the base kept is the first of the
   * prior copies of its id, so a first copy read now is the only way its article changes hands).
   */
  static class PriorCopyFn extends DoFn<KV<String, Origin>, String> {
    private final IndexView<FirstCopies> firsts;
    private final SerializableFunction<String, Boolean> readNow;
    private final Counter displaced = RasdMetrics.counter(DISPLACED_COUNTER);
    private transient IndexView.Parts<FirstCopies> parts;

    PriorCopyFn(IndexView<FirstCopies> firsts, SerializableFunction<String, Boolean> readNow) {
      this.firsts = firsts;
      this.readNow = readNow;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (parts == null) {
        parts = firsts.parts(c);
      }
      String id = c.element().getKey();
      Origin mine = c.element().getValue();
      FirstCopies part = parts.holding(id);
      Origin kept = part == null ? null : part.byId.get(id);
      // the index holds only ids with more than one copy: none means this prior copy is the only one
      if (kept != null && !kept.equals(mine)) {
        c.output(DUPLICATES, duplicate(RawArticle.location(mine.sourceFile(), mine.sourceIndex()), kept, id));
        if (readNow.apply(kept.sourceFile())) {
          displaced.inc();
          c.output(id);
        }
      }
    }
  }
}
