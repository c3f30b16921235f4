package io.rasd.core.entities.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.ResourceLines;
import io.rasd.core.entities.EntityExtractor;
import io.rasd.core.model.Mention;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grammar, the gazetteer lists, the model and the filters together, as the extractor fuses them
 * ({@code entities/grammar/fusion_cases.tsv}): a mention "TYPE:text" (with "{id}" its gazetteer id) the sentence must
 * have, or "!TYPE:text" one it must not have.
 */
class FusionCasesTest {
  private static final EntityExtractor EXTRACTOR = EntityExtractor.fromResources();

  static Stream<Arguments> cases() {
    return ResourceLines.readTsv("/entities/grammar/fusion_cases.tsv", 3).stream()
        .map(f -> Arguments.of(f[0], f[1], f[2]));
  }

  @ParameterizedTest(name = "{2}: {0}")
  @MethodSource("cases")
  void fusesTheNames(String sentence, String expected, String rule) {
    List<String> found = EXTRACTOR.extract(sentence).stream()
        .filter(m -> !m.type().equals("DATE"))
        .map(FusionCasesTest::describe)
        .toList();
    boolean absent = expected.startsWith("!");
    String want = absent ? expected.substring(1) : expected;
    if (absent) {
      assertThat(found).as(rule).noneMatch(f -> f.equals(want) || f.startsWith(want + "{"));
    } else if (want.contains("{")) {
      assertThat(found).as(rule).contains(want);
    } else {
      assertThat(found).as(rule).anyMatch(f -> f.equals(want) || f.startsWith(want + "{"));
    }
  }

  private static String describe(Mention m) {
    return m.type() + ":" + m.text() + (m.gazetteerId() == null ? "" : "{" + m.gazetteerId() + "}");
  }
}
