package io.rasd.beam.shuffle;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * A corpus-wide index built by {@link IndexGlobally}, as a DoFn takes it: the side input of its encoded parts and
 * the coder that decodes them, so the two cannot be paired wrongly. Pass {@link #view()} to {@code withSideInputs}
 * and read the index with {@link #parts}.
 */
public final class IndexView<T> implements Serializable {
  private final PCollectionView<Map<Integer, byte[]>> view;
  private final Coder<T> coder;

  IndexView(PCollectionView<Map<Integer, byte[]>> view, Coder<T> coder) {
    this.view = view;
    this.coder = coder;
  }

  /** The side input to declare on the ParDo that reads this index. */
  public PCollectionView<Map<Integer, byte[]>> view() {
    return view;
  }

  /**
   * The index as seen from a DoFn, each part decoded on first use. Read it once per DoFn instance: the view is fixed
   * in this batch job's global window, and the DirectRunner rebuilds a map view on every {@code sideInput} call.
   */
  public Parts<T> parts(DoFn<?, ?>.ProcessContext c) {
    return new Parts<>(c.sideInput(view), coder);
  }

  /** The decoded parts of an index. Not thread-safe. */
  public static final class Parts<T> {
    private final Map<Integer, byte[]> encoded;
    private final Coder<T> coder;
    private final Map<Integer, T> decoded = new HashMap<>();

    Parts(Map<Integer, byte[]> encoded, Coder<T> coder) {
      this.encoded = encoded;
      this.coder = coder;
    }

    /** The part that holds {@code key}, or null when no element had a key in it. */
    public T holding(String key) {
      return part(IndexGlobally.bucket(key));
    }

    /** Every part there is. */
    public List<T> all() {
      List<T> all = new ArrayList<>();
      for (Integer b : encoded.keySet()) {
        all.add(part(b));
      }
      return all;
    }

    private T part(int b) {
      return decoded.computeIfAbsent(b, k -> encoded.containsKey(k) ? CoderBytes.decode(coder, encoded.get(k)) : null);
    }
  }
}
