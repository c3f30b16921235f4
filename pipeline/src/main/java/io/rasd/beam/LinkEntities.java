package io.rasd.beam;

import io.rasd.core.entities.EntityLinker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Links mentions across articles: mentions are aggregated per (type, linkKey), the much smaller set of name groups
 * is clustered once by {@link EntityLinker} (spelling variants, gazetteer aliases), and every mention row gets its
 * entity id back through a side input. Outputs the {@code mentions} and {@code entities} table rows.
 */
public class LinkEntities extends PTransform<PCollection<ArticleMention>, PCollectionTuple> {
  public static final TupleTag<GenericRecord> MENTION_ROWS = new TupleTag<>() {};
  public static final TupleTag<GenericRecord> ENTITY_ROWS = new TupleTag<>() {};
  static final TupleTag<KV<String, String>> IDS = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<ArticleMention> mentions) {
    PCollection<NameStats> groups =
        mentions
            .apply(
                "KeyByName",
                WithKeys.of((ArticleMention am) -> EntityLinker.groupKey(am.mention().type(), am.mention().linkKey()))
                    .withKeyType(TypeDescriptors.strings()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(ArticleMention.class)))
            .apply("AggregateNames", Combine.perKey(new NameStatsFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(NameStats.class)))
            .apply("Groups", Values.create());
    PCollectionView<Iterable<NameStats>> allGroups = groups.apply("AllGroups", View.asIterable());

    PCollectionTuple linked =
        mentions
            .getPipeline()
            .apply("Once", Create.of(0))
            .apply(
                "Link",
                ParDo.of(new LinkFn(allGroups))
                    .withSideInputs(allGroups)
                    .withOutputTags(ENTITY_ROWS, TupleTagList.of(IDS)));
    linked.get(ENTITY_ROWS).setCoder(AvroCoder.of(TableSchemas.of(TableSchemas.ENTITIES)));
    linked.get(IDS).setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    PCollectionView<Map<String, String>> ids = linked.get(IDS).apply("IdsByName", View.asMap());

    PCollection<GenericRecord> mentionRows =
        mentions
            .apply("MentionRows", ParDo.of(new MentionRowFn(ids)).withSideInputs(ids))
            .setCoder(AvroCoder.of(TableSchemas.of(TableSchemas.MENTIONS)));
    return PCollectionTuple.of(MENTION_ROWS, mentionRows).and(ENTITY_ROWS, linked.get(ENTITY_ROWS));
  }

  static class NameStatsFn extends Combine.CombineFn<ArticleMention, NameStats, NameStats> {
    @Override
    public NameStats createAccumulator() {
      return new NameStats();
    }

    @Override
    public NameStats addInput(NameStats acc, ArticleMention am) {
      acc.add(am);
      return acc;
    }

    @Override
    public NameStats mergeAccumulators(Iterable<NameStats> accs) {
      NameStats merged = new NameStats();
      for (NameStats a : accs) {
        merged.merge(a);
      }
      return merged;
    }

    @Override
    public NameStats extractOutput(NameStats acc) {
      return acc;
    }
  }

  static class LinkFn extends DoFn<Integer, GenericRecord> {
    private final PCollectionView<Iterable<NameStats>> groups;
    private final Counter entities = RasdMetrics.counter(RasdMetrics.ENTITIES);

    LinkFn(PCollectionView<Iterable<NameStats>> groups) {
      this.groups = groups;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      List<EntityLinker.NameGroup> all = new ArrayList<>();
      for (NameStats s : c.sideInput(groups)) {
        all.add(s.toNameGroup());
      }
      EntityLinker.Linking linking = EntityLinker.fromResources().link(all);
      for (EntityLinker.EntityRow e : linking.entities()) {
        entities.inc();
        c.output(TableRows.entity(e));
      }
      linking.entityIdByGroupKey().forEach((k, v) -> c.output(IDS, KV.of(k, v)));
    }
  }

  static class MentionRowFn extends DoFn<ArticleMention, GenericRecord> {
    private final PCollectionView<Map<String, String>> ids;
    private final Counter count = RasdMetrics.counter(RasdMetrics.MENTIONS);

    MentionRowFn(PCollectionView<Map<String, String>> ids) {
      this.ids = ids;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      ArticleMention am = c.element();
      String entityId = c.sideInput(ids).get(EntityLinker.groupKey(am.mention().type(), am.mention().linkKey()));
      count.inc();
      c.output(TableRows.mention(am.articleId(), am.mention(), entityId));
    }
  }
}
