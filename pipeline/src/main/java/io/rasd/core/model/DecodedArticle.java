package io.rasd.core.model;

import java.io.Serializable;

/**
 * An article's text after decoding (any charset to a Java string, line ends unified), before cleaning. It carries the
 * metadata, not the raw bytes.
 *
 * @param decodeRepairs damaged bytes replaced and stray NULs dropped while decoding
 */
public record DecodedArticle(ArticleMeta meta, String text, String charset, int decodeRepairs)
    implements Serializable {

  /** Text decoded without repairs. */
  public DecodedArticle(RawArticle raw, String text, String charset) {
    this(raw.meta(), text, charset, 0);
  }
}
