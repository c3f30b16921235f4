package io.rasd.core.entities.linking;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.Token;
import io.rasd.core.entities.EntityExtractor;
import io.rasd.core.entities.grammar.NameCandidate;
import io.rasd.core.entities.grammar.PersonPatterns;
import io.rasd.core.model.Mention;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShortFormLinkerTest {
  private static List<Mention> link(String text, String person) {
    List<Token> tokens = AnalyzedText.analyze(text).words();
    int start = text.indexOf(person);
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == start) first = i;
      if (tokens.get(i).end() == start + person.length()) last = i;
    }
    NameCandidate c = EntityExtractor.withKey(new NameCandidate(first, last, 0, "PERSON", null, null), tokens);
    return new ShortFormLinker(tokens, PersonPatterns.fromResources()::isCommonWord).link(text, List.of(c), Map.of());
  }

  @Test
  void aLastNameFindsItsLoneMentionsInTheArticle() {
    List<Mention> m = link("وصل سامي الجابر إلى الفندق. وقال الجابر إن الفريق جاهز.", "سامي الجابر");
    assertThat(m).extracting(Mention::text).containsExactly("سامي الجابر", "الجابر");
  }

  @Test
  void aWordThatIsNeverANameAloneIsNoShortFormOfAPersonEndingWithIt() {
    // a headline title tagged as a person must not make every الحرمين / الشريفين of the article that person
    List<Mention> m = link("خادم الحرمين يستقبل الوفد. واستقبل نائب خادم الحرمين الشريفين الوفد في جدة، "
        + "وقدم الوفد شكره لخادم الحرمين الشريفين.", "خادم الحرمين");
    assertThat(m).extracting(Mention::text).containsExactly("خادم الحرمين");
    List<Mention> withTail = link("رحب بالوفد سفير الحرمين الشريفين. وقال إن الشريفين …", "سفير الحرمين الشريفين");
    assertThat(withTail).extracting(Mention::text).containsExactly("سفير الحرمين الشريفين");
  }
}
