package io.rasd.core.model;

import java.io.Serializable;

/** A claim with its stable id and article: what Extract emits and Write and the claim grouper read. */
public record ArticleClaim(String claimId, String articleId, Claim claim) implements Serializable {
  public static ArticleClaim of(String articleId, Claim claim) {
    return new ArticleClaim(Ids.of(articleId, claim.start(), claim.end(), claim.metric()), articleId, claim);
  }
}
