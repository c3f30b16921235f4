package io.rasd.beam.shuffle;

import io.rasd.core.model.RawArticle;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * Keys each article with the work bucket that has received the fewest content bytes in this bundle, so the buckets
 * carry about equal work (extraction time follows text length). A random key per element, as
 * {@code Redistribute.arbitrarily()} gives, balances counts but left one bucket's extraction running seconds
 * after the others on SaudiNewsNet.
 */
public class SpreadBySizeFn extends DoFn<RawArticle, KV<Integer, RawArticle>> {
  private final int buckets;
  private transient long[] bytes;

  public SpreadBySizeFn(int buckets) {
    this.buckets = buckets;
  }

  @StartBundle
  public void start() {
    bytes = new long[buckets];
  }

  @ProcessElement
  public void process(@Element RawArticle article, OutputReceiver<KV<Integer, RawArticle>> out) {
    int lightest = 0;
    for (int b = 1; b < buckets; b++) {
      if (bytes[b] < bytes[lightest]) {
        lightest = b;
      }
    }
    bytes[lightest] += article.size() + 1L;
    out.output(KV.of(lightest, article));
  }
}
