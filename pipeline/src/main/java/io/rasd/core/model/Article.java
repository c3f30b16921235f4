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
    String charset,
    /** damaged bytes replaced and stray NULs dropped while decoding (see DecodedArticle) */
    int decodeRepairs)
    implements Serializable {

  /** An article decoded without repairs. */
  public Article(
      String articleId, String sourceFile, int sourceIndex, String title, LocalDate publishedDate, String dateline,
      String body, String url, String source, String author, String charset) {
    this(articleId, sourceFile, sourceIndex, title, publishedDate, dateline, body, url, source, author, charset, 0);
  }

  public int charCount() {
    return body.length();
  }
}
