package io.rasd.core.entities.gazetteer;

import io.rasd.core.arabic.Token;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.AnalyzedText;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerMatcherTest {
  private final GazetteerMatcher matcher = new GazetteerMatcher(Gazetteer.fromResources());

  private List<GazetteerMatch> match(String text) {
    return matcher.match(AnalyzedText.analyze(text).words().stream().map(Token::word).toArray(ArabicWord[]::new));
  }

  @Test
  void matchesThroughProclitics() {
    List<GazetteerMatch> m = match("زار بالرباط ثم لوليام بورنز");
    assertThat(m).extracting(x -> x.entry().id()).containsExactly("loc-rabat", "per-burns");
    assertThat(m.get(0).cliticLength()).isEqualTo(1);
    assertThat(m.get(1).cliticLength()).isEqualTo(1);
  }

  @Test
  void aNameThatStartsLikeAClitic_isNotStripped() {
    List<GazetteerMatch> m = match("في مدينة وجدة");
    assertThat(m).singleElement().satisfies(x -> {
      assertThat(x.entry().id()).isEqualTo("loc-oujda");
      assertThat(x.cliticLength()).isZero();
    });
  }

  @Test
  void longestAliasWinsAndLatinAcronymsMatch() {
    List<GazetteerMatch> m = match("تنظيم القاعدة في بلاد المغرب الإسلامي و FBI");
    assertThat(m).extracting(x -> x.entry().id()).containsExactly("org-aqim", "org-fbi");
    assertThat(match("مكتب fbi")).isEmpty();
  }

  @Test
  void spellingVariantsOfAliasesMatchOneEntry() {
    assertThat(match("أمريكا أميركا الولايات المتحدة الأمريكية")).extracting(x -> x.entry().id())
        .containsOnly("loc-usa").hasSize(3);
    assertThat(match("فاغنر فاجنر")).extracting(x -> x.entry().id()).containsOnly("org-wagner").hasSize(2);
  }

  @Test
  void ambiguousAliasesAreWeak() {
    assertThat(match("دعم مالي")).singleElement().satisfies(x -> assertThat(x.weak()).isTrue());
  }
}
