package io.rasd.core;

import io.rasd.core.entities.EntityExtractor;
import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.claims.ClaimExtractor;
import io.rasd.core.limits.ExtractionLimits;
import io.rasd.core.limits.GuardedExtraction;
import io.rasd.core.model.Article;

/**
 * The extraction of one article, the same for the pipeline's Extract step and the bench's core loop: the body is
 * analysed once ({@link AnalyzedText}) and handed to the entity extractor, then to the claim extractor with the
 * mentions found, each step within the {@link ExtractionLimits} budget ({@link GuardedExtraction}). NOT thread-safe
 * (the name finder): one per worker.
 */
public final class ArticleExtraction implements AutoCloseable {
  private final GuardedExtraction guarded;

  public ArticleExtraction(ExtractionLimits limits, java.util.function.Supplier<EntityExtractor> entities, ClaimExtractor claims) {
    // a step abandoned after a timeout may still hold its name finder: the guard asks for a fresh one
    this.guarded = new GuardedExtraction(limits, () -> entities.get()::extract, claims::extract);
  }

  /** A new name finder (and another after a timeout); the claim extractor (immutable) is shared by the whole JVM. */
  public static ArticleExtraction fromResources() {
    return fromResources(false);
  }

  /** {@code claimsOther}: claims of metric {@code other} too ({@link ClaimExtractor#fromResources(boolean)}). */
  public static ArticleExtraction fromResources(boolean claimsOther) {
    return new ArticleExtraction(ExtractionLimits.DEFAULT, EntityExtractor::fromResources,
        claimsOther ? SharedClaimsWithOther.INSTANCE : SharedClaims.INSTANCE);
  }

  /** Mentions, claims, and the problems (timeout, truncation, a failed step) that the rows survived. */
  public GuardedExtraction.Outcome extract(Article article) throws InterruptedException {
    return guarded.extract(article.body(), article.publishedDate());
  }

  @Override
  public void close() {
    guarded.close();
  }

  /** Loaded on first use, once per JVM. */
  private static final class SharedClaims {
    static final ClaimExtractor INSTANCE = ClaimExtractor.fromResources(false);
  }

  private static final class SharedClaimsWithOther {
    static final ClaimExtractor INSTANCE = ClaimExtractor.fromResources(true);
  }
}
