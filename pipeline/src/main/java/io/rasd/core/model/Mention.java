package io.rasd.core.model;

import java.io.Serializable;

/**
 * A named thing in an article body: {@code body.substring(start, end).equals(text)}, attached proclitics excluded.
 *
 * @param type PERSON, ORGANIZATION, LOCATION, MISC or DATE
 * @param value normalized value where one exists: ISO date (2021-12-23, 2021-12, 2021) for DATE, else null
 * @param linkKey key that joins mentions of one thing within the article (short forms share the full name's key);
 *     the cross-article linker turns it into an entity id
 * @param gazetteerId id of the gazetteer entry it matched, or null
 */
public record Mention(
    String type, String text, int start, int end, String value, String linkKey, String gazetteerId)
    implements Serializable {}
