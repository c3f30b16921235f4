package io.rasd.beam;

import io.rasd.beam.incremental.BaseMentions;
import io.rasd.beam.shuffle.IndexGlobally;
import io.rasd.beam.shuffle.IndexView;
import io.rasd.core.entities.linking.EntityLinker;
import io.rasd.core.entities.linking.LatinNames;
import io.rasd.core.model.ArticleClaim;
import io.rasd.core.model.Mention;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Links mentions across articles. Mentions are aggregated per (type, linkKey) into one {@link NameIndex} (far
 * smaller than the mentions, built by {@link IndexGlobally}), {@link EntityLinker} clusters
 * its name groups once (spelling variants, gazetteer aliases), and every mention row gets its entity id back
 * through a side input. Outputs the {@code mentions} and {@code entities} table rows.
 */
public class LinkEntities extends PTransform<PCollection<ArticleMentions>, PCollectionTuple> {
  public static final TupleTag<GenericRecord> MENTION_ROWS = new TupleTag<>() {};
  public static final TupleTag<GenericRecord> ENTITY_ROWS = new TupleTag<>() {};
  /** The claims rows, when claims are given: their actor, source and location take the entity ids of the mentions. */
  public static final TupleTag<GenericRecord> CLAIM_ROWS = new TupleTag<>() {};
  /** (canonical name, Latin name) of every entity whose Latin name was transliterated (not the gazetteer's), once. */
  public static final TupleTag<KV<String, String>> LATIN_NAMES = new TupleTag<>() {};
  static final TupleTag<KV<String, String>> IDS = new TupleTag<>() {};
  /** The mentions table's rows of a daily run's base (packed, counted), when LinkEntities is given its base. */
  public static final TupleTag<RowBatch> BASE_MENTION_BATCHES = new TupleTag<>() {};


  /** The mention's name group: its type and {@link EntityLinker#corpusLinkKey} (a lone name's is its article's). */
  static String groupKey(String articleId, Mention m) {
    return groupKey(articleId, m.type(), m.linkKey());
  }

  static String groupKey(String articleId, String type, String linkKey) {
    return EntityLinker.groupKey(type, EntityLinker.corpusLinkKey(articleId, linkKey));
  }

  /** Adds an article's mentions to the name index parts: each under its group key, with when it was seen. */
  static void fold(ArticleMentions am, Function<String, NameIndex> part) {
    String seen = EntityLinker.seenKey(am.publishedDate(), am.articleId());
    for (Mention m : am.mentions()) {
      String key = groupKey(am.articleId(), m);
      part.apply(key).add(key, am.articleId(), seen, EntityLinker.corpusLinkKey(am.articleId(), m.linkKey()), m);
    }
  }

  private final PCollection<ArticleClaim> claims;
  /** Transliterations an earlier run made (canonical name to Latin name), or null: they are not made again. */
  private final PCollection<KV<String, String>> knownLatinNames;
  /** A daily run's base mentions, read from its state files into the index and the rows; or null. */
  private BaseMentions baseMentions;

  public LinkEntities() {
    this(null, null);
  }

  /**
   * {@code claims} (or null): their rows are made here too, from the same ids as the mention rows (one map view,
   * broadcast once), under {@link #CLAIM_ROWS}; {@code knownLatinNames} (or null): an earlier run's transliterations.
   */
  public LinkEntities(PCollection<ArticleClaim> claims, PCollection<KV<String, String>> knownLatinNames) {
    this.claims = claims;
    this.knownLatinNames = knownLatinNames;
  }

  /**
   * Links the input's mentions together with {@code base}'s, which are read from the base's state files straight
   * into the name index and into mentions rows ({@link #BASE_MENTION_BATCHES}), never as pipeline elements.
   */
  public LinkEntities withBaseMentions(BaseMentions base) {
    this.baseMentions = base;
    return this;
  }

