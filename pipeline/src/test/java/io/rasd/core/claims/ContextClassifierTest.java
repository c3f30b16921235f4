package io.rasd.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.model.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The claim's context: its sentence's cue words decide, else the article's, else other. */
class ContextClassifierTest {
  private static final ClaimExtractor X = ClaimExtractor.fromResources();

  @Test
  void theSentenceDecidesBeforeTheArticle() {
    String body = "اشتباكات عنيفة بين الجيش ومسلحي داعش في المدينة. وفي خبر آخر لقي 3 أشخاص مصرعهم في حادث تصادم مروري.";
    List<Claim> claims = X.extract(body, List.of(), null);
    assertThat(claims).extracting(Claim::metric, Claim::context).containsExactly(
        org.assertj.core.groups.Tuple.tuple("killed", "accident"));
  }

  @Test
  void aSentenceWithoutCuesTakesTheArticles() {
    String body = "شنت الطائرات غارات على مواقع التنظيم الإرهابي. وأعلن المتحدث مقتل 12 شخصا.";
    assertThat(X.extract(body, List.of(), null)).extracting(Claim::context).containsExactly("security");
  }

  @Test
  void aSecurityMetricInAnAccidentIsKeptAndMarked() {
    String body = "توفي 4 أشخاص وأصيب 6 آخرون في حادث انقلاب شاحنة على الطريق السريع.";
    assertThat(X.extract(body, List.of(), null)).extracting(Claim::metric, Claim::context).containsExactly(
        org.assertj.core.groups.Tuple.tuple("killed", "accident"),
        org.assertj.core.groups.Tuple.tuple("wounded", "accident"));
  }

  @Test
  void noCueAnywhereIsOther() {
    assertThat(X.extract("اعتقال 3 أشخاص أمس", List.of(), null)).extracting(Claim::context).containsExactly("other");
  }
}
