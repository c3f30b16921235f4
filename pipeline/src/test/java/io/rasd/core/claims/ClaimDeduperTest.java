package io.rasd.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.model.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimDeduperTest {
  private static Claim c(String metric, Double v, String q, Integer year, String loc, String text, int start) {
    return new Claim(metric, v, null, q, null, null, year, null, null, null, loc, text, start, start + text.length());
  }

  @Test
  void mergesRepeatsAndFillsMissingFields() {
    List<Claim> out = ClaimDeduper.dedup(List.of(
        c("arrests", 5.0, "exact", null, null, "اعتقال خمسة", 0),
        c("arrests", 5.0, "at_least", 2021, "طنجة", "اعتقال 5", 40)));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).start()).isZero();
    assertThat(out.get(0).year()).isEqualTo(2021);
    assertThat(out.get(0).location()).isEqualTo("طنجة");
    assertThat(out.get(0).qualifier()).isEqualTo("at_least");
  }

  @Test
  void keepsDifferentFactsApart() {
    assertThat(ClaimDeduper.dedup(List.of(
        c("arrests", 5.0, "exact", 2020, null, "a", 0),
        c("arrests", 5.0, "exact", 2021, null, "b", 5),
        c("killed", 5.0, "exact", 2020, null, "c", 9),
        c("cells_dismantled", 1.0, "exact", null, "وجدة", "d", 12),
        c("cells_dismantled", 1.0, "exact", null, "فاس", "e", 15),
        c("killed", null, "vague", null, null, "عشرات القتلى", 20),
        c("killed", null, "vague", null, null, "آلاف القتلى", 40)))).hasSize(7);
  }

  @Test
  void twoCountsFoundApartInOneSentenceAreTwoFactsButOnePhraseReadTwiceIsOne() {
    List<Claim> claims = List.of(
        c("killed", 1.0, "exact", null, null, "شرطيا قتل", 14),
        c("killed", 1.0, "exact", null, null, "قتل مدني", 41));
    assertThat(ClaimDeduper.dedup(claims, 0, offset -> 0)).as("one sentence").hasSize(2);
    assertThat(ClaimDeduper.dedup(claims, 0, offset -> offset < 30 ? 0 : 1)).as("two sentences").hasSize(1);
    assertThat(ClaimDeduper.dedup(List.of(
        c("killed", 1.0, "exact", null, null, "قتل مدني", 41),
        c("killed", 1.0, "exact", null, null, "مدني", 45)), 0, offset -> 0)).as("overlapping spans").hasSize(1);
  }

  @Test
  void aHeadlineClaimAndItsBodyRestatementMergeWhateverTheirPlacesAndKeepTheBodysPlace() {
    List<Claim> out = ClaimDeduper.dedup(List.of(
        c("killed", 1.0, "exact", null, "واشنطن", "مقتل طفل", 11),
        c("killed", 1.0, "exact", null, "الضفة الغربية", "مقتل طفل", 181)), 60);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).start()).isEqualTo(11);
    assertThat(out.get(0).location()).isEqualTo("الضفة الغربية");
    assertThat(ClaimDeduper.dedup(List.of(
        c("killed", 1.0, "exact", null, "واشنطن", "مقتل طفل", 11),
        c("killed", 1.0, "exact", null, "الضفة الغربية", "مقتل طفل", 181)), 0))
        .as("no headline: two places, two facts").hasSize(2);
    assertThat(ClaimExtractor.headlineEnd("واشنطن تصف مقتل طفل\n\nنددت الولايات المتحدة.")).isEqualTo("واشنطن تصف مقتل طفل".length());
    assertThat(ClaimExtractor.headlineEnd("قتل شخص. وأصيب آخر\nثم")).as("a sentence, no title").isZero();
  }
}