  @Override
  public PCollectionTuple expand(PCollection<ArticleMentions> mentions) {
    IndexGlobally<ArticleMentions, NameIndex> indexer =
        IndexGlobally.of(new IndexCoders.NameIndexCoder(), none -> new NameIndex(), LinkEntities::fold);
    if (baseMentions != null) {
      indexer = indexer.withPartials(
          baseMentions.partials(
              mentions.getPipeline(), new IndexCoders.NameIndexCoder(), none -> new NameIndex(), LinkEntities::fold));
    }
    IndexView<NameIndex> index = indexer.applyTo("IndexNames", mentions);

    PCollectionTuple linked =
        mentions
            .getPipeline()
            .apply("Once", org.apache.beam.sdk.transforms.Impulse.create())
            .apply(
                "Link",
                ParDo.of(new LinkFn(index)).withSideInputs(index.view()).withOutputTags(ENTITY_ROWS, TupleTagList.of(IDS)));
    linked.get(ENTITY_ROWS).setCoder(AvroCoder.of(TableSchemas.of(TableSchemas.ENTITIES)));
    PCollection<KV<String, String>> known =
        knownLatinNames != null
            ? knownLatinNames
            : mentions.getPipeline().apply("NoKnownLatinNames", Create.empty(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    // an iterable, not a map view: two entities may share a canonical name (other types), so a name can come twice
    PCollectionView<Iterable<KV<String, String>>> knownView = known.apply("KnownLatinNames", View.asIterable());
    PCollectionTuple named =
        linked
            .get(ENTITY_ROWS)
            .apply(
                "LatinNames",
                ParDo.of(new LatinNameFn(knownView)).withSideInputs(knownView)
                    .withOutputTags(ENTITY_ROWS, TupleTagList.of(LATIN_NAMES)));
    PCollection<GenericRecord> entityRows =
        named.get(ENTITY_ROWS).setCoder(AvroCoder.of(TableSchemas.of(TableSchemas.ENTITIES)));
    // no Distinct: its GroupByKey over ~100k names is one DirectRunner bundle per name (minutes at the end of a run)
    PCollection<KV<String, String>> latinNames =
        named.get(LATIN_NAMES).setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    // A map view of small entries, not one map element: Flink's sorter rejects a record that grows with the corpus.
    PCollectionView<Map<String, String>> ids =
        linked.get(IDS).setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())).apply("IdsByName", View.asMap());

    PCollection<GenericRecord> mentionRows =
        mentions
            .apply("MentionRows", ParDo.of(new MentionRowFn(ids)).withSideInputs(ids))
            .setCoder(AvroCoder.of(TableSchemas.of(TableSchemas.MENTIONS)));
    PCollectionTuple out =
        PCollectionTuple.of(MENTION_ROWS, mentionRows).and(ENTITY_ROWS, entityRows).and(LATIN_NAMES, latinNames);
    if (baseMentions != null) {
      out = out.and(
          BASE_MENTION_BATCHES,
          baseMentions
              .files(mentions.getPipeline(), "BaseMentionRows")
              .apply("BaseMentionRows", ParDo.of(new BaseMentionRowsFn(ids, baseMentions.runId())).withSideInputs(ids))
              .setCoder(RowBatch.Coder.of()));
    }
    if (claims == null) {
      return out;
    }
    PCollection<GenericRecord> claimRows =
        claims
            .apply("ClaimRows", ParDo.of(new ClaimRowFn(ids)).withSideInputs(ids))
            .setCoder(AvroCoder.of(TableSchemas.of(TableSchemas.CLAIMS)));
    return out.and(CLAIM_ROWS, claimRows);
  }

  /** A claims row with the entity ids of its actor's, source's and location's mentions. */
  static class ClaimRowFn extends DoFn<ArticleClaim, GenericRecord> {
    private final PCollectionView<Map<String, String>> ids;
    private transient Map<String, String> byName; // read once per instance, as in MentionRowFn

    ClaimRowFn(PCollectionView<Map<String, String>> ids) {
      this.ids = ids;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (byName == null) {
        byName = c.sideInput(ids);
      }
      c.output(TableRows.claim(c.element(), byName));
    }
  }

  static class LinkFn extends DoFn<byte[], GenericRecord> {
    private final IndexView<NameIndex> index;

