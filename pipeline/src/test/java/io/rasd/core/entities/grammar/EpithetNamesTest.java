package io.rasd.core.entities.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.Token;
import io.rasd.core.entities.EntityExtractor;
import io.rasd.core.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpithetNamesTest {
  private static final EpithetNames EPITHETS = EpithetNames.fromResources();

  private static List<String> found(String text) {
    List<Token> tokens = AnalyzedText.analyze(text).words();
    return EPITHETS.find(tokens).stream().map(f -> {
      NameCandidate c = f.candidate();
      return text.substring(tokens.get(c.first()).start() + c.cliticLength(), tokens.get(c.last()).end());
    }).toList();
  }

  @Test
  void anEpithetAloneNamesItsPlace() {
    assertThat(found("قدموا من داخل المملكة وخارجها منتجاتهم")).containsExactly("المملكة");
    assertThat(found("في كافة انحاء المملكة، ولا يقف دورها")).containsExactly("المملكة");
    assertThat(found("وأشاد بالمملكة ودورها، وقدم الشكر للمملكة")).containsExactly("المملكة", "لمملكة");
    assertThat(found("مقر قوات الطوارئ بالعاصمة المقدسة للاستفسار")).containsExactly("العاصمة المقدسة");
  }

  @Test
  void anEpithetBeforeADefiniteWordIsPartOfAnotherName() {
    assertThat(found("وزار المملكة المتحدة ثم المملكة الأردنية الهاشمية")).isEmpty();
    assertThat(found("وتطمح العاصمة الرياض إلى")).isEmpty();
  }

  @Test
  void theKingdomIsTheOneTheArticleNamesElseSaudiArabia() {
    EntityExtractor x = EntityExtractor.fromResources();
    List<Mention> saudi = x.extract("قال الوزير إن النقل الجوي في المملكة يشهد تطورا.");
    assertThat(saudi).filteredOn(m -> m.text().equals("المملكة")).extracting(Mention::gazetteerId)
        .containsExactly("loc-saudi");
    List<Mention> bahrain = x.extract("قالت وكالة أنباء مملكة البحرين إن المملكة قررت السماح للصحيفة بالصدور.");
    assertThat(bahrain).filteredOn(m -> m.text().equals("المملكة")).extracting(Mention::gazetteerId)
        .doesNotContain("loc-saudi").doesNotContainNull();
  }
}
