package io.rasd.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicTokenizerTest {
  @Test
  void tokensKeepExactOffsets() {
    String text = "رئيس DGSN-DGST عبد اللطيف، (FBI).";
    List<Token> tokens = ArabicTokenizer.tokenize(text);
    assertThat(tokens).extracting(Token::text)
        .containsExactly("رئيس", "DGSN", "-", "DGST", "عبد", "اللطيف", "،", "(", "FBI", ")", ".");
    for (Token t : tokens) assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
  }

  @Test
  void sentencesEndAtStopsAndLineBreaks() {
    String text = "جملة أولى. جملة ثانية\nسطر آخر";
    assertThat(ArabicTokenizer.sentences(text)).hasSize(3);
  }
}
