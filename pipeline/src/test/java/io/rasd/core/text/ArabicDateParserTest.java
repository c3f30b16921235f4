package io.rasd.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicDateParserTest {
  private final ArabicDateParser parser = ArabicDateParser.instance();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "21 فبراير 2023|2023-02-21",
        "23 ديسمبر، 2021|2021-12-23",
        "الثلاثاء 21 شباط/فبراير 2023|2023-02-21",
        "٢١ فبراير ٢٠٢٣|2023-02-21",
        "۲۱ فبراير ۲۰۲۳|2023-02-21",
        "5 شتنبر 2022|2022-09-05",
        "12 دجنبر 2020|2020-12-12",
        "3 جوان 2019|2019-06-03",
        "1 جانفي 2021|2021-01-01",
        "9 تشرين الأول 2018|2018-10-09",
        "9 كانون الثاني 2018|2018-01-09",
        "نشر في 14 أغسطس 2015 - 10:30 ص|2015-08-14",
        "آخر تحديث: 2 ماي 2024|2024-05-02",
        "2023-02-21|2023-02-21",
        "21/02/2023|2023-02-21",
        "يونيو 13, 2022|2022-06-13",
        "1 أيار/مايو 2020|2020-05-01"
      })
  void dateLines(String line, String iso) {
    assertThat(parser.parseDateLine(line)).contains(LocalDate.parse(iso));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "خلال يومي 13 و14 يونيو 2022، والتقى فيها",
        "عقب 11 سبتمبر/أيلول 2001، انخراطه في الحرب",
        "لقاء بين حموشي وراي في المغرب",
        "31 فبراير 2023"
      })
  void sentencesAndImpossibleDatesAreNotDateLines(String line) {
    assertThat(parser.parseDateLine(line)).isEmpty();
  }

  @Test
  void aLongRunOfSpacesAfterADayAndMonthIsScannedOnceNotBacktracked() {
    // an overlong token is blanked to spaces before extraction: the date patterns' space runs were greedy and
    // backtracked (cubic in the run: 20,000 spaces never finished)
    String blanked = "قتل 5 في 12 يناير" + " ".repeat(200_000) + "x";
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(10), () -> assertThat(parser.find(blanked)).isEmpty());
    String spaced = "و3 مارس" + " ".repeat(200_000) + "، 2020";
    assertThat(parser.find(spaced).map(ArabicDateParser.DateMatch::date)).contains(LocalDate.of(2020, 3, 3));
  }

  @Test
  void metadataDates() {
    assertThat(parser.parseAny("2015-07-21T10:15:00Z")).contains(LocalDate.of(2015, 7, 21));
    assertThat(parser.parseAny("2015-07-21")).contains(LocalDate.of(2015, 7, 21));
    assertThat(parser.parseAny("غير معروف")).isEmpty();
    assertThat(parser.parseAny(null)).isEmpty();
  }

  @Test
  void monthsInEveryRegionalForm() {
    assertThat(parser.month("اغسطس")).isEqualTo(8);
    assertThat(parser.month("غشت")).isEqualTo(8);
    assertThat(parser.month("آب")).isEqualTo(8);
    assertThat(parser.month("أوت")).isEqualTo(8);
    assertThat(parser.month("سبتمبرا")).isEqualTo(-1);
  }
}
