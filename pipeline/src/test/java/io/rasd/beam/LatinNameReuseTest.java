package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.model.Mention;
import io.rasd.testing.TestPipelines;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;

/**
 * An incremental run hands LinkEntities the base's transliterations: an entity outside the gazetteer takes its
 * Latin name from them instead of transliterating again, and every Latin name the run used goes to its state.
 */
class LatinNameReuseTest {
  private static final Map<String, Map<String, String>> SEEN = new ConcurrentHashMap<>();

  private static final List<ArticleMentions> MENTIONS =
      List.of(
          new ArticleMentions("a1", List.of(new Mention("PERSON", "سعيد الزهراني", 0, 13, null, "سعيد الزهراني", null)),
              LocalDate.of(2015, 8, 1)),
          new ArticleMentions("a2", List.of(new Mention("ORGANIZATION", "جمعية الوفاق", 0, 12, null, "جمعية الوفاق", null)),
              LocalDate.of(2015, 8, 2)));

  /** Runs linking over MENTIONS with the given known names; returns entity canonical name → Latin name. */
  private static Map<String, String> link(String key, Map<String, String> known, String latinKey) {
    TestPipeline p = TestPipelines.create();
    PCollection<ArticleMentions> in =
        p.apply(Create.of(MENTIONS).withCoder(SerializableCoder.of(ArticleMentions.class)));
    PCollection<KV<String, String>> knownNames =
        p.apply("Known", Create.of(known).withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    PCollectionTuple linked = in.apply(new LinkEntities(null, known.isEmpty() ? null : knownNames));
    linked.get(LinkEntities.ENTITY_ROWS).apply("CollectEntities", ParDo.of(new Collect<GenericRecord>(key) {
      @Override
      KV<String, String> pair(GenericRecord r) {
        return KV.of(r.get("canonical_name").toString(), String.valueOf(r.get("latin_name")));
      }
    }));
    linked.get(LinkEntities.LATIN_NAMES).apply("CollectLatin", ParDo.of(new Collect<KV<String, String>>(latinKey) {
      @Override
      KV<String, String> pair(KV<String, String> kv) {
        return kv;
      }
    }));
    p.run().waitUntilFinish();
    return SEEN.get(key);
  }

  abstract static class Collect<T> extends DoFn<T, Void> {
    private final String key;

    Collect(String key) {
      this.key = key;
    }

    abstract KV<String, String> pair(T t);

    @ProcessElement
    public void process(@Element T t) {
      KV<String, String> kv = pair(t);
      SEEN.computeIfAbsent(key, k -> new ConcurrentHashMap<>()).put(kv.getKey(), kv.getValue());
    }
  }

  @Test
  void knownTransliterationsAreTakenAndEveryUsedOneIsPassedOn() {
    Map<String, String> first = link("first", Map.of(), "firstLatin");
    assertThat(first).hasSize(2).doesNotContainValue("null");
    assertThat(SEEN.get("firstLatin")).isEqualTo(first); // neither is a gazetteer name: both were transliterated

    // a base that spelled one name its own way: that spelling is used (so it was not transliterated again)
    String name = first.keySet().iterator().next();
    Map<String, String> second = link("second", Map.of(name, "Known From Base"), "secondLatin");
    assertThat(second.get(name)).isEqualTo("Known From Base");
    first.forEach((n, latin) -> {
      if (!n.equals(name)) {
        assertThat(second.get(n)).isEqualTo(latin);
      }
    });
    assertThat(SEEN.get("secondLatin")).isEqualTo(second);
  }
}
