package io.rasd.core.entities.dates;

import io.rasd.core.arabic.AnalyzedText;
import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {
  private final DateFinder finder = DateFinder.fromResources();

  private List<Mention> find(String text) {
    List<Mention> m = finder.find(text, AnalyzedText.analyze(text).words());
    for (Mention x : m) assertThat(text.substring(x.start(), x.end())).isEqualTo(x.text());
    return m;
  }

  @Test
  void fullDates() {
    assertThat(find("الرباط في 21 فبراير 2023 أعلن")).extracting(Mention::value).containsExactly("2023-02-21");
    assertThat(find("عقب 11 سبتمبر/أيلول 2001، انخرط")).extracting(Mention::text, Mention::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("11 سبتمبر/أيلول 2001", "2001-09-11"));
    assertThat(find("23 ديسمبر، 2021")).extracting(Mention::value).containsExactly("2021-12-23");
    assertThat(find("في 3 كانون الثاني 2020")).extracting(Mention::value).containsExactly("2020-01-03");
    assertThat(find("يومي 13 و14 يونيو 2022")).extracting(Mention::text).containsExactly("14 يونيو 2022");
  }

  @Test
  void monthAndYear() {
    assertThat(find("في سبتمبر 2020 حول")).extracting(Mention::value).containsExactly("2020-09");
    assertThat(find("منذ غشت 2019")).extracting(Mention::value).containsExactly("2019-08");
  }

  @Test
  void bareYearsNeedACue() {
    assertThat(find("في عام 2014 وقعت")).extracting(Mention::value).containsExactly("2014");
    assertThat(find("منذ 2002")).extracting(Mention::value).containsExactly("2002");
    assertThat(find("تفكيك أكثر من 2009 خلية")).isEmpty();
  }

  @Test
  void dayAndMonthWithoutYearHasNoValue() {
    assertThat(find("في 8 مارس الماضي")).isEmpty();
    assertThat(find("مارس الرياضة")).isEmpty();
  }

  @Test
  void mentionsAreDatesWithLinkKeys() {
    Mention m = find("21 فبراير 2023").get(0);
    assertThat(m.type()).isEqualTo("DATE");
    assertThat(m.linkKey()).isEqualTo("DATE:2023-02-21");
    assertThat(m.gazetteerId()).isNull();
  }
}
