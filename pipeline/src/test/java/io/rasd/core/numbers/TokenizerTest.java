package io.rasd.core.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  @Test
  void splitsCliticsFromDigitsAndKeepsOffsets() {
    String s = "اعتقال بـ12 و٣٥ شخصًا، في 3,500.";
    List<Token> t = Tokenizer.tokenize(s);
    assertThat(t).extracting(Token::norm)
        .containsExactly("اعتقال", "ب", "12", "و", "35", "شخصا", "،", "في", "3,500", ".");
    for (Token k : t) assertThat(k.end()).isGreaterThan(k.start());
    assertThat(s.substring(t.get(5).start(), t.get(5).end())).isEqualTo("شخصًا");
  }

  @Test
  void foldsSpellingVariants() {
    assertThat(ArabicText.normalize("مائة")).isEqualTo(ArabicText.normalize("مائه"));
    assertThat(ArabicText.normalize("إحدى")).isEqualTo("احدي");
    assertThat(ArabicText.normalize("أُوقِفَ")).isEqualTo("اوقف");
    assertThat(ArabicText.digitValue('۷')).isEqualTo(7);
    assertThat(ArabicText.digitValue('٧')).isEqualTo(7);
    assertThat(ArabicText.digitValue('x')).isEqualTo(-1);
  }

  @Test
  void emptyAndSymbolOnlyText() {
    assertThat(Tokenizer.tokenize("")).isEmpty();
    assertThat(Tokenizer.tokenize("ـ")).extracting(Token::type).containsExactly(Token.Type.PUNCT);
  }
}
