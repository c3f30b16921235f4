package io.rasd.beam;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Builds a corpus-wide index (far smaller than its input) as a side input, split into {@link #BUCKETS} parts by a
 * key of each element: each bundle folds its elements into one partial index per part, and a per-part combine
 * merges the partials. The elements themselves are never grouped (on the DirectRunner that copies them once per
 * bundle), and no record grows with the corpus (Flink's sorter rejects records larger than a buffer).
 */
public class IndexGlobally<I, T extends Mergeable<T>>
    extends PTransform<PCollection<I>, PCollectionView<Map<Integer, T>>> {
  /**
   * Parts of the index; look one up with {@link #bucket(String)}. Few on purpose: the DirectRunner keeps timers per
   * key and scans them all in a loop (256 parts cost it 50 s on SaudiNewsNet), while Flink needs each part small.
   */
  public static final int BUCKETS = 16;

  private final Coder<T> coder;
  private final SerializableFunction<Void, T> empty;
  private final Folder<I, T> folder;

  /** Folds one element into the index: {@code partFor.apply(key)} is the part that holds a key. */
  @FunctionalInterface
  public interface Folder<I, T> extends Serializable {
    void fold(I element, Function<String, T> partFor);
  }

  private IndexGlobally(Coder<T> coder, SerializableFunction<Void, T> empty, Folder<I, T> folder) {
    this.coder = coder;
    this.empty = empty;
    this.folder = folder;
  }

  /**
   * @param coder encodes an index (partial or whole)
   * @param empty makes an empty index
   * @param folder folds an element into the parts that hold its keys: entries with one key always meet in one part
   */
  public static <I, T extends Mergeable<T>> IndexGlobally<I, T> of(
      Coder<T> coder, SerializableFunction<Void, T> empty, Folder<I, T> folder) {
    return new IndexGlobally<>(coder, empty, folder);
  }

  /** The part that holds a key. */
  public static int bucket(String key) {
    return Math.floorMod(key.hashCode(), BUCKETS);
  }

  @Override
  public PCollectionView<Map<Integer, T>> expand(PCollection<I> input) {
    return input
        .apply("PartialsPerBundle", ParDo.of(new PartialFn<>(empty, folder)))
        .setCoder(KvCoder.of(VarIntCoder.of(), coder))
        .apply("MergePerPart", Combine.perKey(new MergeFn<>(empty, coder)))
        .setCoder(KvCoder.of(VarIntCoder.of(), coder))
        .apply("AsMap", View.asMap());
  }

  static class PartialFn<I, T extends Mergeable<T>> extends DoFn<I, KV<Integer, T>> {
    private final SerializableFunction<Void, T> empty;
    private final Folder<I, T> folder;
    private transient Map<Integer, T> partials;

    PartialFn(SerializableFunction<Void, T> empty, Folder<I, T> folder) {
      this.empty = empty;
      this.folder = folder;
    }

    @StartBundle
    public void start() {
      partials = new HashMap<>();
    }

    @ProcessElement
    public void process(@Element I element) {
      folder.fold(element, key -> partials.computeIfAbsent(bucket(key), b -> empty.apply(null)));
    }

    @FinishBundle
    public void finish(FinishBundleContext c) {
      partials.forEach(
          (b, partial) -> c.output(KV.of(b, partial), GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
      partials = null;
    }
  }

  static class MergeFn<T extends Mergeable<T>> extends Combine.CombineFn<T, T, T> {
    private final SerializableFunction<Void, T> empty;

    private final Coder<T> coder;

    MergeFn(SerializableFunction<Void, T> empty, Coder<T> coder) {
      this.empty = empty;
      this.coder = coder;
    }

    @Override
    public Coder<T> getAccumulatorCoder(CoderRegistry registry, Coder<T> inputCoder) {
      return coder;
    }

    @Override
    public T createAccumulator() {
      return empty.apply(null);
    }

    @Override
    public T addInput(T acc, T partial) {
      return acc.mergeFrom(partial);
    }

    @Override
    public T mergeAccumulators(Iterable<T> accs) {
      T merged = empty.apply(null);
      for (T a : accs) {
        merged.mergeFrom(a);
      }
      return merged;
    }

    @Override
    public T extractOutput(T acc) {
      return acc;
    }
  }
}
