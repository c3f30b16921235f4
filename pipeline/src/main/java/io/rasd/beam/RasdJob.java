package io.rasd.beam;

import io.rasd.beam.DeduplicateArticles.Origin;
import io.rasd.beam.incremental.BaseRows;
import io.rasd.beam.incremental.IncrementalPlan;
import io.rasd.beam.incremental.WriteState;
import io.rasd.core.model.Article;
import io.rasd.core.model.ArticleClaim;
import io.rasd.core.model.Reject;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * The whole job: Read → Decode → Clean → Deduplicate → Extract → Link/Group → Write, one composite per step; and the
 * state an {@code --incremental} run builds on ({@link WriteState}). An incremental run reads only its plan's files
 * and joins the base's rows in before the corpus-wide steps ({@link BaseRows}).
 */
public class RasdJob extends PTransform<PBegin, PDone> {
  private final String input;
  private final String outputDir;
  private final int numShards;
  private final int workBuckets;
  private final Map<String, String> fileMetadata;
  private final BaseRows base;
  private boolean claimsOther;

  public RasdJob(String input, String outputDir, int numShards, int workBuckets) {
    this(input, outputDir, numShards, workBuckets, Map.of());
  }

  /** {@code fileMetadata}: key-value pairs written into every Parquet file (version, model hash, run id). */
  public RasdJob(String input, String outputDir, int numShards, int workBuckets, Map<String, String> fileMetadata) {
    this(input, outputDir, numShards, workBuckets, fileMetadata, null);
  }

  /**
   * {@code base}: an incremental run's base (only the plan's new, changed and reread files are read; the rest comes
   * from the base run's tables and state), or null for a full run.
   */
  public RasdJob(
      String input, String outputDir, int numShards, int workBuckets, Map<String, String> fileMetadata, BaseRows base) {
    this.input = input;
    this.outputDir = outputDir;
    this.numShards = numShards;
    this.workBuckets = workBuckets > 0 ? workBuckets : 2 * Runtime.getRuntime().availableProcessors();
    this.fileMetadata = Map.copyOf(fileMetadata);
    this.base = base;
  }

  /** Claims of metric {@code other} too ({@code --claimsOther}). */
  public RasdJob withClaimsOther(boolean on) {
    this.claimsOther = on;
    return this;
  }

