package io.rasd.beam.shuffle;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Builds a corpus-wide index (far smaller than its input) as a side input, split into {@link #BUCKETS} parts by a
 * key of each element: each bundle folds its elements into partial indexes per part, emitted every
 * {@link #KEYS_PER_PARTIAL} folded keys and at the end of the bundle, and the partials of a part are grouped and
 * merged. The elements themselves are never grouped, and no record grows with the corpus: Flink's sorter rejects
 * records larger than a buffer, and on Flink's batch runner a bundle is a task's whole input. Partials and parts travel encoded: the DirectRunner copies grouped
 * values and side inputs with their coder on every bundle, which costs a memcpy for bytes and a full encode and
 * decode for an object; a DoFn decodes each part once ({@link IndexView}). Apply it with {@link #applyTo}, which
 * pairs the side input with the coder of its parts.
 */
public class IndexGlobally<I, T extends Mergeable<T>>
    extends PTransform<PCollection<I>, PCollectionView<Map<Integer, byte[]>>> {
  /**
   * Parts of the index; look one up with {@link #bucket(String)}. Few on purpose: the DirectRunner keeps timers per
   * key and scans them all in a loop (256 parts cost it 50 s on SaudiNewsNet), while Flink needs each part small.
   */
  public static final int BUCKETS = 16;

  /**
   * Keys folded into a bundle's partials (all parts together) before they are emitted: bounds each partial record
   * (a key brings at most a key, a name and an article id: about 100 bytes, so about 1 MB) on every runner.
   */
  public static final int KEYS_PER_PARTIAL = 10_000;

  private final Coder<T> coder;
  private final SerializableFunction<Void, T> empty;
  private final Folder<I, T> folder;
  private final int keysPerPartial;
  /** Partials folded elsewhere (e.g. straight from files), merged in with this transform's own; or null. */
  private final PCollection<KV<Integer, byte[]>> morePartials;

  /** Folds one element into the index: {@code partFor.apply(key)} is the part that holds a key. */
  @FunctionalInterface
  public interface Folder<I, T> extends Serializable {
    void fold(I element, Function<String, T> partFor);
  }

  private IndexGlobally(
      Coder<T> coder, SerializableFunction<Void, T> empty, Folder<I, T> folder, int keysPerPartial,
      PCollection<KV<Integer, byte[]>> morePartials) {
    if (keysPerPartial < 1) {
      throw new IllegalArgumentException("keysPerPartial must be at least 1: " + keysPerPartial);
    }
    this.coder = coder;
    this.empty = empty;
    this.folder = folder;
    this.keysPerPartial = keysPerPartial;
    this.morePartials = morePartials;
  }

  /**
   * @param coder encodes an index (partial or whole)
   * @param empty makes an empty index
   * @param folder folds an element into the parts that hold its keys: entries with one key always meet in one part
   */
  public static <I, T extends Mergeable<T>> IndexGlobally<I, T> of(
      Coder<T> coder, SerializableFunction<Void, T> empty, Folder<I, T> folder) {
    return new IndexGlobally<>(coder, empty, folder, KEYS_PER_PARTIAL, null);
  }

  /** The same index with partials emitted every {@code keys} folded keys (tests use a small bound). */
  public IndexGlobally<I, T> withKeysPerPartial(int keys) {
    return new IndexGlobally<>(coder, empty, folder, keys, morePartials);
  }

  /**
   * The same index over this transform's input and {@code partials}: encoded partials by part, as a {@link Partials}
   * emits them, folded without the elements ever being pipeline elements (e.g. read straight from files).
   */
  public IndexGlobally<I, T> withPartials(PCollection<KV<Integer, byte[]>> partials) {
    return new IndexGlobally<>(coder, empty, folder, keysPerPartial, partials);
  }

  /** The part that holds a key. */
  public static int bucket(String key) {
    return Math.floorMod(key.hashCode(), BUCKETS);
  }

  @Override
  public PCollectionView<Map<Integer, byte[]>> expand(PCollection<I> input) {
    PCollection<KV<Integer, byte[]>> partials =
        input
            .apply("PartialsPerBundle", ParDo.of(new PartialFn<>(empty, folder, coder, keysPerPartial)))
            .setCoder(KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of()));
    if (morePartials != null) {
      partials =
          PCollectionList.of(partials).and(morePartials)
              .apply("AllPartials", Flatten.pCollections())
              .setCoder(KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of()));
    }
    return partials
        .apply("GroupPerPart", GroupByKey.create())
        .apply("MergePerPart", ParDo.of(new MergeFn<>(coder)))
        .setCoder(KvCoder.of(VarIntCoder.of(), ByteArrayCoder.of()))
        .apply("AsMap", View.asMap());
  }

  /** Builds the index from {@code input} under step {@code name}: the side input and the coder of its parts. */
  public IndexView<T> applyTo(String name, PCollection<I> input) {
    return new IndexView<>(input.apply(name, this), coder);
  }

  /**
   * Folds a bundle's elements into one partial per part and emits them encoded once {@code keysPerPartial} keys
   * were folded (after the element that reached the bound, so an element's keys stay together) and at the end of
   * the bundle. A bundle's size is the runner's choice; this bound is not.
   */
  public static class PartialFn<I, T extends Mergeable<T>> extends DoFn<I, KV<Integer, byte[]>> {
    private final SerializableFunction<Void, T> empty;
    private final Folder<I, T> folder;
    private final Coder<T> coder;
    private final int keysPerPartial;
    private transient Partials<I, T> partials;

    public PartialFn(SerializableFunction<Void, T> empty, Folder<I, T> folder, Coder<T> coder, int keysPerPartial) {
      this.empty = empty;
      this.folder = folder;
      this.coder = coder;
      this.keysPerPartial = keysPerPartial;
    }

    @StartBundle
    public void start() {
      partials = new Partials<>(empty, folder, coder, keysPerPartial);
    }

    @ProcessElement
    public void process(@Element I element, OutputReceiver<KV<Integer, byte[]>> out) {
      partials.fold(element, out::output);
    }

    @FinishBundle
    public void finish(FinishBundleContext c) {
      partials.flush(p -> c.output(p, GlobalWindow.INSTANCE.maxTimestamp(), GlobalWindow.INSTANCE));
      partials = null;
    }
  }

  /**
   * Folds elements into one partial per part and hands them on encoded once {@code keysPerPartial} keys were folded
   * (after the element that reached the bound, so an element's keys stay together) and at {@link #flush}. Not
   * thread-safe: one per bundle.
   */
  public static final class Partials<I, T extends Mergeable<T>> {
    private final SerializableFunction<Void, T> empty;
    private final Folder<I, T> folder;
    private final Coder<T> coder;
    private final int keysPerPartial;
    private final Map<Integer, T> partials = new HashMap<>();
    private int keys;

    public Partials(SerializableFunction<Void, T> empty, Folder<I, T> folder, Coder<T> coder, int keysPerPartial) {
      this.empty = empty;
      this.folder = folder;
      this.coder = coder;
      this.keysPerPartial = keysPerPartial;
    }

    public void fold(I element, Consumer<KV<Integer, byte[]>> out) {
      folder.fold(
          element,
          key -> {
            keys++;
            return partials.computeIfAbsent(bucket(key), b -> empty.apply(null));
          });
      if (keys >= keysPerPartial) {
        flush(out);
      }
    }

    /** Hands on what was folded since the last flush. */
    public void flush(Consumer<KV<Integer, byte[]>> out) {
      partials.forEach((b, partial) -> out.accept(KV.of(b, CoderBytes.encode(coder, partial))));
      partials.clear();
      keys = 0;
    }
  }

  /** Merges the partials of one part into the part, encoded again. */
  static class MergeFn<T extends Mergeable<T>> extends DoFn<KV<Integer, Iterable<byte[]>>, KV<Integer, byte[]>> {
    private final Coder<T> coder;

    MergeFn(Coder<T> coder) {
      this.coder = coder;
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<byte[]>> partials, OutputReceiver<KV<Integer, byte[]>> out) {
      T merged = null;
      for (byte[] partial : partials.getValue()) {
        T p = CoderBytes.decode(coder, partial); // a fresh copy: merging into it mutates no pipeline element
        merged = merged == null ? p : merged.mergeFrom(p);
      }
      out.output(KV.of(partials.getKey(), CoderBytes.encode(coder, merged.completed())));
    }
  }
}
