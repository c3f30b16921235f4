package io.rasd.beam;

import io.rasd.core.model.Mention;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The mentions of one article: the element type between Extract and LinkEntities. One element per article, not per
 * mention: the DirectRunner's cost per element and step (metrics, bundles) is paid 30,000 times, not 400,000.
 * {@code publishedDate} (null when unknown) orders the mentions in time for the entity ids.
 */
public record ArticleMentions(String articleId, List<Mention> mentions, LocalDate publishedDate)
    implements Serializable {
  public ArticleMentions(String articleId, List<Mention> mentions) {
    this(articleId, mentions, null);
  }
}
