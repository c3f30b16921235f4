package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.beam.shuffle.CoderBytes;
import io.rasd.beam.shuffle.IndexGlobally;
import io.rasd.core.model.Mention;
import io.rasd.testing.TestPipelines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Impulse;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.joda.time.Instant;
import org.junit.jupiter.api.Test;

/** Partials are emitted every bound of folded keys, whatever the bundle size, and merge to the one-shot index. */
class IndexGloballyTest {
  private static final IndexCoders.NameIndexCoder CODER = new IndexCoders.NameIndexCoder();
  private static final IndexGlobally.Folder<ArticleMentions, NameIndex> FOLDER = LinkEntities::fold;

  /** 600 articles of 1 to 3 mentions over 40 names, with varying surfaces; a name's gazetteer id is fixed. */
  private static List<ArticleMentions> articles() {
    List<ArticleMentions> all = new ArrayList<>();
    for (int a = 0; a < 600; a++) {
      List<Mention> ms = new ArrayList<>();
      for (int j = 0; j <= a % 3; j++) {
        int name = (a * 7 + j * 13) % 40;
        String type = name % 2 == 0 ? "PERSON" : "LOCATION";
        String surface = "اسم" + name + (a % 5 == 0 ? " الكبير" : "");
        ms.add(new Mention(type, surface, 0, surface.length(), null, "اسم" + name, name % 4 == 0 ? "g" + name : null));
      }
      all.add(new ArticleMentions("a" + a, ms));
    }
    return all;
  }

  private static int keys(List<ArticleMentions> articles) {
    return articles.stream().mapToInt(am -> am.mentions().size()).sum();
  }

  /** The index folded in one go, part by part. */
  private static Map<Integer, NameIndex> oneShot(List<ArticleMentions> articles) {
    Map<Integer, NameIndex> parts = new HashMap<>();
    for (ArticleMentions am : articles) {
      FOLDER.fold(am, key -> parts.computeIfAbsent(IndexGlobally.bucket(key), b -> new NameIndex()));
    }
    return parts;
  }

  @Test
  void oneBundleEmitsBoundedPartialsThatMergeToTheOneShotIndex() {
    int bound = 50;
    IndexGlobally.PartialFn<ArticleMentions, NameIndex> fn =
        new IndexGlobally.PartialFn<>(none -> new NameIndex(), FOLDER, CODER, bound);
    List<KV<Integer, byte[]>> emitted = new ArrayList<>();
    DoFn.OutputReceiver<KV<Integer, byte[]>> out =
        new DoFn.OutputReceiver<>() {
          @Override
          public void output(KV<Integer, byte[]> kv) {
            emitted.add(kv);
          }

          @Override
          public void outputWithTimestamp(KV<Integer, byte[]> kv, Instant timestamp) {
            emitted.add(kv);
          }
        };
    List<ArticleMentions> articles = articles();
    fn.start(); // one bundle of every article, as Flink's batch runner makes it
    for (ArticleMentions am : articles) {
      fn.process(am, out);
    }
    fn.finish(
        fn.new FinishBundleContext() {
          @Override
          public PipelineOptions getPipelineOptions() {
            return PipelineOptionsFactory.create();
          }

          @Override
          public void output(KV<Integer, byte[]> kv, Instant timestamp, BoundedWindow window) {
            emitted.add(kv);
          }

          @Override
          public <T> void output(TupleTag<T> tag, T output, Instant timestamp, BoundedWindow window) {
            throw new AssertionError("no side outputs");
          }
        });

    Map<Integer, NameIndex> merged = new HashMap<>();
    for (KV<Integer, byte[]> kv : emitted) {
      NameIndex partial = CoderBytes.decode(CODER, kv.getValue());
      long keysInPartial = partial.groups.values().stream().mapToLong(s -> s.mentionCount).sum();
      assertThat(keysInPartial).isLessThan(bound + 3); // the bound plus the rest of one element's keys
      merged.merge(kv.getKey(), partial, NameIndex::mergeFrom);
    }
    // without the bound a bundle emits one partial per part: at most 16
    assertThat(emitted.size()).isGreaterThanOrEqualTo(keys(articles) / (bound + 2));
    assertThat(merged).isEqualTo(oneShot(articles));
  }

  @Test
  void theIndexInAPipelineIsTheOneShotIndexWhateverTheBound() {
    List<ArticleMentions> articles = articles();
    Map<Integer, NameIndex> expected = oneShot(articles);
    TestPipeline p = TestPipelines.create();
    PCollection<ArticleMentions> input =
        p.apply(Create.of(articles).withCoder(SerializableCoder.of(ArticleMentions.class)));
    int[] bounds = {1, 7, IndexGlobally.KEYS_PER_PARTIAL};
    for (int bound : bounds) {
      PCollectionView<Map<Integer, byte[]>> view =
          input.apply(
              "Index" + bound,
              IndexGlobally.of(CODER, none -> new NameIndex(), FOLDER).withKeysPerPartial(bound));
      PCollection<KV<Integer, NameIndex>> parts =
          p.apply("Once" + bound, Impulse.create())
              .apply("Read" + bound, ParDo.of(new ReadPartsFn(view)).withSideInputs(view))
              .setCoder(KvCoder.of(VarIntCoder.of(), CODER));
      List<KV<Integer, NameIndex>> want = new ArrayList<>();
      expected.forEach((b, part) -> want.add(KV.of(b, part)));
      PAssert.that("bound " + bound, parts).containsInAnyOrder(want);
    }
    p.run().waitUntilFinish();
  }

  /** Every part of the side input, decoded. */
  static class ReadPartsFn extends DoFn<byte[], KV<Integer, NameIndex>> {
    private final PCollectionView<Map<Integer, byte[]>> view;

    ReadPartsFn(PCollectionView<Map<Integer, byte[]>> view) {
      this.view = view;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      c.sideInput(view).forEach((b, bytes) -> c.output(KV.of(b, CoderBytes.decode(CODER, bytes))));
    }
  }
}