  @Override
  public PDone expand(PBegin begin) {
    IncrementalPlan plan = base == null ? null : base.plan();
    PCollectionTuple read =
        begin.apply("Read", new ReadArticles(input, workBuckets, plan == null ? null : plan.freshFiles()));
    PCollectionTuple decoded = read.get(ReadArticles.ARTICLES).apply("Decode", new DecodeArticles());
    PCollectionTuple cleaned = decoded.get(DecodeArticles.DECODED).apply("Clean", new CleanArticles());
    PCollectionTuple unique =
        cleaned
            .get(CleanArticles.ARTICLES)
            .apply(
                "Deduplicate",
                base == null
                    ? new DeduplicateArticles()
                    : new DeduplicateArticles(base.priorCopies(begin), base.readNow()));
    PCollection<Article> articles = unique.get(DeduplicateArticles.UNIQUE);
    PCollectionTuple extracted = articles.apply("Extract", new ExtractFromArticles(claimsOther));
    PCollection<ArticleMentions> mentions = extracted.get(ExtractFromArticles.MENTIONS);
    PCollection<ArticleClaim> claims = extracted.get(ExtractFromArticles.CLAIMS);
    PCollection<GenericRecord> articleRows = rows(articles, TableSchemas.ARTICLES, TableRows::article);
    PCollectionList<Reject> rejectParts =
        PCollectionList.of(read.get(ReadArticles.REJECTS))
            .and(decoded.get(DecodeArticles.REJECTS))
            .and(cleaned.get(CleanArticles.REJECTS))
            .and(unique.get(DeduplicateArticles.DUPLICATES))
            .and(extracted.get(ExtractFromArticles.FAILURES));
    if (base != null) {
      // The base's articles join the corpus-wide steps as the extraction gave them: linking and grouping run over all.
      PCollectionView<List<String>> displaced =
          unique.get(DeduplicateArticles.DISPLACED).apply("DisplacedIds", View.asList());
      if (!plan.copyBaseState()) {
        mentions =
            union("AllMentions", mentions, base.mentions(begin, displaced), SerializableCoder.of(ArticleMentions.class));
      }
      claims = union("AllClaims", claims, base.claims(begin, displaced), SerializableCoder.of(ArticleClaim.class));
      if (!plan.copyBaseArticles()) {
        articleRows =
            union("AllArticles", articleRows, base.articles(begin, displaced),
                AvroCoder.of(TableSchemas.of(TableSchemas.ARTICLES)));
      }
      rejectParts = rejectParts.and(base.rejects(begin, displaced));
    }
    LinkEntities link = new LinkEntities(claims, base == null ? null : base.latinNames(begin));
    if (plan != null && plan.copyBaseState()) {
      // The daily case: the base's mentions go from its state files straight into the name index and the rows.
      link = link.withBaseMentions(base.mentionFiles(fileMetadata.get(WriteTables.RUN_ID_KEY)));
    }
    PCollectionTuple linked = mentions.apply("LinkEntities", link);
    PCollection<GenericRecord> claimGroups = claims.apply("GroupClaims", new GroupClaims());
    PCollection<Reject> rejects =
        rejectParts.apply("AllRejects", Flatten.pCollections()).setCoder(SerializableCoder.of(Reject.class));

    PCollectionTuple tables =
        PCollectionTuple.of(WriteTables.tag(TableSchemas.ARTICLES), articleRows)
            .and(WriteTables.tag(TableSchemas.MENTIONS), linked.get(LinkEntities.MENTION_ROWS))
            .and(WriteTables.tag(TableSchemas.ENTITIES), linked.get(LinkEntities.ENTITY_ROWS))
            .and(WriteTables.tag(TableSchemas.CLAIMS), linked.get(LinkEntities.CLAIM_ROWS))
            .and(WriteTables.tag(TableSchemas.CLAIM_GROUPS), claimGroups)
            .and(
                WriteTables.tag(TableSchemas.REJECTS),
                rejects
                    .apply("rejectsRows", ParDo.of(new RejectRowsFn()))
                    .setCoder(AvroCoder.of(TableSchemas.of(TableSchemas.REJECTS))));
    if (linked.has(LinkEntities.BASE_MENTION_BATCHES)) {
      tables = tables.and(WriteTables.batchTag(TableSchemas.MENTIONS), linked.get(LinkEntities.BASE_MENTION_BATCHES));
    }
    // New articles files sit beside the base's copied ones: a name of their own (the run id is unique).
    Map<String, String> prefixes =
        plan != null && plan.copyBaseArticles()
            ? Map.of(TableSchemas.ARTICLES, TableSchemas.ARTICLES + "-" + fileMetadata.getOrDefault("rasd.run_id", "new"))
            : Map.of();
    tables.apply("Write", new WriteTables(outputDir, numShards, fileMetadata, prefixes));
    PCollection<KV<String, Origin>> stateCopies = unique.get(DeduplicateArticles.COPIES);
    PCollection<ArticleMentions> stateMentions = mentions;
    PCollection<ArticleClaim> stateClaims = claims;
    String stateSuffix = null;
    if (plan != null && plan.copyBaseState()) {
      // The base's state files are copied in after the run: only the articles read now are written.
      SerializableFunction<String, Boolean> readNow = base.readNow();
      stateCopies =
          stateCopies
              .apply("FreshCopies", Filter.by((KV<String, Origin> c) -> readNow.apply(c.getValue().sourceFile())))
              .setCoder(DeduplicateArticles.COPY_CODER);
      stateMentions = extracted.get(ExtractFromArticles.MENTIONS);
      stateClaims = extracted.get(ExtractFromArticles.CLAIMS);
      stateSuffix = fileMetadata.getOrDefault("rasd.run_id", "new");
    }
    begin.apply(
        "WriteState",
        new WriteState(
            outputDir, numShards, fileMetadata, stateSuffix, stateCopies, stateMentions, stateClaims,
            linked.get(LinkEntities.LATIN_NAMES)));
    return PDone.in(begin.getPipeline());
  }

  private static <T> PCollection<T> union(String name, PCollection<T> a, PCollection<T> b, Coder<T> coder) {
    return PCollectionList.of(a).and(b).apply(name, Flatten.pCollections()).setCoder(coder);
  }

  private static <T> PCollection<GenericRecord> rows(
      PCollection<T> items, String table, SerializableFunction<T, GenericRecord> toRow) {
    return items
        .apply(table + "Rows", MapElements.into(TypeDescriptor.of(GenericRecord.class)).via(toRow))
        .setCoder(AvroCoder.of(TableSchemas.of(table)));
  }
}
