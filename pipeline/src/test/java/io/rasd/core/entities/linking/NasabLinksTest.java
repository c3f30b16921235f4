package io.rasd.core.entities.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NasabLinksTest {
  private static final PersonName SALMAN = new PersonName("سلمان", List.of("عبد العزيز"), "");
  private static final PersonName SALMAN_AL_SAUD = new PersonName("سلمان", List.of("عبد العزيز"), "ال سعود");
  /** A span run on into the next word once: "سلمان بن عبدالعزيز الميمون". */
  private static final PersonName RUN_ON = new PersonName("سلمان", List.of("عبد العزيز"), "الميمون");

  private static List<String> pairs(List<PersonName> names, long... articles) {
    return NasabLinks.of(names, i -> articles[i]).stream().map(p -> p[0] + "-" + p[1]).sorted().toList();
  }

  @Test
  void aLongerNameSeenOnceDoesNotVetoTheOnesSeenInManyArticles() {
    assertThat(pairs(List.of(SALMAN, SALMAN_AL_SAUD, RUN_ON), 650, 900, 1)).containsExactly("0-1");
  }

  @Test
  void aLongerNameSeenInFewArticlesBesideOneSeenInHundredsDoesNotVetoIt() {
    assertThat(pairs(List.of(SALMAN, SALMAN_AL_SAUD, RUN_ON), 650, 900, 3)).containsExactly("0-1");
  }

  @Test
  void twoLongerNamesThatBothStandAreTwoMenAndTheShortOneJoinsNeither() {
    assertThat(pairs(List.of(SALMAN, SALMAN_AL_SAUD, RUN_ON), 650, 900, 2)).containsExactly("0-1");
    assertThat(pairs(List.of(SALMAN, SALMAN_AL_SAUD, RUN_ON), 650, 900, 60)).isEmpty();
    assertThat(pairs(List.of(SALMAN, SALMAN_AL_SAUD, RUN_ON), 3, 2, 2)).isEmpty();
  }

  @Test
  void withoutCountsEveryLongerNameCounts() {
    assertThat(NasabLinks.of(List.of(SALMAN, SALMAN_AL_SAUD, RUN_ON))).isEmpty();
    assertThat(NasabLinks.of(List.of(SALMAN, SALMAN_AL_SAUD))).hasSize(1);
  }

  @Test
  void whenEveryLongerNameIsSeenOnceTheyAllCount() {
    assertThat(pairs(List.of(SALMAN, SALMAN_AL_SAUD, RUN_ON), 5, 1, 1)).isEmpty();
  }

  private static final PersonName SAUD = new PersonName("سعود", List.of(), "الفيصل");
  private static final PersonName SAUD_SON_OF_KHALID = new PersonName("سعود", List.of("خالد"), "الفيصل");
  private static final PersonName KHALID = new PersonName("خالد", List.of(), "الفيصل");

  @Test
  void aWellAttestedShortNameDoesNotJoinTheSonOfAnotherManOfItsFamily() {
    assertThat(pairs(List.of(SAUD, SAUD_SON_OF_KHALID, KHALID), 300, 3, 200)).isEmpty();
    assertThat(pairs(List.of(SAUD, SAUD_SON_OF_KHALID, KHALID), 3, 3, 2)).isEmpty();
  }

  @Test
  void theShortNameStillJoinsWhenTheFatherIsNotKnownByTheFamilyName() {
    assertThat(pairs(List.of(SAUD, SAUD_SON_OF_KHALID), 300, 3)).containsExactly("0-1");
    assertThat(pairs(List.of(SAUD, SAUD_SON_OF_KHALID, KHALID), 300, 3, 1)).as("the father seen once").containsExactly("0-1");
    PersonName adel = new PersonName("عادل", List.of(), "الجبير");
    PersonName adelBinAhmed = new PersonName("عادل", List.of("احمد"), "الجبير");
    assertThat(pairs(List.of(adel, adelBinAhmed), 400, 5)).containsExactly("0-1");
  }

  @Test
  void aShortNameSeenLessThanTheSonsFullNameIsHisShortForm() {
    assertThat(pairs(List.of(SAUD, SAUD_SON_OF_KHALID, KHALID), 2, 5, 200)).containsExactly("0-1");
    assertThat(pairs(List.of(SAUD, SAUD_SON_OF_KHALID, KHALID), 1, 1, 200)).as("seen once").containsExactly("0-1");
  }
}
