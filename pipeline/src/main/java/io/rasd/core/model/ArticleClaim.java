package io.rasd.core.model;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A claim with its stable id, article and the article's publication date (may be null; GroupClaims orders by it):
 * the element type between Extract, Write and GroupClaims.
 */
public record ArticleClaim(String claimId, String articleId, Claim claim, LocalDate published)
    implements Serializable {
  public ArticleClaim(String claimId, String articleId, Claim claim) {
    this(claimId, articleId, claim, null);
  }

  public static ArticleClaim of(String articleId, Claim claim) {
    return of(articleId, claim, null);
  }

  public static ArticleClaim of(String articleId, Claim claim, LocalDate published) {
    return new ArticleClaim(Ids.of(articleId, claim.start(), claim.end(), claim.metric()), articleId, claim,
        published);
  }
}
