package io.rasd.core.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArabicNumberParserTest {
  private static final ArabicNumberParser P = ArabicNumberParser.instance();

  static Stream<Arguments> parseCases() throws IOException {
    return rows("claims/number_parse_cases.tsv").stream().map(f -> Arguments.of(f[0], f[1]));
  }

  static Stream<Arguments> findAllCases() throws IOException {
    return rows("claims/number_findall_cases.tsv").stream().map(f -> Arguments.of(f[0], f[1]));
  }

  private static List<String[]> rows(String resource) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(ArabicNumberParserTest.class.getClassLoader().getResourceAsStream(resource)),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || !line.contains("\t")) continue;
        out.add(line.split("\t", 2));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("parseCases")
  void parsesPhrase(String phrase, String expected) {
    OptionalDouble got = P.parse(phrase);
    if (expected.equals("EMPTY")) {
      assertThat(got).as(phrase).isEmpty();
    } else {
      assertThat(got).as(phrase).hasValue(Double.parseDouble(expected));
    }
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("findAllCases")
  void findsAllMatches(String sentence, String expected) {
    List<NumberMatch> found = P.findAll(sentence);
    String got = found.isEmpty() ? "NONE" : found.stream().map(ArabicNumberParserTest::describe)
        .collect(Collectors.joining(" | "));
    assertThat(got).as(sentence).isEqualTo(expected);
    for (NumberMatch m : found) {
      assertThat(sentence.substring(m.start(), m.end())).isEqualTo(m.text());
    }
  }

  private static String describe(NumberMatch m) {
    if (m.kind() != NumberMatch.Kind.NUMBER) return m.kind().name();
    double v = m.value();
    return "NUMBER:" + (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v));
  }

  @Test
  void offsetsExcludeProclitics() {
    String s = "اعتقال بـ12 وخمسة";
    List<NumberMatch> m = P.findAll(s);
    assertThat(m).extracting(NumberMatch::text).containsExactly("12", "خمسة");
  }

  @Test
  void flagsAmbiguousDotAndVagueLowerBound() {
    assertThat(P.findAll("اعتقل 3.353 شخصا").get(0).ambiguousSeparator()).isTrue();
    assertThat(P.findAll("اعتقل 3,353 شخصا").get(0).ambiguousSeparator()).isFalse();
    NumberMatch v = P.findAll("عشرات الأشخاص").get(0);
    assertThat(v.value()).isNull();
    assertThat(v.lowerBound()).isEqualTo(30.0);
  }

  @Test
  void reportsForms() {
    assertThat(P.findAll("3 آلاف").get(0).form()).isEqualTo(NumberMatch.Form.MIXED);
    assertThat(P.findAll("ثلاثة آلاف").get(0).form()).isEqualTo(NumberMatch.Form.WORDS);
    assertThat(P.findAll("3000").get(0).form()).isEqualTo(NumberMatch.Form.DIGITS);
  }

  @Test
  void longRunsOfWordCharactersDigitsOrPhoneGroupsDoNotHang() {
    // each took from minutes to hours with the old backtracking pattern (40,000 letters: 22 s)
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
      assertThat(P.findAll("اعتقل 12 شخصا " + "ب".repeat(200_000))).extracting(NumberMatch::text).containsExactly("12");
      assertThat(P.findAll("00 ".repeat(50_000) + "و 7 أشخاص")).extracting(NumberMatch::text).contains("7");
      assertThat(P.findAll("a.".repeat(50_000) + " 9 خلايا")).extracting(NumberMatch::text).containsExactly("9");
    });
  }

  @Test
  void internationalNumbersNeedEightCharactersAfterThePrefixAsBefore() {
    assertThat(P.findAll("اتصل على 00212 661 234567 الآن")).extracting(NumberMatch::kind).containsExactly(NumberMatch.Kind.PHONE);
    assertThat(P.findAll("اتصل على +212 661 2345")).extracting(NumberMatch::kind).containsExactly(NumberMatch.Kind.PHONE);
    // too short for an international number: the local pattern still applies at the same place
    assertThat(P.findAll("رقم 0012 345 شخص")).extracting(NumberMatch::kind).doesNotContain(NumberMatch.Kind.NUMBER);
  }

  @Test
  void badInputDoesNotCrash() {
    assertThat(P.findAll(null)).isEmpty();
    assertThat(P.findAll("")).isEmpty();
    assertThat(P.parse(null)).isEmpty();
    assertThat(P.findAll("...,,,٫٫٬ ـــ ً")).isEmpty();
  }
}
