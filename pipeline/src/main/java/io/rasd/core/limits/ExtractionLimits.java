package io.rasd.core.limits;

import java.io.Serializable;
import java.time.Duration;

/**
 * What one article may cost the extractors.
 *
 * @param maxChars characters of a body that are extracted; the rest of a longer body is kept in the articles table
 *     but not extracted (an {@code extraction_truncated} row says so)
 * @param maxTokenChars a run of non-space characters longer than this is no word: the extractors see blanks there
 * @param stepTimeout wall-clock time one extraction step (entities, claims) may take on one article
 */
public record ExtractionLimits(int maxChars, int maxTokenChars, Duration stepTimeout) implements Serializable {

  /**
   * 1,000,000 characters (about 150,000 words; a long news article has 10,000), tokens of 256 characters (an Arabic
   * word has at most about 15 letters, a long URL a few hundred), 60 seconds per step (a long article takes well
   * under a second).
   */
  public static final ExtractionLimits DEFAULT = new ExtractionLimits(1_000_000, 256, Duration.ofSeconds(60));

  public ExtractionLimits {
    if (maxChars < 1 || maxTokenChars < 1 || stepTimeout.isNegative() || stepTimeout.isZero()) {
      throw new IllegalArgumentException("extraction limits must be positive");
    }
  }
}
