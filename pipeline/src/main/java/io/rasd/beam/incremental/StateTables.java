package io.rasd.beam.incremental;

import io.rasd.beam.ArticleMentions;
import io.rasd.beam.ChannelInputFile;
import io.rasd.beam.DeduplicateArticles.Origin;
import io.rasd.core.model.ArticleClaim;
import io.rasd.core.model.Mention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;

/**
 * What the corpus-wide steps need of a run's articles, written beside its tables in {@code runs/<id>/_incremental/}
 * so the next {@code --incremental} run does not extract them again:
 *
 * <ul>
 *   <li>{@code copies}: every article copy (kept or duplicate) with its origin: the dedup state;
 *   <li>{@code mentions}: per kept article, its date and its extracted mentions (with the link keys and gazetteer ids
 *       linking needs, which the mentions table does not hold), as plain columns (a list of mention records): read
 *       with no Java serialization, straight into the name index and the mention rows of a daily run
 *       ({@link BaseMentions});
 *   <li>{@code claims}: per claim, the claim with its article's date, as GroupClaims gets it;
 *   <li>{@code latin_names}: the run's transliterated Latin names (canonical name, Latin name), so the next run
 *       transliterates only names it has not seen; written whole by every run (not per article).
 * </ul>
 * The claims' opaque column is the pipeline's element coder: a base written by another Rasd version is never read (the
 * manifest's version, commit and model hashes must match, else the run is a full one).
 */
public final class StateTables {
  public static final String DIR = "_incremental";
  public static final String COPIES = "copies";
  public static final String MENTIONS = "mentions";
  public static final String CLAIMS = "claims";
  /** The per-article state: an incremental run that adds files only copies the base's files of these. */
  public static final List<String> ALL = List.of(COPIES, MENTIONS, CLAIMS);
  public static final String LATIN_NAMES = "latin_names";

  static final Coder<ArticleClaim> CLAIM_CODER = SerializableCoder.of(ArticleClaim.class);

  public static final Schema COPY_SCHEMA =
      SchemaBuilder.record("ArticleCopy").namespace("io.rasd.state").fields()
          .requiredString("article_id").requiredString("source_file").requiredInt("source_index").endRecord();
  /** One mention of {@link #MENTIONS_SCHEMA}: the fields of {@link Mention}. */
  public static final Schema MENTION_SCHEMA =
      SchemaBuilder.record("MentionState").namespace("io.rasd.state").fields()
          .optionalString("type").optionalString("text").requiredInt("start").requiredInt("end")
          .optionalString("value").optionalString("link_key").optionalString("gazetteer_id").endRecord();
  public static final Schema MENTIONS_SCHEMA =
      SchemaBuilder.record("ArticleMentionsState").namespace("io.rasd.state").fields()
          .requiredString("article_id").optionalString("published_date")
          .name("mentions").type().array().items(MENTION_SCHEMA).noDefault()
          .endRecord();
  public static final Schema CLAIM_SCHEMA =
      SchemaBuilder.record("ArticleClaimState").namespace("io.rasd.state").fields()
          .requiredString("article_id").requiredBytes("data").endRecord();

  public static final Schema LATIN_NAME_SCHEMA =
      SchemaBuilder.record("LatinNameState").namespace("io.rasd.state").fields()
          .requiredString("canonical_name").requiredString("latin_name").endRecord();

  private StateTables() {}

  public static Schema schema(String name) {
    return switch (name) {
      case COPIES -> COPY_SCHEMA;
      case MENTIONS -> MENTIONS_SCHEMA;
      case CLAIMS -> CLAIM_SCHEMA;
      case LATIN_NAMES -> LATIN_NAME_SCHEMA;
      default -> throw new IllegalArgumentException(name);
    };
  }

  public static GenericRecord copy(KV<String, Origin> c) {
    GenericRecord r = new GenericData.Record(COPY_SCHEMA);
    r.put("article_id", c.getKey());
    r.put("source_file", c.getValue().sourceFile());
    r.put("source_index", c.getValue().sourceIndex());
    return r;
  }

