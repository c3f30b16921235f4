package io.rasd.beam.shuffle;

import io.rasd.testing.TestPipelines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;

class IndexViewTest {
  /** Word → occurrences: a partial or the whole index. */
  static final class Counts implements Mergeable<Counts> {
    final Map<String, Long> byWord = new HashMap<>();

    @Override
    public Counts mergeFrom(Counts other) {
      other.byWord.forEach((w, n) -> byWord.merge(w, n, Long::sum));
      return this;
    }
  }

  /** Each word with its corpus-wide count, read from the part that holds it. */
  static final class LookUpFn extends DoFn<String, String> {
    private final IndexView<Counts> index;
    private transient IndexView.Parts<Counts> parts;

    LookUpFn(IndexView<Counts> index) {
      this.index = index;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (parts == null) parts = index.parts(c);
      long total = 0;
      for (Counts part : parts.all()) total += part.byWord.size();
      c.output(c.element() + "=" + parts.holding(c.element()).byWord.get(c.element()) + "/" + total);
    }
  }

  @Test
  void everyKeyIsFoundInItsPartWithTheCountOfTheWholeInput() {
    List<String> words = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int w = 0; w < 40; w++) {
      for (int n = 0; n <= w; n++) words.add("w" + w);
      expected.add("w" + w + "=" + (w + 1) + "/40");
    }
    TestPipeline p = TestPipelines.create();
    PCollection<String> input = p.apply(Create.of(words).withCoder(StringUtf8Coder.of()));
    IndexView<Counts> index =
        IndexGlobally.of(SerializableCoder.of(Counts.class), none -> new Counts(),
                (String w, Function<String, Counts> part) -> part.apply(w).byWord.merge(w, 1L, Long::sum))
            .applyTo("Count", input);
    PCollection<String> found =
        p.apply("Distinct", Create.of(expected.stream().map(e -> e.substring(0, e.indexOf('='))).toList()))
            .apply(ParDo.of(new LookUpFn(index)).withSideInputs(index.view()));
    PAssert.that(found).containsInAnyOrder(expected);
    p.run().waitUntilFinish();
  }
}
