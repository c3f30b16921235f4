package io.rasd.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rasd.core.model.Claim;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

class ClaimExtractorBenchmarkTest {
  /** With mentions=extracted the claims refer to the articles' mentions, as in the pipeline; with none they cannot. */
  @Test
  void extractedMentionsReachTheClaims() {
    assertTrue(referencedMentions("extracted") > 0, "no claim refers to a mention");
    assertTrue(referencedMentions("none") == 0);
  }

  private static long referencedMentions(String mentions) {
    ClaimExtractorBenchmark b = new ClaimExtractorBenchmark();
    b.mentions = mentions;
    b.setUp();
    List<Claim> claims = new ArrayList<>();
    Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    b.extractArticle(bh);
    claims.addAll(b.lastClaims());
    return claims.stream().filter(c -> c.actorRef() != null || c.sourceRef() != null || c.locationRef() != null).count();
  }
}
