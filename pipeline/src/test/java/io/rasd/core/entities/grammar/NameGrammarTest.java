package io.rasd.core.entities.grammar;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.SentenceWords;
import io.rasd.core.arabic.Token;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.ResourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NameGrammarTest {
  private static final NameGrammar GRAMMAR = NameGrammar.fromResources();

  static Stream<Arguments> cases() {
    return ResourceLines.readTsv("/entities/grammar/grammar_cases.tsv", 3).stream()
        .map(f -> Arguments.of(f[0], f[1], f[2]));
  }

  @ParameterizedTest(name = "{2}: {0}")
  @MethodSource("cases")
  void findsTheNamesAndWhereTheyEnd(String sentence, String expected, String rule) {
    List<Token> tokens = AnalyzedText.analyze(sentence).words();
    List<String> found = new ArrayList<>();
    for (NameGrammar.Match m : GRAMMAR.find(tokens.stream().map(Token::text).toList())) {
      int start = tokens.get(m.first()).start() + m.cliticLength();
      found.add(m.type() + ":" + sentence.substring(start, tokens.get(m.last()).end()));
    }
    List<String> want = expected.equals("-") ? List.of() : List.of(expected.split(" \\| "));
    assertThat(found).as(rule).isEqualTo(want);
  }

  @org.junit.jupiter.api.Test
  void theAdjectivesThatEndANameAreMarked() {
    assertThat(adjectives("في ولاية بشار الحدودية مع المغرب")).isEqualTo("ولاية بشار | الحدودية");
    assertThat(adjectives("أعلنت وزارة الداخلية المصرية القبض")).isEqualTo("وزارة الداخلية | المصرية");
    assertThat(adjectives("افتتح المجلس الأعلى للثقافة معرضا")).as("a complement ends it")
        .isEqualTo("المجلس الأعلى للثقافة | ");
    assertThat(adjectives("في محافظة صبيا أمس")).isEqualTo("محافظة صبيا | ");
  }

  /** The one name of the sentence: its words before the adjectives that end it | those adjectives. */
  private static String adjectives(String sentence) {
    List<String> words = AnalyzedText.analyze(sentence).words().stream().map(Token::text).toList();
    List<NameGrammar.Match> found = GRAMMAR.find(words);
    assertThat(found).hasSize(1);
    NameGrammar.Match m = found.get(0);
    return String.join(" ", words.subList(m.first(), m.adjectivesFrom())) + " | "
        + String.join(" ", words.subList(m.adjectivesFrom(), m.last() + 1));
  }
}
