package io.rasd.beam.incremental;

import io.rasd.beam.ArticleMentions;
import io.rasd.beam.DeduplicateArticles;
import io.rasd.beam.DeduplicateArticles.Origin;
import io.rasd.beam.ExtractFromArticles;
import io.rasd.beam.RasdMetrics;
import io.rasd.beam.TableSchemas;
import io.rasd.core.model.ArticleClaim;
import io.rasd.core.model.Reject;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The rows an incremental run keeps from its base: read back from the base run's tables and state, minus what the
 * plan drops (rows of files read again or removed) and the articles a copy read now displaced. Kept copies and input
 * rejects are counted as inputs, so the published run balances like a full one.
 */
public final class BaseRows implements Serializable {
  /** The base run's files this run reads (paths as Beam names them). */
  public record Files(List<String> copies, List<String> mentions, List<String> claims, List<String> articles,
      List<String> rejects, List<String> latinNames) implements Serializable {}

  /** Counter of base articles' mention and claim sets taken over (not extracted again). */
  public static final String REUSED = "incremental_reused_articles";

  private static final Set<String> EXTRACTION =
      Set.of(Reject.EXTRACTION_FAILED, Reject.EXTRACTION_TIMEOUT, Reject.EXTRACTION_TRUNCATED);

  private final IncrementalPlan plan;
  private final Files files;
  private final int buckets;

  public BaseRows(IncrementalPlan plan, Files files, int buckets) {
    this.plan = plan;
    this.files = files;
    this.buckets = buckets;
  }

  public IncrementalPlan plan() {
    return plan;
  }

  /** Whether a source file is one this run reads (for the dedup's displaced check). */
  public SerializableFunction<String, Boolean> readNow() {
    InputOf fresh = new InputOf(plan.freshFiles());
    return fresh::contains;
  }

  /** The copies of the kept files: they take part in this run's dedup. */
  public PCollection<KV<String, Origin>> priorCopies(PBegin begin) {
    InputOf kept = new InputOf(plan.keptFiles());
    return begin
        .apply("ReadCopies", new ReadParquet(files.copies(), StateTables.COPY_SCHEMA, buckets))
        .apply("KeptCopies", ParDo.of(new CountedFilter<GenericRecord, KV<String, Origin>>(RasdMetrics.INPUTS) {
          @Override
          KV<String, Origin> keep(GenericRecord r) {
            IncrementalPlan.Copy c = StateTables.copy(r);
            return kept.contains(c.sourceFile()) ? KV.of(c.articleId(), new Origin(c.sourceFile(), c.sourceIndex())) : null;
          }
        }))
        .setCoder(DeduplicateArticles.COPY_CODER);
  }

  /** The base's transliterated Latin names (none from a base written before they were kept). */
  public PCollection<KV<String, String>> latinNames(PBegin begin) {
    return begin
        .apply("ReadLatinNames", new ReadParquet(files.latinNames(), StateTables.LATIN_NAME_SCHEMA, buckets))
        .apply("LatinNamePairs", MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
            .via(StateTables::latinName))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
  }

  /** The mentions of the base articles kept, as the extraction gave them. */
  public PCollection<ArticleMentions> mentions(PBegin begin, PCollectionView<List<String>> displaced) {
    Set<String> drop = plan.dropIds();
    return begin
        .apply("ReadMentions", new ReadParquet(files.mentions(), StateTables.MENTIONS_SCHEMA, buckets))
        .apply("KeptMentions", ParDo.of(new WithoutDisplaced<ArticleMentions>(displaced, REUSED) {
          @Override
          ArticleMentions keep(GenericRecord r, Set<String> gone) {
            String id = r.get("article_id").toString();
            return drop.contains(id) || gone.contains(id) ? null : StateTables.mentions(r);
          }
        }).withSideInputs(displaced))
        .setCoder(SerializableCoder.of(ArticleMentions.class));
  }

  /**
   * The base's mentions as its state files, for a run whose plan copies the base's state (every base article stays,
   * none displaced: the run fails if one was): linking reads them itself ({@link BaseMentions}).
   */
  public BaseMentions mentionFiles(String runId) {
    return new BaseMentions(files.mentions(), buckets, runId);
  }

  public PCollection<ArticleClaim> claims(PBegin begin, PCollectionView<List<String>> displaced) {
    Set<String> drop = plan.dropIds();
    return begin
        .apply("ReadClaims", new ReadParquet(files.claims(), StateTables.CLAIM_SCHEMA, buckets))
        .apply("KeptClaims", ParDo.of(new WithoutDisplaced<ArticleClaim>(displaced, null) {
          @Override
          ArticleClaim keep(GenericRecord r, Set<String> gone) {
            String id = r.get("article_id").toString();
            return drop.contains(id) || gone.contains(id) ? null : StateTables.claim(r);
          }
        }).withSideInputs(displaced))
        .setCoder(SerializableCoder.of(ArticleClaim.class));
  }

