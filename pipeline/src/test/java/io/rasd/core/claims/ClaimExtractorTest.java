package io.rasd.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.model.Claim;
import io.rasd.core.model.Mention;
import io.rasd.core.model.MentionRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimExtractorTest {
  private static final ClaimExtractor X = ClaimExtractor.fromResources();
  private static final ClaimExtractor WITH_OTHER = ClaimExtractor.fromResources(true);

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        ClaimExtractorTest.class.getClassLoader().getResourceAsStream("claims/claim_sentence_cases.tsv")),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || !line.contains("\t")) continue;
        String[] f = line.split("\t", 2);
        out.add(Arguments.of(f[0], f[1]));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("cases")
  void extractsExpectedClaims(String sentence, String expected) {
    List<String> all = expected.equals("NONE") ? List.of() : List.of(expected.split(" \\| "));
    // the cases list `other` claims: the extractor with other gives them all, the default one all but them
    check(sentence, WITH_OTHER.extract(sentence, List.of(), null), all);
    check(sentence, X.extract(sentence, List.of(), null), all.stream().filter(w -> !w.startsWith("other:")).toList());
  }

  private static void check(String sentence, List<Claim> claims, List<String> want) {
    assertThat(claims).as(sentence + " -> " + claims).hasSize(want.size());
    for (int i = 0; i < want.size(); i++) {
      Claim c = claims.get(i);
      String[] spec = want.get(i).split(":");
      assertThat(c.metric()).as(sentence).isEqualTo(spec[0]);
      assertThat(c.value()).as(sentence).isEqualTo(spec[1].equals("null") ? null : Double.valueOf(spec[1]));
      assertThat(c.qualifier()).as(sentence).isEqualTo(spec[2]);
      for (int k = 3; k < spec.length; k++) {
        String[] kv = spec[k].split("=", 2);
        Object got = switch (kv[0]) {
          case "year" -> String.valueOf(c.year());
          case "since" -> String.valueOf(c.sinceYear());
          case "max" -> c.valueMax() == null ? "null" : String.valueOf(c.valueMax().longValue());
          case "unit" -> c.unit();
          case "loc" -> c.location();
          case "ctx" -> c.context();
          case "actor" -> c.actor() == null ? "-" : c.actor();
          default -> throw new IllegalArgumentException(kv[0]);
        };
        assertThat(got).as(sentence + " " + kv[0]).isEqualTo(kv[1]);
      }
      assertThat(sentence.substring(c.start(), c.end())).isEqualTo(c.text());
    }
  }

  @Test
  void oneFactStatedTwiceIsOneClaim() {
    String body = "اعتقال خمسة إرهابيين في طنجة\n\nأعلنت الشرطة اعتقال 5 إرهابيين في مدينة طنجة يوم الإثنين.";
    List<Claim> claims = X.extract(body, List.of(), null);
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).value()).isEqualTo(5.0);
    assertThat(claims.get(0).location()).isEqualTo("طنجة");
  }

  @Test
  void differentPlacesAreDifferentFacts() {
    String body = "تفكيك خلية إرهابية في مدينة طنجة. وفي يوم آخر تم تفكيك خلية في مدينة فاس.";
    assertThat(X.extract(body, List.of(), null)).extracting(Claim::location).containsExactly("طنجة", "فاس");
  }

  @Test
  void usesMentionsForActorSourceAndLocation() {
    String body = "وحسب بيان المديرية العامة للأمن الوطني، اعتقلت الفرقة الوطنية 4 أشخاص في وجدة.";
    int org = body.indexOf("الفرقة الوطنية");
    int loc = body.indexOf("وجدة");
    int src = body.indexOf("المديرية العامة للأمن الوطني");
    List<Mention> mentions = List.of(
        new Mention("ORGANIZATION", "المديرية العامة للأمن الوطني", src, src + 28, null, "dgsn", null),
        new Mention("ORGANIZATION", "الفرقة الوطنية", org, org + 14, null, "bnpj", null),
        new Mention("LOCATION", "وجدة", loc, loc + 4, null, "oujda", null));
    Claim c = X.extract(body, mentions, null).get(0);
    assertThat(c.metric()).isEqualTo("arrests");
    assertThat(c.actor()).isEqualTo("الفرقة الوطنية");
    assertThat(c.location()).isEqualTo("وجدة");
    assertThat(c.source()).isNotNull();
    assertThat(c.actorRef()).isEqualTo(new MentionRef("ORGANIZATION", "bnpj"));
    assertThat(c.locationRef()).isEqualTo(new MentionRef("LOCATION", "oujda"));
    assertThat(c.sourceRef()).isEqualTo(new MentionRef("ORGANIZATION", "dgsn"));
  }

  @Test
  void theOutletAStatementIsToldIsNoAgent() {
    String body = "وقالت مصادر محلية ل\"الرياض\" إن 13 مسلحاً حوثياً على الأقل قتلوا امس في مأرب.";
    int at = body.indexOf("الرياض");
    List<Mention> outlet = List.of(new Mention("ORGANIZATION", "الرياض", at, at + 6, null, "alriyadh", null));
    assertThat(X.extract(body, outlet, null)).singleElement().satisfies(c -> {
      assertThat(c.value()).isEqualTo(13.0);
      assertThat(c.actor()).isNull();
    });
    String glued = "وقال مصدر أمني للصحيفة إن الشرطة اعتقلت 5 أشخاص";
    int p = glued.indexOf("الصحيفة");
    List<Mention> paper = List.of(new Mention("ORGANIZATION", "الصحيفة", p, p + 7, null, "paper", null));
    assertThat(X.extract(glued, paper, null)).singleElement().extracting(Claim::actor).isEqualTo("الشرطة");
    String agent = "وأعلنت الشرطة أن وحدة \"النخبة\" اعتقلت 5 أشخاص";
    int u = agent.indexOf("النخبة");
    List<Mention> unit = List.of(new Mention("ORGANIZATION", "النخبة", u, u + 6, null, "elite", null));
    assertThat(X.extract(agent, unit, null)).singleElement().extracting(Claim::actor).isEqualTo("النخبة");
  }

  @Test
  void anActorFoundByItsHeadWordLinksToTheMentionItsWordsOverlap() {
    String body = "وقال التقرير إن أجهزة الأمن المغربية اعتقلت 55 فردا";
    int mar = body.indexOf("المغربية");
    Mention place = new Mention("LOCATION", "المغربية", mar, mar + 8, null, "ma", null);
    Claim c = X.extract(body, List.of(place), null).get(0);
    assertThat(c.actor()).as("no organization mention: the head-word phrase").isEqualTo("أجهزة الأمن المغربية");
    assertThat(c.actorRef()).isEqualTo(new MentionRef("LOCATION", "ma"));
    assertThat(c.sourceRef()).as("التقرير is no mention").isNull();
  }

  private static Mention person(String body, String name, int from) {
    int s = body.indexOf(name, from);
    return new Mention("PERSON", name, s, s + name.length(), null, name, null);
  }

  @Test
  void namedPeopleAfterATriggerCountTheNames() {
    String three = "واعتقلت الشرطة أحمد سالم وخالد عمر ومحمد علي في المدينة";
    List<Claim> c = X.extract(three, List.of(person(three, "أحمد سالم", 0), person(three, "خالد عمر", 0),
        person(three, "محمد علي", 0)), null);
    assertThat(c).extracting(Claim::metric, Claim::value).containsExactly(org.assertj.core.groups.Tuple.tuple("arrests", 3.0));
    String titled = "وجرح كلاً من \"أبو سعد\" القائد الميداني بمديرية الحزم والقيادي \" أبو فهد\" في المواجهات";
    c = X.extract(titled, List.of(person(titled, "أبو سعد", 0), person(titled, "أبو فهد", 0)), null);
    assertThat(c).extracting(Claim::metric, Claim::value).containsExactly(org.assertj.core.groups.Tuple.tuple("wounded", 2.0));
    String apart = "اعتقلت الشرطة أحمد سالم. وقال خالد عمر إن الأمر خطير";
    assertThat(X.extract(apart, List.of(person(apart, "أحمد سالم", 0), person(apart, "خالد عمر", 0)), null))
        .as("one name, then another sentence: no list").allMatch(x -> x.value() == null || x.value() < 2);
    String referees = "وأدار المباراة الحكم الدولي فهد المرداسي والدولي عبدالله الشلوي";
    assertThat(X.extract(referees, List.of(person(referees, "فهد المرداسي", 0), person(referees, "عبدالله الشلوي", 0)), null))
        .as("a noun before the names: they are not the trigger's object").allMatch(x -> x.value() == null || x.value() < 2);
    String suspended = "وقرر الاتحاد إيقاف اللاعبين سالم الدوسري وناصر الشمراني مباراتين";
    assertThat(X.extract(suspended, List.of(person(suspended, "سالم الدوسري", 0), person(suspended, "ناصر الشمراني", 0)), null))
        .as("a noun before the names").allMatch(x -> x.value() == null || x.value() < 2);
  }

  @Test
  void aSingleNamedPersonNextToATriggerVerbIsOne() {
    String after = "وبحسب المصادر فقد قتل أيضا \"أبو سالم\" القيادي في الجماعة المسلحة";
    assertThat(X.extract(after, List.of(person(after, "أبو سالم", 0)), null))
        .extracting(Claim::metric, Claim::value).containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 1.0));
    String agent = "واختطف المسلحون خالد العمري من منزله";
    assertThat(X.extract(agent, List.of(person(agent, "خالد العمري", 0)), null))
        .extracting(Claim::metric, Claim::value).containsExactly(org.assertj.core.groups.Tuple.tuple("kidnapped", 1.0));
    String passive = "وأكدت المصادر أن \"أبو ناصر\" قتل أمس على يد مقاتلين من العشائر";
    List<Claim> c = X.extract(passive, List.of(person(passive, "أبو ناصر", 0)), null);
    assertThat(c).extracting(Claim::metric, Claim::value).containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 1.0));
    assertThat(c.get(0).text()).startsWith("أبو ناصر");
    String active = "وقال \"أبو ناصر\" قتل الناس في القرى";
    assertThat(X.extract(active, List.of(person(active, "أبو ناصر", 0)), null))
        .as("a name before the verb without an agent marker: its subject, maybe the killer")
        .noneMatch(x -> Double.valueOf(1.0).equals(x.value()));
    String injured = "وأصيب سالم الدوسري في التدريبات";
    assertThat(X.extract(injured, List.of(person(injured, "سالم الدوسري", 0)), null))
        .as("wounded is not a metric of named_victim_words.tsv").noneMatch(x -> Double.valueOf(1.0).equals(x.value()));
    String far = "وقتل الجيش في الهجوم الأخير على المدينة خالد العمري";
    assertThat(X.extract(far, List.of(person(far, "خالد العمري", 0)), null))
        .as("other words between the verb and the name").noneMatch(x -> Double.valueOf(1.0).equals(x.value()));
  }

  @Test
  void aSingleNameAfterAMasdarAPerformingVerbOrAToppleIsNoVictim() {
    // ب, ك, ل never attach to a perfect verb: لقتل / بقتل / كقتل فلان are the masdar (a motive, a plot, a comparison)
    for (String s : List.of("وحكم عليه بالسجن لقتله خالد العمري قبل عامين", "وخطط المتهم لقتل خالد العمري في منزله",
        "واتهمته النيابة بقتل خالد العمري", "وبدا الأمر كقتل خالد العمري")) {
      assertThat(X.extract(s, List.of(person(s, "خالد العمري", 0)), null)).as(s)
          .noneMatch(x -> Double.valueOf(1.0).equals(x.value()));
    }
    // ل of purpose before an imperfect is a verb reading
    String purpose = "وتسلل المسلح ليقتل أيضا خالد العمري";
    assertThat(X.extract(purpose, List.of(person(purpose, "خالد العمري", 0)), null))
        .extracting(Claim::metric, Claim::value).containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 1.0));
    // لقي is a word, not a prefix: لقيادة (to lead), لقياس (to measure) are no killings
    for (String s : List.of("وعاد لقيادة خالد العمري الفريق", "في دراسة لقياس رضا خالد العمري")) {
      assertThat(X.extract(s, List.of(person(s, "خالد العمري", 0)), null)).as(s).isEmpty();
    }
    // NOT_SINGLE verbs of named_victim_words.tsv: a performer, a toppled ruler, a dropped player
    for (String s : List.of("وفي الفيلم يؤدي خالد العمري دور المحقق", "بعد الثورة التي أطاحت بخالد العمري",
        "قرار المدرب يطيح بخالد العمري من الفريق")) {
      assertThat(X.extract(s, List.of(person(s, "خالد العمري", 0)), null)).as(s)
          .noneMatch(x -> Double.valueOf(1.0).equals(x.value()));
    }
    // لقي as a word still counts its subject with مصرعه
    assertThat(X.extract("لقي ثلاثة أشخاص مصرعهم في الحادث", List.of(), null))
        .extracting(Claim::metric, Claim::value).containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 3.0));
  }

  @Test
  void noMentionNoRef() {
    Claim c = X.extract("وقال التقرير إن أجهزة الأمن المغربية اعتقلت 55 فردا", List.of(), null).get(0);
    assertThat(c.actor()).isNotNull();
    assertThat(c.actorRef()).isNull();
    assertThat(c.locationRef()).isNull();
  }

  @Test
  void prefersThePlaceNamedAfterTheCount() {
    String body = "أعلنت الأجهزة الأمنية في المغرب تفكيك خلية إرهابية تابعة لتنظيم داعش في مدينة وجدة شمال البلاد.";
    int ma = body.indexOf("المغرب");
    int wj = body.indexOf("وجدة");
    List<Mention> mentions = List.of(new Mention("LOCATION", "المغرب", ma, ma + 6, null, "ma", null),
        new Mention("LOCATION", "وجدة", wj, wj + 4, null, "oujda", null));
    assertThat(X.extract(body, mentions, null).get(0).location()).isEqualTo("وجدة");
  }

  @Test
  void findsSourceAndActorWithoutMentions() {
    Claim c = X.extract("وقال التقرير إن أجهزة الأمن المغربية اعتقلت 55 فردا", List.of(), null).get(0);
    assertThat(c.source()).isEqualTo("التقرير");
    assertThat(c.actor()).isEqualTo("أجهزة الأمن المغربية");
  }

  @Test
  void resolvesRelativeYearsAgainstThePublicationDate() {
    String body = "تم اختطاف 125 شخصا في وسط مالي خلال العام الماضي";
    assertThat(X.extract(body, List.of(), java.time.LocalDate.of(2023, 3, 1)).get(0).year()).isEqualTo(2022);
    assertThat(X.extract(body, List.of(), null).get(0).year()).isNull();
  }

  @Test
  void publicationDateOfASourceIsNotAPeriod() {
    String body = "وبحسب تقرير الأمم المتحدة الصادر في 2022، تم اختطاف 125 شخصا في وسط مالي";
    Claim c = X.extract(body, List.of(), null).get(0);
    assertThat(c.year()).isNull();
    assertThat(c.source()).startsWith("تقرير الأمم المتحدة");
  }

  @Test
  void badInputGivesNoClaims() {
    assertThat(X.extract((String) null, null, null)).isEmpty();
    assertThat(X.extract("", List.of(), null)).isEmpty();
    assertThat(X.extract("   \n\n ...", List.of(), null)).isEmpty();
    assertThat(X.extract("ـــ ٫٫ 12", List.of(), null)).isEmpty();
  }

  // --- issue 11, stop 12: agents (AgentFinder, Attribution)

  private static Mention org(String body, String name) {
    int at = body.indexOf(name);
    return new Mention("ORGANIZATION", name, at, at + name.length(), null, name, null);
  }

  private static Claim only(List<Claim> claims, String metric) {
    List<Claim> of = claims.stream().filter(c -> c.metric().equals(metric)).toList();
    assertThat(of).as(claims.toString()).hasSize(1);
    return of.get(0);
  }

  @Test
  void theClauseAgentStandsInTheClaimsSentence() {
    // a headline without a full stop ends right before the body: its organization is not the body claim's agent
    String body = "تركيا تعتقل 20 شخصا على صلة بداعش\nاعتقلت السلطات التركية 20 شخصا لهم صلة بالتنظيم.";
    Claim c = only(X.extract(body, List.of(org(body, "داعش")), null), "arrests");
    assertThat(c.actor()).isEqualTo("السلطات التركية");
    String two = "أعلن تنظيم داعش مسؤوليته عن التفجير. واعتقلت السلطات 5 أشخاص.";
    assertThat(only(X.extract(two, List.of(org(two, "تنظيم داعش")), null), "arrests").actor()).isEqualTo("السلطات");
    String one = "اعتقل تنظيم داعش 5 أشخاص.";
    assertThat(only(X.extract(one, List.of(org(one, "تنظيم داعش")), null), "arrests").actor()).isEqualTo("تنظيم داعش");
  }

  @Test
  void anOrganizationAfterLamBeforeACoordinatedVerbIsNotItsAgent() {
    String body = "قتل القائد الميداني لتنظيم داعش في المدينة وجرح ثلاثة من مرافقيه في مواجهة مع قوات الجيش.";
    assertThat(only(X.extract(body, List.of(org(body, "داعش")), null), "wounded").actor()).isEqualTo("قوات الجيش");
    String glued = "قتل أمير كتيبة تابعة لـداعش وأصيب خمسة من عناصره في اشتباك مع الشرطة.";
    assertThat(only(X.extract(glued, List.of(org(glued, "داعش")), null), "wounded").actor()).isEqualTo("الشرطة");
  }

  @Test
  void aBareSubjectOrAnEffortsOwnerStaysTheAgent() {
    // a subject shared by coordinated verbs stands bare
    String shared = "هاجمت جماعة بوكو حرام القرية وقتلت عشرة أشخاص.";
    assertThat(only(X.extract(shared, List.of(org(shared, "جماعة بوكو حرام")), null), "killed").actor())
        .isEqualTo("جماعة بوكو حرام");
    // the owner of an effort before a masdar (no coordinated verb)
    String effort = "أشاد المواطنون بالجهود الأمنية لوزارة الداخلية بعد ضبط خمسة مهربين.";
    assertThat(only(X.extract(effort, List.of(org(effort, "وزارة الداخلية")), null), "arrests").actor())
        .isEqualTo("وزارة الداخلية");
  }

  @Test
  void aBodyRelativeRestatingTheHeadlineCountGivesItsAgent() {
    String body = "تشييع شهيدين في القرية\nشيع الأهالي الشهيدين اللذين استشهدا أثناء المواجهة مع الميليشيات على الحدود.";
    assertThat(only(X.extract(body, List.of(), null), "killed").actor()).isEqualTo("الميليشيات");
    String one = "استشهاد جندي على الحدود\nوقالت الوزارة إن الجندي الذي استشهد أثناء المواجهة مع المسلحين من أبناء المنطقة.";
    assertThat(only(X.extract(one, List.of(), null), "killed").actor()).isEqualTo("المسلحين");
    // another value: the relative names one of the headline's count, no claim of its own
    String other = "مقتل خمسة جنود في هجوم\nوقال الجيش إن الجندي الذي استشهد أمس كان في الحراسة.";
    assertThat(only(X.extract(other, List.of(), null), "killed").value()).isEqualTo(5.0);
  }
}
