package io.rasd.core.entities.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterAcronymsTest {
  private static final LetterAcronyms ACRONYMS = LetterAcronyms.fromResources();

  private static List<String> chains(String text) {
    List<Token> tokens = AnalyzedText.analyze(text).words();
    return ACRONYMS.chains(tokens).stream()
        .map(r -> text.substring(tokens.get(r[0]).start(), tokens.get(r[1]).end())).toList();
  }

  private static String span(String text, List<Token> tokens, NameCandidate c) {
    return text.substring(tokens.get(c.first()).start(), tokens.get(c.last()).end());
  }

  @Test
  void dottedLetterNamesAreOneAcronym() {
    assertThat(chains("وجاءت منافستها الألمانية أيضا بي.إم.دبليو بمبيعات قدرها")).containsExactly("بي.إم.دبليو");
    assertThat(chains("مع هبوط أسهم شركات \" إس . إي . إس \" لتشغيل الأقمار")).containsExactly("إس . إي . إس");
  }

  @Test
  void lettersWithoutDotsAndLoneLetterWordsAreNoChain() {
    assertThat(chains("مركب ثنائي الفينيل (بي سي بي) الذي كان يستخدم")).isEmpty();
    assertThat(chains("وقال إن الاجتماع في الرياض. في اليوم التالي")).isEmpty(); // a word, a dot, a new sentence
  }

  @Test
  void aNameInsideAChainIsWidenedAndANameAcrossOneDropped() {
    String text = "منافستها بي.إم.دبليو بمبيعات، وتلتها السيارة تيجوان2 تي.دي.آي بلو موشن من فولكس فاجن";
    List<Token> tokens = AnalyzedText.analyze(text).words();
    int bi = index(tokens, "بي");
    int w = index(tokens, "دبليو");
    int tiguan = index(tokens, "تيجوان2");
    int blue = index(tokens, "بلو");
    int vw = index(tokens, "فولكس");
    List<NameCandidate> names = List.of(
        new NameCandidate(bi, bi, 0, "ORGANIZATION", null, null),
        new NameCandidate(w, w, 0, "ORGANIZATION", null, null),
        new NameCandidate(tiguan, tiguan + 1, 0, "ORGANIZATION", null, null),
        new NameCandidate(blue - 1, blue + 1, 0, "ORGANIZATION", null, null),
        new NameCandidate(vw, vw + 1, 0, "ORGANIZATION", null, null));
    assertThat(ACRONYMS.apply(names, tokens)).extracting(c -> span(text, tokens, c))
        .containsExactly("بي.إم.دبليو", "فولكس فاجن");
  }

  private static int index(List<Token> tokens, String text) {
    for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).text().equals(text)) return i;
    throw new AssertionError(text);
  }
}
