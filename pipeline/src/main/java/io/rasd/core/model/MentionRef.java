package io.rasd.core.model;

import java.io.Serializable;

/**
 * Which mention of its article a claim's actor, source or location is: the mention's type and link key, the pair
 * the corpus-wide linker turns into an entity id (with the article id).
 */
public record MentionRef(String type, String linkKey) implements Serializable {
  public static MentionRef of(Mention m) {
    return m == null || m.linkKey() == null ? null : new MentionRef(m.type(), m.linkKey());
  }
}
