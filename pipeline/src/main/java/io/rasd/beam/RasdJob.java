package io.rasd.beam;

import io.rasd.core.model.Article;
import io.rasd.core.model.Reject;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptor;

/** The whole job: Read → Decode → Clean → Deduplicate → Extract → Link/Group → Write, one composite per step. */
public class RasdJob extends PTransform<PBegin, PDone> {
  private final String input;
  private final String outputDir;
  private final int numShards;
  private final int workBuckets;
  private final Map<String, String> fileMetadata;

  public RasdJob(String input, String outputDir, int numShards, int workBuckets) {
    this(input, outputDir, numShards, workBuckets, Map.of());
  }

  /** {@code fileMetadata}: key-value pairs written into every Parquet file (version, model hash, run id). */
  public RasdJob(String input, String outputDir, int numShards, int workBuckets, Map<String, String> fileMetadata) {
    this.input = input;
    this.outputDir = outputDir;
    this.numShards = numShards;
    this.workBuckets = workBuckets > 0 ? workBuckets : 2 * Runtime.getRuntime().availableProcessors();
    this.fileMetadata = Map.copyOf(fileMetadata);
  }

  @Override
  public PDone expand(PBegin begin) {
    PCollectionTuple read = begin.apply("Read", new ReadArticles(input, workBuckets));
    PCollectionTuple decoded = read.get(ReadArticles.ARTICLES).apply("Decode", new DecodeArticles());
    PCollectionTuple cleaned = decoded.get(DecodeArticles.DECODED).apply("Clean", new CleanArticles());
    PCollectionTuple unique = cleaned.get(CleanArticles.ARTICLES).apply("Deduplicate", new DeduplicateArticles());
    PCollection<Article> articles = unique.get(DeduplicateArticles.UNIQUE);
    PCollectionTuple extracted = articles.apply("Extract", new ExtractFromArticles());
    PCollectionTuple linked = extracted.get(ExtractFromArticles.MENTIONS).apply("LinkEntities", new LinkEntities());
    PCollection<GenericRecord> claimGroups =
        extracted.get(ExtractFromArticles.CLAIMS).apply("GroupClaims", new GroupClaims());

    PCollection<Reject> rejects =
        PCollectionList.of(read.get(ReadArticles.REJECTS))
            .and(decoded.get(DecodeArticles.REJECTS))
            .and(cleaned.get(CleanArticles.REJECTS))
            .and(unique.get(DeduplicateArticles.DUPLICATES))
            .and(extracted.get(ExtractFromArticles.FAILURES))
            .apply("AllRejects", Flatten.pCollections())
            .setCoder(SerializableCoder.of(Reject.class));

    PCollectionTuple tables =
        PCollectionTuple.of(
                WriteTables.tag(TableSchemas.ARTICLES),
                rows(articles, TableSchemas.ARTICLES, TableRows::article))
            .and(WriteTables.tag(TableSchemas.MENTIONS), linked.get(LinkEntities.MENTION_ROWS))
            .and(WriteTables.tag(TableSchemas.ENTITIES), linked.get(LinkEntities.ENTITY_ROWS))
            .and(
                WriteTables.tag(TableSchemas.CLAIMS),
                rows(extracted.get(ExtractFromArticles.CLAIMS), TableSchemas.CLAIMS, TableRows::claim))
            .and(WriteTables.tag(TableSchemas.CLAIM_GROUPS), claimGroups)
            .and(
                WriteTables.tag(TableSchemas.REJECTS),
                rejects
                    .apply("rejectsRows", ParDo.of(new RejectRowsFn()))
                    .setCoder(AvroCoder.of(TableSchemas.of(TableSchemas.REJECTS))));
    return tables.apply("Write", new WriteTables(outputDir, numShards, fileMetadata));
  }

  private static <T> PCollection<GenericRecord> rows(
      PCollection<T> items, String table, SerializableFunction<T, GenericRecord> toRow) {
    return items
        .apply(table + "Rows", MapElements.into(TypeDescriptor.of(GenericRecord.class)).via(toRow))
        .setCoder(AvroCoder.of(TableSchemas.of(table)));
  }
}
