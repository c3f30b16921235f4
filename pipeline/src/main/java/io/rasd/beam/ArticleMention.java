package io.rasd.beam;

import io.rasd.core.model.Mention;
import java.io.Serializable;

/** A mention with the article it belongs to: the element type between Extract and LinkEntities. */
public record ArticleMention(String articleId, Mention mention) implements Serializable {}
