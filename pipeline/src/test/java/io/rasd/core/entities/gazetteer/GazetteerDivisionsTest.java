package io.rasd.core.entities.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.ResourceLines;
import io.rasd.core.entities.EntityExtractor;
import io.rasd.core.model.Mention;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The hand-written divisions list (gazetteer-divisions.tsv) as the whole extractor sees it, one sentence a case. */
class GazetteerDivisionsTest {
  private static final EntityExtractor EXTRACTOR = EntityExtractor.fromResources();

  static Stream<Arguments> cases() {
    return ResourceLines.readTsv("/entities/gazetteer/division_cases.tsv", 3).stream()
        .map(f -> Arguments.of(f[0], f[1], f[2]));
  }

  @ParameterizedTest(name = "{2}: {0}")
  @MethodSource("cases")
  void namesTheDivisionAsALocationWithItsId(String sentence, String span, String id) {
    assertThat(EXTRACTOR.extract(sentence))
        .filteredOn(m -> m.type().equals("LOCATION"))
        .extracting(Mention::text, Mention::gazetteerId)
        .contains(org.assertj.core.groups.Tuple.tuple(span, id));
  }

  static Stream<Arguments> ordinaryWords() {
    return ResourceLines.readTsv("/entities/gazetteer/division_word_cases.tsv", 3).stream()
        .map(f -> Arguments.of(f[0], f[1], f[2]));
  }

  @ParameterizedTest(name = "not {2}: {0}")
  @MethodSource("ordinaryWords")
  void anOrdinaryWordSpelledLikeAPlaceIsNoLocation(String sentence, String word, String place) {
    int start = sentence.indexOf(word);
    assertThat(start).as("the word is in the sentence").isNotNegative();
    int end = start + word.length();
    assertThat(EXTRACTOR.extract(sentence))
        .noneMatch(m -> m.type().equals("LOCATION") && m.start() < end && start < m.end());
  }
}
