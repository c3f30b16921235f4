package io.rasd.core.entities.gazetteer;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.SentenceWords;
import io.rasd.core.arabic.Token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerListsTest {
  private final Gazetteer matching = Gazetteer.forMatching();

  private List<GazetteerMatch> match(String text) {
    return new GazetteerMatcher(matching).match(AnalyzedText.analyze(text).words().stream().map(Token::word).toArray(ArabicWord[]::new));
  }

  @Test
  void theShippedCldrListIsWhatTheGeneratorWritesWithThisIcu() throws java.io.IOException {
    try (var in = GazetteerListsTest.class.getResourceAsStream("/entities/gazetteer-cldr.tsv")) {
      String shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(shipped.lines().toList()).isEqualTo(CldrPlaceNames.lines());
    }
  }

  @Test
  void extraListsLoadOnTopOfTheCuratedGazetteer() {
    assertThat(matching.entries().size()).isGreaterThan(Gazetteer.fromResources().entries().size() + 600);
    assertThat(match("تسلق نيبال ثم كاتماندو")).extracting(m -> m.entry().id())
        .containsExactly("cldr-np", "cldr-city-asia-katmandu");
    assertThat(match("في منطقة القصيم وخميس مشيط")).extracting(m -> m.entry().id())
        .containsExactly("div-sa-qassim", "city-sa-khamis");
  }

  @Test
  void aCuratedEntryKeepsItsIdAndAnOrdinaryWordIsWeak() {
    String egypt = Gazetteer.fromResources().entries().values().stream()
        .filter(e -> e.arabicName().equals("مصر")).findFirst().orElseThrow().id();
    assertThat(match("زار مصر")).singleElement().satisfies(m -> assertThat(m.entry().id()).isEqualTo(egypt));
    assertThat(match("في مسقط")).singleElement().satisfies(m -> assertThat(m.weak()).isTrue());
  }

  @Test
  void theNameFinderFeaturesStillSeeOnlyGazetteerTsv() {
    assertThat(new GazetteerMatcher(Gazetteer.fromResources()).match(SentenceWords.of(new String[] {"نيبال"}))).isEmpty();
  }
}