  public static IncrementalPlan.Copy copy(GenericRecord r) {
    return new IncrementalPlan.Copy(
        r.get("article_id").toString(), r.get("source_file").toString(), (Integer) r.get("source_index"));
  }

  public static GenericRecord latinName(KV<String, String> name) {
    GenericRecord r = new GenericData.Record(LATIN_NAME_SCHEMA);
    r.put("canonical_name", name.getKey());
    r.put("latin_name", name.getValue());
    return r;
  }

  public static KV<String, String> latinName(GenericRecord r) {
    return KV.of(r.get("canonical_name").toString(), r.get("latin_name").toString());
  }

  public static GenericRecord mentions(ArticleMentions am) {
    GenericRecord r = new GenericData.Record(MENTIONS_SCHEMA);
    r.put("article_id", am.articleId());
    r.put("published_date", am.publishedDate() == null ? null : am.publishedDate().toString());
    List<GenericRecord> mentions = new ArrayList<>(am.mentions().size());
    for (Mention m : am.mentions()) {
      GenericRecord mr = new GenericData.Record(MENTION_SCHEMA);
      mr.put("type", m.type());
      mr.put("text", m.text());
      mr.put("start", m.start());
      mr.put("end", m.end());
      mr.put("value", m.value());
      mr.put("link_key", m.linkKey());
      mr.put("gazetteer_id", m.gazetteerId());
      mentions.add(mr);
    }
    r.put("mentions", mentions);
    return r;
  }

  public static ArticleMentions mentions(GenericRecord r) {
    Object published = r.get("published_date");
    List<?> rows = (List<?>) r.get("mentions");
    List<Mention> mentions = new ArrayList<>(rows.size());
    for (Object o : rows) {
      GenericRecord m = (GenericRecord) o;
      mentions.add(new Mention(
          string(m, "type"), string(m, "text"), (Integer) m.get("start"), (Integer) m.get("end"), string(m, "value"),
          string(m, "link_key"), string(m, "gazetteer_id")));
    }
    return new ArticleMentions(
        r.get("article_id").toString(), mentions,
        published == null ? null : LocalDate.parse(published.toString()));
  }

  private static String string(GenericRecord r, String field) {
    Object v = r.get(field);
    return v == null ? null : v.toString();
  }

  public static GenericRecord claim(ArticleClaim c) {
    GenericRecord r = new GenericData.Record(CLAIM_SCHEMA);
    r.put("article_id", c.articleId());
    r.put("data", ByteBuffer.wrap(encode(CLAIM_CODER, c)));
    return r;
  }

  public static ArticleClaim claim(GenericRecord r) {
    return decode(CLAIM_CODER, (ByteBuffer) r.get("data"));
  }

  /** Every row of the given Parquet files, read in this process (the copies: small, the plan needs them first). */
  public static List<GenericRecord> readAll(List<MatchResult.Metadata> files) throws IOException {
    List<GenericRecord> rows = new ArrayList<>();
    for (MatchResult.Metadata f : files) {
      try (ParquetReader<GenericRecord> reader =
          AvroParquetReader.<GenericRecord>builder(new ChannelInputFile(f)).withConf(new Configuration(false)).build()) {
        for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
          rows.add(r);
        }
      }
    }
    return rows;
  }

  private static <T> byte[] encode(Coder<T> coder, T value) {
    try {
      return CoderUtils.encodeToByteArray(coder, value);
    } catch (CoderException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T decode(Coder<T> coder, ByteBuffer data) {
    byte[] bytes = new byte[data.remaining()];
    data.duplicate().get(bytes);
    try {
      return CoderUtils.decodeFromByteArray(coder, bytes);
    } catch (CoderException e) {
      throw new UncheckedIOException(e);
    }
  }
}
