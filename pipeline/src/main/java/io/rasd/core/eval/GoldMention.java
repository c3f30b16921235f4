package io.rasd.core.eval;

/**
 * One line of the news-entities gold (mentions.jsonl): a PERSON, ORGANIZATION or LOCATION mention of an article.
 *
 * @param url the article's url (gold joins a run's articles by url)
 * @param start UTF-16 offset into the cleaned body the gold was annotated on: {@code body.substring(start, end)
 *     == text}
 * @param key the real-world entity: a Wikidata id or a stable slug, shared by every mention of that entity
 * @param occurrence index of this span among all occurrences of {@code text} in that body, to re-locate it when
 *     cleaning later shifts the offsets
 */
public record GoldMention(String url, String type, String text, int start, int end, String key, int occurrence) {}
