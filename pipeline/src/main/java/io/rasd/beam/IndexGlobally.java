package io.rasd.beam;

import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableBiConsumer;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Builds one corpus-wide index (far smaller than its input) as a side input: each bundle folds its elements into a
 * partial index, and one global combine merges the partials. The elements themselves are never grouped, which on
 * the DirectRunner would copy them once per bundle.
 */
public class IndexGlobally<I, T extends Mergeable<T>> extends PTransform<PCollection<I>, PCollectionView<T>> {
  private final Class<T> type;
  private final SerializableFunction<Void, T> empty;
  private final SerializableBiConsumer<T, I> add;

  private IndexGlobally(Class<T> type, SerializableFunction<Void, T> empty, SerializableBiConsumer<T, I> add) {
    this.type = type;
    this.empty = empty;
    this.add = add;
  }

  /** @param empty makes an empty index; @param add folds one element into an index */
  public static <I, T extends Mergeable<T>> IndexGlobally<I, T> of(
      Class<T> type, SerializableFunction<Void, T> empty, SerializableBiConsumer<T, I> add) {
    return new IndexGlobally<>(type, empty, add);
  }

  @Override
  public PCollectionView<T> expand(PCollection<I> input) {
    return input
        .apply("PartialPerBundle", ParDo.of(new PartialFn<>(empty, add)))
        .setCoder(SerializableCoder.of(type))
        .apply("Merge", Combine.globally(new MergeFn<>(empty)).asSingletonView());
  }

  static class PartialFn<I, T extends Mergeable<T>> extends DoFn<I, T> {
    private final SerializableFunction<Void, T> empty;
    private final SerializableBiConsumer<T, I> add;
    private transient T partial;

    PartialFn(SerializableFunction<Void, T> empty, SerializableBiConsumer<T, I> add) {
      this.empty = empty;
      this.add = add;
    }

    @StartBundle
    public void start() {
      partial = empty.apply(null);
    }

    @ProcessElement
    public void process(@Element I element) {
      add.accept(partial, element);
    }

    @FinishBundle
    public void finish(FinishBundleContext c) {
      if (!partial.isEmpty()) {
        c.output(partial, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE);
      }
      partial = null;
    }
  }

  static class MergeFn<T extends Mergeable<T>> extends Combine.CombineFn<T, T, T> {
    private final SerializableFunction<Void, T> empty;

    MergeFn(SerializableFunction<Void, T> empty) {
      this.empty = empty;
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
