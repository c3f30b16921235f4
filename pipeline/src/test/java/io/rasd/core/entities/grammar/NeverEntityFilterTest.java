package io.rasd.core.entities.grammar;

import io.rasd.core.entities.EntityExtractor;
import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.SentenceWords;
import io.rasd.core.arabic.Token;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.ResourceLines;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NeverEntityFilterTest {
  private static final NeverEntityFilter FILTER = NeverEntityFilter.fromResources();

  static Stream<Arguments> cases() {
    return ResourceLines.readTsv("/entities/never_entity_cases.tsv", 3).stream()
        .map(f -> Arguments.of(f[0], Boolean.parseBoolean(f[1]), f[2]));
  }

  @ParameterizedTest(name = "{2}: {0}")
  @MethodSource("cases")
  void rejectsWhatIsNeverAName(String span, boolean rejected, String why) {
    assertThat(FILTER.rejects(AnalyzedText.analyze(span).words().stream().map(Token::text).toList())).as(why)
        .isEqualTo(rejected);
  }

  @Test
  void theExtractorDropsAFormulaWhateverTaggedIt() {
    String body = "استقبل خادم الحرمين الشريفين حفظه الله وزير الخارجية الأمريكي في الرياض.";
    assertThat(EntityExtractor.fromResources().extract(body)).noneMatch(m -> m.text().contains("حفظه"))
        .noneMatch(m -> m.text().equals("الله"))
        .noneMatch(m -> m.text().equals("خادم الحرمين الشريفين"));
  }

  @Test
  void aGeneratedPlaceListDoesNotOverrideAListedQuestionWord() {
    // CLDR lists ماهي (Mahé); written as one word it is "ما هي", never a place
    String body = "وماهي الخانات المطلوب تعزيزها في الفريق؟ وما هي المراكز التي لابد من تعزيزها؟";
    assertThat(EntityExtractor.fromResources().extract(body)).noneMatch(m -> m.text().contains("ماهي"));
    assertThat(FILTER.isListed(java.util.List.of("وماهي"))).isTrue();
    assertThat(FILTER.isListed(java.util.List.of("ماهر"))).isFalse();
  }
}
