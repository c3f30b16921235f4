package io.rasd.core.claims;

import io.rasd.core.model.Claim;
import io.rasd.core.model.Mention;
import java.time.LocalDate;
import java.util.List;

/** PLACEHOLDER until the claims branch lands (same API). */
public final class ClaimExtractor {
  public static ClaimExtractor fromResources() {
    return new ClaimExtractor();
  }

  public List<Claim> extract(String body, List<Mention> mentions, LocalDate published) {
    return List.of();
  }
}
