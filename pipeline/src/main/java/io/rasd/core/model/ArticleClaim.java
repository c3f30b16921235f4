package io.rasd.beam;

import io.rasd.core.model.Claim;
import io.rasd.core.model.Ids;
import java.io.Serializable;

/** A claim with its stable id and article: the element type between Extract, Write and GroupClaims. */
public record ArticleClaim(String claimId, String articleId, Claim claim) implements Serializable {
  public static ArticleClaim of(String articleId, Claim claim) {
    return new ArticleClaim(Ids.of(articleId, claim.start(), claim.end(), claim.metric()), articleId, claim);
  }
}
