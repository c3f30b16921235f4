package io.rasd.core.entities.grammar;

import io.rasd.core.arabic.Token;
import io.rasd.core.arabic.AnalyzedText;
import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.ResourceLines;
import io.rasd.core.arabic.ArabicWord;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PersonPatternsTest {
  private final PersonPatterns patterns = PersonPatterns.fromResources();

  private List<String> persons(String text) {
    List<Token> tokens = AnalyzedText.analyze(text).words();
    return patterns.find(tokens, new boolean[tokens.size()]).stream()
        .map(r -> text.substring(tokens.get(r[0]).start(), tokens.get(r[1]).end())).toList();
  }

  @Test
  void appositionBeforeARole() {
    assertThat(persons("حضر اللقاء بونيت تالوار، سفير الولايات المتحدة")).containsExactly("بونيت تالوار");
  }

  @Test
  void nameAfterASpeechVerbKeepsItsParticles() {
    assertThat(persons("قال مولاي ادريس اكلمام الاسبوع الماضي")).containsExactly("مولاي ادريس اكلمام");
  }

  @Test
  void ordinaryWordsAreNoNames() {
    assertThat(persons("قال مصدر مطلع إن الاجتماع كان مثمرا")).isEmpty();
    assertThat(persons("وأضاف البلاغ أن المباحثات تمحورت")).isEmpty();
  }

  static Stream<Arguments> lastWords() {
    return ResourceLines.readTsv("/entities/grammar/never_last_word_cases.tsv", 3).stream()
        .map(f -> Arguments.of(f[0], Boolean.parseBoolean(f[1]), f[2]));
  }

  @ParameterizedTest(name = "{2}: {0}")
  @MethodSource("lastWords")
  void wordsNoPersonNameEndsWith(String word, boolean never, String why) {
    assertThat(patterns.isNeverLastWord(ArabicWord.of(word))).as(why).isEqualTo(never);
  }

  @Test
  void aPossessedOrdinaryNounIsNoNameWord() {
    for (String w : List.of("استقالته", "نيته", "أنواعه", "وأنواعه", "استقالتها")) {
      assertThat(patterns.isPossessedNoun(ArabicWord.of(w))).as(w).isTrue();
    }
    // names that end in ه or a taa marbuta: a short stem (عبده, جمعه), a stem that is no ordinary word (الدوابشه),
    // a taa marbuta written as such (سلامة)
    for (String w : List.of("عبده", "جمعه", "الدوابشه", "سلامة", "طه", "حماده")) {
      assertThat(patterns.isPossessedNoun(ArabicWord.of(w))).as(w).isFalse();
    }
  }

  @Test
  void aSoundPluralOfAnOrdinaryWordIsNoName() {
    for (String w : List.of("باحثون", "محامون", "مسابقات", "مطارات", "للمطارات")) {
      assertThat(patterns.isPluralOfOrdinaryWord(ArabicWord.of(w))).as(w).isTrue();
    }
    for (String w : List.of("بركات", "فرحات", "عرفات", "هارون", "زيدون", "الحسين", "ياسين", "فلسطين", "كاميرون")) {
      assertThat(patterns.isPluralOfOrdinaryWord(ArabicWord.of(w))).as(w).isFalse();
    }
  }
}
