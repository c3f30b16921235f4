package io.rasd.core.model;

import java.io.Serializable;

/** An input (a file, or one element of a multi-article file) that did not become an article, and why. */
public record Reject(String sourceFile, String reason, String detail) implements Serializable {

  /** Reason codes: short, stable, documented in output/README.md. */
  public static final String UNSUPPORTED_FORMAT = "unsupported_format";
  public static final String UNREADABLE = "unreadable";
  public static final String EMPTY = "empty";
  public static final String BINARY = "binary";
  public static final String UNDECODABLE = "undecodable";
  public static final String NO_TEXT = "no_text";
  public static final String MALFORMED = "malformed";
  public static final String DUPLICATE = "duplicate";
  public static final String EXTRACTION_FAILED = "extraction_failed";
  /** The article is kept; one extraction step ran past its time budget and gave no rows. */
  public static final String EXTRACTION_TIMEOUT = "extraction_timeout";
  /** The article is kept; only the start of its body (the size budget) was extracted. */
  public static final String EXTRACTION_TRUNCATED = "extraction_truncated";
  /** A file, archive entry or element over the read size limits. */
  public static final String TOO_LARGE = "too_large";
  /** Text in more than one encoding whose other part is in no recognisable encoding (never stored garbled). */
  public static final String MIXED_ENCODING = "mixed_encoding";
  /** A symbolic link that resolves outside the input folder. */
  public static final String OUTSIDE_INPUT = "outside_input";
}
