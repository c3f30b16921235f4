package io.rasd.beam;

import io.rasd.core.entities.linking.EntityLinker;
import io.rasd.core.model.ArticleClaim;
import io.rasd.core.model.Article;
import io.rasd.core.model.Claim;
import io.rasd.core.model.MentionRef;
import io.rasd.core.model.Ids;
import io.rasd.core.model.Mention;
import io.rasd.core.model.Reject;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** Core records to rows of the output tables, field names exactly as in the Avro schemas. */
public final class TableRows {
  private TableRows() {}

  public static GenericRecord article(Article a) {
    GenericRecord r = new GenericData.Record(TableSchemas.of(TableSchemas.ARTICLES));
    r.put("article_id", a.articleId());
    r.put("source_file", a.sourceFile());
    r.put("source_index", a.sourceIndex());
    r.put("title", a.title());
    r.put("published_date", a.publishedDate() == null ? null : (int) a.publishedDate().toEpochDay());
    r.put("dateline", a.dateline());
    r.put("body", a.body());
    r.put("char_count", a.charCount());
    r.put("url", a.url());
    r.put("source", a.source());
    r.put("author", a.author());
    r.put("charset", a.charset());
    r.put("decode_repairs", a.decodeRepairs());
    return r;
  }

  public static GenericRecord mention(String articleId, Mention m, String entityId) {
    GenericRecord r = new GenericData.Record(TableSchemas.of(TableSchemas.MENTIONS));
    r.put("mention_id", Ids.of(articleId, m.start(), m.end(), m.type()));
    r.put("article_id", articleId);
    r.put("entity_id", entityId);
    r.put("type", m.type());
    r.put("text", m.text());
    r.put("start", m.start());
    r.put("end", m.end());
    r.put("value", m.value());
    return r;
  }

  public static GenericRecord entity(EntityLinker.EntityRow e) {
    GenericRecord r = new GenericData.Record(TableSchemas.of(TableSchemas.ENTITIES));
    r.put("entity_id", e.entityId());
    r.put("type", e.type());
    r.put("canonical_name", e.canonicalName());
    r.put("latin_name", e.latinName());
    r.put("wikidata_id", e.wikidataId());
    r.put("aliases", e.aliases());
    r.put("mention_count", e.mentionCount());
    r.put("article_count", e.articleCount());
    return r;
  }

  /** A claims row; {@code entityIds} maps a name group key to its entity id (see {@link #entityId}). */
  public static GenericRecord claim(ArticleClaim ac, java.util.Map<String, String> entityIds) {
    Claim c = ac.claim();
    GenericRecord r = new GenericData.Record(TableSchemas.of(TableSchemas.CLAIMS));
    r.put("claim_id", ac.claimId());
    r.put("article_id", ac.articleId());
    r.put("metric", c.metric());
    r.put("value", c.value());
    r.put("value_max", c.valueMax());
    r.put("qualifier", c.qualifier());
    r.put("counted", c.counted());
    r.put("unit", c.unit());
    r.put("year", c.year());
    r.put("since_year", c.sinceYear());
    r.put("actor", c.actor());
    r.put("actor_entity_id", entityId(ac.articleId(), c.actorRef(), entityIds));
    r.put("source", c.source());
    r.put("source_entity_id", entityId(ac.articleId(), c.sourceRef(), entityIds));
    r.put("location", c.location());
    r.put("location_entity_id", entityId(ac.articleId(), c.locationRef(), entityIds));
    r.put("context", c.context());
    r.put("text", c.text());
    r.put("start", c.start());
    r.put("end", c.end());
    return r;
  }

  /** The entity id of an article's mention, as {@link LinkEntities} gave it to the mention's row; null without one. */
  static String entityId(String articleId, MentionRef ref, java.util.Map<String, String> entityIds) {
    return ref == null ? null : entityIds.get(LinkEntities.groupKey(articleId, ref.type(), ref.linkKey()));
  }

  public static GenericRecord claimGroup(
      String groupId, String claimId, String articleId, String metric, boolean conflict, String detail) {
    GenericRecord r = new GenericData.Record(TableSchemas.of(TableSchemas.CLAIM_GROUPS));
    r.put("group_id", groupId);
    r.put("claim_id", claimId);
    r.put("article_id", articleId);
    r.put("metric", metric);
    r.put("conflict", conflict);
    r.put("detail", detail);
    return r;
  }

  public static GenericRecord reject(Reject j) {
    GenericRecord r = new GenericData.Record(TableSchemas.of(TableSchemas.REJECTS));
    r.put("source_file", j.sourceFile());
    r.put("reason", j.reason());
    r.put("detail", j.detail());
    return r;
  }
}
