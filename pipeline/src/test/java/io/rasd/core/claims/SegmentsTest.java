package io.rasd.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.numbers.Token;
import io.rasd.core.numbers.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentsTest {
  private static final ClaimLexicon LEX = ClaimLexicon.load();

  @Test
  void sentencesEndAtPunctuationAndLineBreaksClausesAtConnectors() {
    String s = "عنوان الخبر\nاعتقال 5 أشخاص، كما أن الشرطة فككت خلية؛ وانتهى. جملة أخرى";
    List<Token> t = Tokenizer.tokenize(s);
    Segments seg = new Segments(s, t, LEX);
    int i5 = indexOf(t, "5");
    int police = indexOf(t, "الشرطه");
    int ended = indexOf(t, "وانتهي");
    int other = indexOf(t, "جمله");
    assertThat(seg.sentence[0]).isNotEqualTo(seg.sentence[i5]);
    assertThat(seg.sentence[i5]).isEqualTo(seg.sentence[police]);
    assertThat(seg.clause[i5]).isNotEqualTo(seg.clause[police]);
    assertThat(seg.sentence[ended]).isNotEqualTo(seg.sentence[police]);
    assertThat(seg.sentence[other]).isNotEqualTo(seg.sentence[ended]);
  }

  @Test
  void wordFormsStripProcliticsAndArticle() {
    assertThat(WordForms.variants("والقبض")).extracting(WordForms.Variant::form).contains("القبض", "قبض");
    assertThat(WordForms.variants("للمرشدات")).extracting(WordForms.Variant::form).contains("مرشدات");
  }

  private static int indexOf(List<Token> t, String norm) {
    for (int i = 0; i < t.size(); i++) if (t.get(i).norm().equals(norm)) return i;
    throw new AssertionError(norm);
  }
}
