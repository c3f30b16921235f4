package io.rasd.core.entities.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.Token;
import io.rasd.core.entities.EntityExtractor;
import io.rasd.core.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutletNamesTest {
  private static final OutletNames OUTLETS = OutletNames.fromResources();

  private static List<String> found(String text) {
    List<Token> tokens = AnalyzedText.analyze(text).words();
    return OUTLETS.find(tokens).stream().map(c -> {
      StringBuilder b = new StringBuilder();
      for (int i = c.first(); i <= c.last(); i++) b.append(i > c.first() ? " " : "").append(tokens.get(i).text());
      return b.toString();
    }).toList();
  }

  @Test
  void aListedOutletInQuotesIsTheOutlet() {
    assertThat(found("وحسب تقرير اطلعت \"الاقتصادية\" عليه جاءت في المرتبة الأولى")).containsExactly("الاقتصادية");
    assertThat(found("وقال في بيان تلقت «الشرق الأوسط» نسخة منه إن المشروع")).containsExactly("الشرق الأوسط");
    assertThat(found("وقال نائب رئيس النادي ل ( المدينة ) ان معسكر فريقه")).containsExactly("المدينة");
  }

  @Test
  void aListedOutletInADatelineIsTheSource() {
    assertThat(found("سبق- الرياض: تغادر يوم غد البعثة")).containsExactly("سبق");
    assertThat(found("سبق - بلقرن: أغلقت إدارة صحة البيئة")).containsExactly("سبق");
    // the place of a dateline is no source, even when it is a listed name
    assertThat(found("سبق- الرياض: وسط متابعة دقيقة")).containsExactly("سبق");
    assertThat(found("زيد الخمشي- الرياض- سبق: اشتكى منسوبو الإدارة")).containsExactly("سبق");
    assertThat(found("عبدالله البرقاوي- سبق- الرياض: تبدأ الوزارات")).containsExactly("سبق");
    assertThat(found("المدينة المنورة - واس: أعلنت الإمارة")).containsExactly("واس");
  }

  @Test
  void theSameWordsElsewhereKeepTheirOrdinaryReading() {
    assertThat(found("تشهد منطقة الشرق الأوسط توترا، وزار الوفد المدينة المنورة ثم الرياض.")).isEmpty();
    // a quoted phrase that only starts with a listed name is not the outlet
    assertThat(found("وأطلق مشروع \"الرياض الخضراء\" أمس")).isEmpty();
    // a dash between two words of a list is no dateline without the colon
    assertThat(found("رحلات بين الرياض - جدة يوميا")).isEmpty();
    assertThat(found("يا الله ما أطيب رائحتك يا \"مكة\" مخزن أسرار الغائبين")).isEmpty();
  }

  @Test
  void theExtractorTypesAQuotedOutletAsAnOrganization() {
    List<Mention> m = EntityExtractor.fromResources().extract(
        "وقال المتحدث في بيان تلقت \"الشرق الأوسط\" نسخة منه إن دول الشرق الأوسط تواجه تحديات.");
    assertThat(m).filteredOn(x -> x.text().equals("الشرق الأوسط")).extracting(Mention::type)
        .containsExactly("ORGANIZATION", "LOCATION");
  }
}
