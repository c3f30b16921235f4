package io.rasd.beam.shuffle;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.model.RawArticle;
import java.util.Random;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.joda.time.Instant;
import org.junit.jupiter.api.Test;

class SpreadBySizeFnTest {
  @Test
  void bucketsGetAboutEqualBytesWhateverTheArticleSizes() {
    SpreadBySizeFn fn = new SpreadBySizeFn(4);
    fn.start();
    long[] bytes = new long[4];
    DoFn.OutputReceiver<KV<Integer, RawArticle>> out =
        new DoFn.OutputReceiver<>() {
          @Override
          public void output(KV<Integer, RawArticle> kv) {
            bytes[kv.getKey()] += kv.getValue().content().length;
          }

          @Override
          public void outputWithTimestamp(KV<Integer, RawArticle> kv, Instant timestamp) {
            output(kv);
          }
        };
    Random random = new Random(7);
    long total = 0;
    for (int i = 0; i < 2_000; i++) {
      // long-tailed sizes, as in news exports: mostly short, a few very long
      int size = (int) Math.min(200_000, 200 + Math.abs(random.nextGaussian()) * 3_000 * (random.nextInt(50) == 0 ? 20 : 1));
      fn.process(RawArticle.plain("f.jsonl", i, new byte[size]), out);
      total += size;
    }
    for (long b : bytes) {
      assertThat((double) b).isCloseTo(total / 4.0, org.assertj.core.data.Percentage.withPercentage(5));
    }
  }
}
