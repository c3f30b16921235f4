package io.rasd.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rasd.core.model.Claim;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimScorerTest {
  private static Claim claim(String metric, Double value, String qualifier) {
    return new Claim(metric, value, null, qualifier, null, null, null, null, null, null, null, "x", 0, 1);
  }

  private static GoldClaim gold(String file, String metric, Double value, String qualifier, boolean required) {
    return new GoldClaim(file, metric, value, qualifier, null, null, null, "ev", required);
  }

  @Test
  void countsFoundMissedAndFalsePositives() {
    List<GoldClaim> g = List.of(
        gold("a.txt", "arrests", 5.0, "exact", true),
        gold("a.txt", "killed", 3.0, "more_than", true),
        gold("a.txt", "arrests", null, "vague", false),
        gold("b.txt", "seized", 100.0, "exact", true));
    Map<String, List<Claim>> p = Map.of(
        "a.txt", List.of(claim("arrests", 5.0, "exact"), claim("killed", 3.0, "exact"),
            claim("arrests", null, "vague"), claim("wounded", 2.0, "exact"), claim("other", 9.0, "exact")),
        "c.txt", List.of(claim("arrests", 1.0, "exact")));
    ClaimScore s = ClaimScorer.score(g, p);
    assertThat(s.truePositives()).isEqualTo(1); // killed has the wrong qualifier, seized is missing
    assertThat(s.falseNegatives()).isEqualTo(2);
    assertThat(s.falsePositives()).isEqualTo(2); // wounded in a.txt, arrests in c.txt; other is not scored
    assertThat(s.matchedPredictions()).isEqualTo(3);
    assertThat(s.precision()).isEqualTo(3.0 / 5.0);
    assertThat(s.recall()).isEqualTo(1.0 / 3.0);
    assertThat(s.mismatches()).anyMatch(m -> m.contains("MISSED killed 3 more_than") && m.contains("qualifier exact"));
    assertThat(ClaimScorer.report(s)).contains("precision 0.600").contains("recall 0.333").contains("FALSE_POSITIVE");
  }

  @Test
  void optionalRowsAndDuplicatesAreNotPenalised() {
    List<GoldClaim> g = List.of(gold("a.txt", "arrests", 1.0, "exact", true),
        gold("a.txt", "arrests", null, "vague", false));
    Map<String, List<Claim>> p = Map.of("a.txt", List.of(claim("arrests", 1.0, "exact"),
        claim("arrests", 1.0, "exact"), claim("arrests", null, "vague")));
    ClaimScore s = ClaimScorer.score(g, p);
    assertThat(s.falsePositives()).isZero();
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(ClaimScorer.report(g, p)).startsWith("claims: precision 1.000  recall 1.000");
  }

  @Test
  void emptyInputsScorePerfectly() {
    ClaimScore s = ClaimScorer.score(List.of(), Map.of());
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  void readsGoldLinesAndRejectsBadOnes() throws IOException {
    String jsonl = "{\"file\": \"x.txt\", \"metric\": \"arrests\", \"value\": 55, \"qualifier\": \"at_least\", "
        + "\"year\": 2021, \"evidence\": \"e\", \"required\": true}\n\n"
        + "{\"file\": \"x.txt\", \"metric\": \"arrests\", \"value\": null, \"qualifier\": \"vague\", \"required\": false}\n";
    List<GoldClaim> rows = GoldClaimReader.read(new StringReader(jsonl), "t");
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).value()).isEqualTo(55.0);
    assertThat(rows.get(0).year()).isEqualTo(2021);
    assertThat(rows.get(1).value()).isNull();
    assertThat(rows.get(1).required()).isFalse();
    assertThatThrownBy(() -> GoldClaimReader.read(new StringReader("{\"file\": 1}\n{oops"), "bad"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad:1");
  }
}