    LinkFn(IndexView<NameIndex> index) {
      this.index = index;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      List<EntityLinker.NameGroup> all = new ArrayList<>();
      for (NameIndex part : index.parts(c).all()) {
        for (NameStats s : part.groups.values()) {
          all.add(s.toNameGroup());
        }
      }
      // Ids first, Latin names after (LatinNameFn): the mention rows wait for this step, not for transliteration.
      EntityLinker.Linking linking = EntityLinker.fromResources().cluster(all);
      for (EntityLinker.EntityRow e : linking.entities()) {
        c.output(TableRows.entity(e));
      }
      linking.entityIdByGroupKey().forEach((k, v) -> c.output(IDS, KV.of(k, v)));
    }
  }

  /**
   * Fills in the Latin name of entities outside the gazetteer (ICU transliteration, slow: off the ids' path), taking
   * an earlier run's transliteration of the same name where there is one (a function of the name alone).
   */
  static class LatinNameFn extends DoFn<GenericRecord, GenericRecord> {
    private final PCollectionView<Iterable<KV<String, String>>> known;
    private transient LatinNames latinNames;
    /** Read once per instance, as in MentionRowFn. */
    private transient Map<String, String> byName;

    LatinNameFn(PCollectionView<Iterable<KV<String, String>>> known) {
      this.known = known;
    }

    @Setup
    public void setup() {
      latinNames = new LatinNames();
    }

    @ProcessElement
    public void process(ProcessContext c) {
      GenericRecord row = c.element();
      if (row.get("latin_name") != null) {
        c.output(row);
        return;
      }
      if (byName == null) {
        byName = new java.util.HashMap<>();
        for (KV<String, String> kv : c.sideInput(known)) {
          byName.putIfAbsent(kv.getKey(), kv.getValue()); // a function of the name: duplicates agree
        }
      }
      String canonical = row.get("canonical_name").toString();
      String latin = byName.get(canonical);
      if (latin == null) {
        latin = latinNames.of(canonical);
      }
      GenericRecord named = GenericData.get().deepCopy(row.getSchema(), row); // elements are never mutated
      named.put("latin_name", latin);
      c.output(named);
      c.output(LATIN_NAMES, KV.of(canonical, latin));
    }
  }

  /** The mentions rows of a base's state file (one element), packed into batches as BatchRowsFn packs them. */
  static class BaseMentionRowsFn extends DoFn<String, RowBatch> {
    private final PCollectionView<Map<String, String>> ids;
    private final String runId;
    private final Counter written = RasdMetrics.counter(RasdMetrics.MENTIONS);
    private transient Map<String, String> byName; // read once per instance, as in MentionRowFn
    private transient Schema schema;

    BaseMentionRowsFn(PCollectionView<Map<String, String>> ids, String runId) {
      this.ids = ids;
      this.runId = runId;
    }

    @Setup
    public void setup() {
      schema = TableSchemas.of(TableSchemas.MENTIONS);
    }

    @ProcessElement
    public void process(ProcessContext c) throws IOException {
      if (byName == null) {
        byName = c.sideInput(ids);
      }
      RowBatch.Builder batch = new RowBatch.Builder(schema, BatchRowsFn.MAX_BATCH_BYTES);
      long[] rows = {0};
      BaseMentions.forEach(c.element(), am -> {
        for (Mention m : am.mentions()) {
          GenericRecord row = TableRows.mention(am.articleId(), m, byName.get(groupKey(am.articleId(), m)));
          if (runId != null) {
            row.put(BatchRowsFn.RUN_ID, runId);
          }
          batch.add(row);
          rows[0]++;
          if (batch.isFull()) {
            c.output(batch.take());
          }
        }
      });
      if (!batch.isEmpty()) {
        c.output(batch.take());
      }
      written.inc(rows[0]);
    }
  }

  static class MentionRowFn extends DoFn<ArticleMentions, GenericRecord> {
    private final PCollectionView<Map<String, String>> ids;
    /**
     * The ids, read once per DoFn instance: the DirectRunner rebuilds a map view on every sideInput() call, and in
     * the global window of this batch job the view never changes.
     */
    private transient Map<String, String> byName;

    MentionRowFn(PCollectionView<Map<String, String>> ids) {
      this.ids = ids;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      ArticleMentions am = c.element();
      if (byName == null) {
        byName = c.sideInput(ids);
      }
      for (Mention m : am.mentions()) {
        c.output(TableRows.mention(am.articleId(), m, byName.get(groupKey(am.articleId(), m))));
      }
    }
  }
}
