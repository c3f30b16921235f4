package io.rasd.core;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.claims.ClaimExtractor;
import io.rasd.core.entities.EntityExtractor;
import io.rasd.core.model.Article;
import io.rasd.core.model.Claim;
import io.rasd.core.model.Mention;
import java.util.List;

/**
 * The extraction of one article, the same for the pipeline's Extract step and the bench's core loop: the body is
 * analysed once ({@link AnalyzedText}) and handed to the entity extractor, then to the claim extractor with the
 * mentions found. NOT thread-safe (the name finder): one per worker.
 */
public final class ArticleExtraction {
  /** What one article yields: its mentions (entities and dates) and its numeric claims. */
  public record Result(List<Mention> mentions, List<Claim> claims) {}

  private final EntityExtractor entities;
  private final ClaimExtractor claims;

  public ArticleExtraction(EntityExtractor entities, ClaimExtractor claims) {
    this.entities = entities;
    this.claims = claims;
  }

  /** A new name finder; the claim extractor (immutable) is shared by the whole JVM. */
  public static ArticleExtraction fromResources() {
    return new ArticleExtraction(EntityExtractor.fromResources(), SharedClaims.INSTANCE);
  }

  public Result extract(Article article) {
    AnalyzedText text = AnalyzedText.analyze(article.body());
    List<Mention> mentions = entities.extract(text);
    return new Result(mentions, claims.extract(text, mentions, article.publishedDate()));
  }

  /** Loaded on first use, once per JVM. */
  private static final class SharedClaims {
    static final ClaimExtractor INSTANCE = ClaimExtractor.fromResources();
  }
}
