package io.rasd.beam.incremental;

import io.rasd.beam.ArticleMentions;
import io.rasd.beam.RasdMetrics;
import io.rasd.beam.shuffle.IndexGlobally;
import io.rasd.beam.shuffle.Mergeable;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Redistribute;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.Pipeline;

/**
 * The base's mentions in a daily incremental run (the plan copies the base's state: every base article stays, none
 * is displaced): read from the mentions state files straight into what linking needs — the name index's partials and
 * the mentions table's rows — so the base's 500k mentions are never pipeline elements (the DirectRunner's cost per
 * element and step, and the coders between steps, are what a base read as elements costs). One file per element.
 */
public final class BaseMentions implements Serializable {
  private final List<String> files;
  private final int buckets;
  private final String runId;

  /** {@code runId}: the run's id, every mention row's {@code run_id}. */
  public BaseMentions(List<String> files, int buckets, String runId) {
    this.files = List.copyOf(files);
    this.buckets = buckets;
    this.runId = runId;
  }

  public String runId() {
    return runId;
  }

  /** The state files, spread over the workers. */
  public PCollection<String> files(Pipeline p, String name) {
    return p.apply(name + "Files", Create.of(files).withCoder(StringUtf8Coder.of()))
        .apply(name + "Spread",
            Redistribute.<String>arbitrarily().withNumBuckets(Math.max(1, Math.min(buckets, files.size()))));
  }

  /** Every article's mentions in one state file, as the extraction gave them. */
  public static void forEach(String file, Consumer<ArticleMentions> sink) throws IOException {
    ReadParquet.forEach(file, r -> sink.accept(StateTables.mentions(r)));
  }

  /** The name index's partials of the base's mentions, folded per file as {@link IndexGlobally} folds elements. */
  public <T extends Mergeable<T>> PCollection<KV<Integer, byte[]>> partials(
      Pipeline p, Coder<T> coder, SerializableFunction<Void, T> empty, IndexGlobally.Folder<ArticleMentions, T> folder) {
    if (files.isEmpty()) {
      return p.apply("BaseNamePartialsNone", Create.empty(KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of())));
    }
    return files(p, "BaseNames")
        .apply("BaseNamePartials", ParDo.of(new PartialsFn<>(coder, empty, folder)))
        .setCoder(KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of()));
  }

  static final class PartialsFn<T extends Mergeable<T>> extends DoFn<String, KV<Integer, byte[]>> {
    private final Coder<T> coder;
    private final SerializableFunction<Void, T> empty;
    private final IndexGlobally.Folder<ArticleMentions, T> folder;
    private final Counter reused = RasdMetrics.counter(BaseRows.REUSED);

    PartialsFn(Coder<T> coder, SerializableFunction<Void, T> empty, IndexGlobally.Folder<ArticleMentions, T> folder) {
      this.coder = coder;
      this.empty = empty;
      this.folder = folder;
    }

    @ProcessElement
    public void process(@Element String file, OutputReceiver<KV<Integer, byte[]>> out) throws IOException {
      IndexGlobally.Partials<ArticleMentions, T> partials =
          new IndexGlobally.Partials<>(empty, folder, coder, IndexGlobally.KEYS_PER_PARTIAL);
      long[] articles = {0};
      forEach(file, am -> {
        articles[0]++;
        partials.fold(am, out::output);
      });
      partials.flush(out::output);
      reused.inc(articles[0]);
    }
  }
}
