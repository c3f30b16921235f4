package io.rasd.core.model;

import java.io.Serializable;

/** Where an article came from and the metadata its input carried (null where the format has none). */
public record ArticleMeta(
    String sourceFile, int sourceIndex, String title, String date, String url, String source, String author)
    implements Serializable {

  /** {@code file} or {@code file#index}, as in rejects. */
  public String location() {
    return RawArticle.location(sourceFile, sourceIndex);
  }
}
