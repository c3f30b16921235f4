package io.rasd.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.eval.ClaimScore;
import io.rasd.core.eval.ClaimScorer;
import io.rasd.core.eval.GoldClaim;
import io.rasd.core.eval.GoldClaimReader;
import io.rasd.core.model.Claim;
import io.rasd.testing.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five seed articles (seeds/) against their hand-made gold ({@code gold/claims.jsonl}). */
class SeedGoldClaimsTest {
  private static List<GoldClaim> gold;
  private static final Map<String, List<Claim>> predicted = new TreeMap<>();

  @BeforeAll
  static void extractSeeds() throws IOException {
    try (InputStream in = resource("gold/claims.jsonl")) {
      gold = GoldClaimReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), "claims.jsonl");
    }
    ClaimExtractor x = ClaimExtractor.fromResources();
    for (Path seed : Seeds.files()) {
      String f = seed.getFileName().toString();
      String body = Seeds.text(f);
      List<Claim> claims = x.extract(body, List.of(), null);
      for (Claim c : claims) assertThat(body.substring(c.start(), c.end())).isEqualTo(c.text());
      predicted.put(f, claims);
    }
  }

  private static InputStream resource(String path) {
    return Objects.requireNonNull(SeedGoldClaimsTest.class.getClassLoader().getResourceAsStream(path), path);
  }

  @Test
  void everyRequiredGoldRowIsFoundWithItsPeriod() {
    for (GoldClaim g : gold) {
      if (!g.required()) continue;
      List<Claim> hits = predicted.get(g.file()).stream()
          .filter(c -> c.metric().equals(g.metric()) && Objects.equals(c.value(), g.value())
              && c.qualifier().equals(g.qualifier()))
          .toList();
      assertThat(hits).as("gold row " + g).isNotEmpty();
      Claim c = hits.get(0);
      if (g.year() != null) assertThat(c.year()).as("year of " + g).isEqualTo(g.year());
      if (g.since() != null) assertThat(c.sinceYear()).as("since of " + g).isEqualTo(g.since());
      if (g.location() != null) assertThat(c.location()).as("location of " + g).isEqualTo(g.location());
    }
  }

  @Test
  void noFalsePositiveOfAListedMetric() {
    ClaimScore s = ClaimScorer.score(gold, predicted);
    assertThat(s.falsePositives()).as(ClaimScorer.report(s)).isZero();
    assertThat(s.recall()).as(ClaimScorer.report(s)).isEqualTo(1.0);
  }

  @Test
  void articlesWithoutClaimsYieldNoneOfAListedMetric() {
    for (String f : List.of("000_ef4ac6f1c1822e0a.txt", "001_1e4b5513c97eb36f.txt", "003_716936cce44e642a.txt")) {
      assertThat(predicted.get(f)).as(f).noneMatch(c -> ClaimScorer.LISTED_METRICS.contains(c.metric()));
    }
  }
}
