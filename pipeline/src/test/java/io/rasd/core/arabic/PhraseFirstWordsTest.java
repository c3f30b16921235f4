package io.rasd.core.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Phrase.FirstWords} is a prefilter: at every token where some phrase matches, it must say "may start", and it
 * must skip the tokens no phrase's first word can be (so matching every phrase there is saved).
 */
class PhraseFirstWordsTest {
  private static final List<Phrase> CONNECTORS = Phrase.loadAll("arabic/clause_connectors.tsv");

  @Test
  void neverSkipsATokenWherePhraseMatches() {
    String text = "وقال المسؤول كما أن الشرطة اعتقلت خمسة، بينما فر آخرون. وفيما بعد، لكن القوات عادت فبينما كانت";
    List<Token> tokens = Tokenizer.tokenize(text);
    Phrase.FirstWords first = new Phrase.FirstWords(CONNECTORS);
    int matched = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean any = false;
      for (Phrase p : CONNECTORS) any |= p.matchAt(tokens, i) > 0;
      if (any) {
        matched++;
        assertThat(first.mayStart(tokens.get(i))).as(tokens.get(i).text()).isTrue();
      }
    }
    assertThat(matched).as("the text holds connectors, with and without proclitics").isGreaterThanOrEqualTo(3);
  }

  @Test
  void skipsWordsNoPhraseStartsWith() {
    Phrase.FirstWords first = new Phrase.FirstWords(List.of(Phrase.of("منذ عام", ""), Phrase.of("خلال", "")));
    List<Token> tokens = Tokenizer.tokenize("اعتقلت الشرطة وخلال منذ، 2014");
    assertThat(tokens.stream().filter(first::mayStart).map(Token::text)).containsExactly("وخلال", "منذ");
  }
}
