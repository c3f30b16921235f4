package io.rasd.beam.incremental;

import io.rasd.beam.ArticleMentions;
import io.rasd.beam.DeduplicateArticles.Origin;
import io.rasd.beam.WriteTables;
import io.rasd.core.model.ArticleClaim;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Writes a run's {@link StateTables} beside the tables: all copies, mentions and claims of the run's tables, or (when
 * the plan lets the base's state files be copied) only those of the articles this run read.
 */
public final class WriteState extends PTransform<PBegin, PDone> {
  /** Rows written to the state tables (not a table's rows: the summary leaves it out). */
  public static final String STATE_ROWS = "incremental_state_rows";

  private final String runDir;
  private final int numShards;
  private final Map<String, String> metadata;
  private final String suffix;
  private final PCollection<KV<String, Origin>> copies;
  private final PCollection<ArticleMentions> mentions;
  private final PCollection<ArticleClaim> claims;
  private final PCollection<KV<String, String>> latinNames;

  /**
   * {@code newFilesSuffix}: null when these are all the run's state rows; else the rows are only this run's new
   * articles', written as {@code <name>-<suffix>-…} beside the base's state files the run copies in.
   */
  public WriteState(
      String runDir, int numShards, Map<String, String> metadata, String newFilesSuffix,
      PCollection<KV<String, Origin>> copies, PCollection<ArticleMentions> mentions, PCollection<ArticleClaim> claims,
      PCollection<KV<String, String>> latinNames) {
    this.runDir = runDir;
    this.numShards = numShards;
    this.metadata = Map.copyOf(metadata);
    this.suffix = newFilesSuffix;
    this.copies = copies;
    this.mentions = mentions;
    this.claims = claims;
    this.latinNames = latinNames;
  }

  @Override
  public PDone expand(PBegin begin) {
    String dir = (runDir.endsWith("/") ? runDir : runDir + "/") + StateTables.DIR;
    write(copies, StateTables.COPIES, StateTables.COPY_SCHEMA, StateTables::copy, dir, suffix);
    write(mentions, StateTables.MENTIONS, StateTables.MENTIONS_SCHEMA, StateTables::mentions, dir, suffix);
    write(claims, StateTables.CLAIMS, StateTables.CLAIM_SCHEMA, StateTables::claim, dir, suffix);
    write(latinNames, StateTables.LATIN_NAMES, StateTables.LATIN_NAME_SCHEMA, StateTables::latinName, dir, null);
    return PDone.in(begin.getPipeline());
  }

  private <T> void write(
      PCollection<T> items, String name, Schema schema, SerializableFunction<T, GenericRecord> toRow, String dir,
      String suffix) {
    PCollection<GenericRecord> rows =
        items
            .apply(name + "State", MapElements.into(TypeDescriptor.of(GenericRecord.class)).via(toRow))
            .setCoder(AvroCoder.of(schema));
    WriteTables.write(rows, name, schema, dir, suffix == null ? name : name + "-" + suffix, numShards, metadata, STATE_ROWS);
  }
}
