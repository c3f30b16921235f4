package io.rasd.core.claims;

import io.rasd.core.model.Claim;
import java.util.Collection;
import java.util.List;

/** PLACEHOLDER until the claims branch lands (same API). */
public final class ClaimGrouper {
  public record ArticleClaim(String claimId, String articleId, Claim claim) {}

  public record GroupAssignment(
      String groupId, String claimId, String articleId, String metric, boolean conflict, String detail) {}

  public List<GroupAssignment> group(Collection<ArticleClaim> claims) {
    return List.of();
  }
}
