package io.rasd.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.model.Article;
import io.rasd.core.model.Claim;
import io.rasd.core.model.DecodedArticle;
import io.rasd.core.model.RawArticle;
import io.rasd.core.text.ArticleCleaner;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fact stated in the headline and again in the text is one claim, with its evidence in the headline. */
class HeadlineClaimsTest {
  @Test
  void headlineAndBodyRepeatGiveOneClaim() {
    String page =
        "توقيف 4 أشخاص ينتمون إلى خلية إرهابية بمدينة طنجة\n\n"
            + "طنجة – أعلنت المديرية العامة للأمن الوطني، اليوم الأحد، عن توقيف أربعة أشخاص ينتمون إلى خلية إرهابية "
            + "كانت تخطط لتنفيذ عمليات تخريبية.\n";
    RawArticle raw = RawArticle.plain("p.txt", 0, page.getBytes(StandardCharsets.UTF_8));
    Article a = ArticleCleaner.fromResources().clean(new DecodedArticle(raw, page, "UTF-8")).article();
    assertThat(a.title()).isEqualTo("توقيف 4 أشخاص ينتمون إلى خلية إرهابية بمدينة طنجة");
    assertThat(a.dateline()).isEqualTo("طنجة");

    List<Claim> arrests =
        ClaimExtractor.fromResources().extract(a.body(), List.of(), null).stream()
            .filter(c -> c.metric().equals("arrests"))
            .toList();
    assertThat(arrests).hasSize(1);
    Claim c = arrests.get(0);
    assertThat(c.value()).isEqualTo(4.0);
    assertThat(c.start()).isLessThan(a.title().length());
    assertThat(a.body().substring(c.start(), c.end())).isEqualTo(c.text());
  }
}