  /** The base's articles rows that stay (when the table is rewritten rather than copied); counted when written. */
  public PCollection<GenericRecord> articles(PBegin begin, PCollectionView<List<String>> displaced) {
    Set<String> drop = plan.dropIds();
    return begin
        .apply("ReadArticles", new ReadParquet(files.articles(), TableSchemas.of(TableSchemas.ARTICLES), buckets))
        .apply("KeptArticles", ParDo.of(new WithoutDisplaced<GenericRecord>(displaced, null) {
          @Override
          GenericRecord keep(GenericRecord r, Set<String> gone) {
            String id = r.get("article_id").toString();
            return drop.contains(id) || gone.contains(id) ? null : r;
          }
        }).withSideInputs(displaced))
        .setCoder(AvroCoder.of(TableSchemas.of(TableSchemas.ARTICLES)));
  }

  /**
   * The base's rejects of kept files, except duplicates (this run's dedup makes them all again) and extraction
   * rejects of displaced articles; rejects of files read now come again from reading them, and the listing's own
   * rejects (links out of the input…) from listing it again.
   */
  public PCollection<Reject> rejects(PBegin begin, PCollectionView<List<String>> displaced) {
    InputOf kept = new InputOf(plan.keptFiles());
    return begin
        .apply("ReadRejects", new ReadParquet(files.rejects(), TableSchemas.of(TableSchemas.REJECTS), buckets))
        .apply("KeptRejects", ParDo.of(new KeptRejectFn(kept, displaced)).withSideInputs(displaced))
        .setCoder(SerializableCoder.of(Reject.class));
  }

  static final class KeptRejectFn extends DoFn<GenericRecord, Reject> {
    private final InputOf kept;
    private final PCollectionView<List<String>> displaced;
    private final Counter inputs = RasdMetrics.counter(RasdMetrics.INPUTS);
    private final Counter failures = RasdMetrics.counter(RasdMetrics.EXTRACTION_FAILURES);

    KeptRejectFn(InputOf kept, PCollectionView<List<String>> displaced) {
      this.kept = kept;
      this.displaced = displaced;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      GenericRecord r = c.element();
      Reject j = new Reject(string(r, "source_file"), string(r, "reason"), string(r, "detail"));
      if (Reject.DUPLICATE.equals(j.reason()) || !kept.contains(j.sourceFile())) {
        return;
      }
      if (EXTRACTION.contains(j.reason())) {
        if (new HashSet<>(c.sideInput(displaced)).contains(ExtractFromArticles.articleOf(j.detail()))) {
          return;
        }
        failures.inc();
      } else {
        inputs.inc();
      }
      c.output(j);
    }

    private static String string(GenericRecord r, String field) {
      Object v = r.get(field);
      return v == null ? null : v.toString();
    }
  }

  /** Keeps what {@link #keep} returns (null drops), counting kept rows per bundle (see BatchRowsFn). */
  abstract static class CountedFilter<I, O> extends DoFn<I, O> {
    private final Counter counter;
    private transient long n;

    CountedFilter(String counter) {
      this.counter = RasdMetrics.counter(counter);
    }

    abstract O keep(I in);

    @StartBundle
    public void start() {
      n = 0;
    }

    @ProcessElement
    public void process(@Element I in, OutputReceiver<O> out) {
      O o = keep(in);
      if (o != null) {
        n++;
        out.output(o);
      }
    }

    @FinishBundle
    public void finish() {
      counter.inc(n);
    }
  }

  /** A filter that also needs the displaced article ids (read once per instance: the view is fixed in this job). */
  abstract static class WithoutDisplaced<O> extends DoFn<GenericRecord, O> {
    private final PCollectionView<List<String>> displaced;
    private final Counter counter;
    private transient Set<String> gone;
    private transient long n;

    WithoutDisplaced(PCollectionView<List<String>> displaced, String counter) {
      this.displaced = displaced;
      this.counter = counter == null ? null : RasdMetrics.counter(counter);
    }

    abstract O keep(GenericRecord row, Set<String> gone);

    @StartBundle
    public void start() {
      n = 0;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (gone == null) {
        gone = new HashSet<>(c.sideInput(displaced));
      }
      O o = keep(c.element(), gone);
      if (o != null) {
        n++;
        c.output(o);
      }
    }

    @FinishBundle
    public void finish() {
      if (counter != null) {
        counter.inc(n);
      }
    }
  }
}
