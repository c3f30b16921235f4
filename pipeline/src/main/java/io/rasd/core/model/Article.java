package io.rasd.core.model;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A cleaned article: one row of the {@code articles} table. {@code body} is the cleaned text, headline first (as its
 * own paragraph) when there is one; offsets of every mention and claim refer to it.
 */
public record Article(
    String articleId,
    String sourceFile,
    int sourceIndex,
    String title,
    LocalDate publishedDate,
    String dateline,
    String body,
    String url,
    String source,
    String author,
    String charset)
    implements Serializable {

  public int charCount() {
    return body.length();
  }
}
