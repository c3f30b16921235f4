package io.rasd.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.model.ArticleClaim;
import io.rasd.core.claims.ClaimGrouper.GroupAssignment;
import io.rasd.core.model.Claim;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ClaimGrouperTest {
  private final ClaimGrouper grouper = new ClaimGrouper();

  private static Claim claim(String metric, Double v, String q, Integer year, Integer since, String loc) {
    return new Claim(metric, v, null, q, null, null, year, since, null, null, loc, "t", 0, 1);
  }

  @Test
  void linksCompatibleReportsOfOneFact() {
    List<ArticleClaim> in = List.of(
        new ArticleClaim("a1", "A", claim("cells_dismantled", 2000.0, "approximately", null, 2002, null)),
        new ArticleClaim("b1", "B", claim("cells_dismantled", 2009.0, "more_than", null, 2002, null)),
        new ArticleClaim("a2", "A", claim("arrests", 3000.0, "more_than", null, 2002, null)),
        new ArticleClaim("b2", "B", claim("arrests", 3353.0, "more_than", null, 2002, null)),
        new ArticleClaim("b3", "B", claim("arrests", 55.0, "at_least", 2021, null, null)));
    List<GroupAssignment> out = grouper.group(in);
    assertThat(out).hasSize(4).noneMatch(GroupAssignment::conflict);
    assertThat(out).extracting(GroupAssignment::claimId).containsExactlyInAnyOrder("a1", "b1", "a2", "b2");
    String cells = out.stream().filter(g -> g.claimId().equals("a1")).findFirst().orElseThrow().groupId();
    assertThat(out.stream().filter(g -> g.claimId().equals("b1")).findFirst().orElseThrow().groupId())
        .isEqualTo(cells);
    assertThat(out.stream().filter(g -> g.claimId().equals("a2")).findFirst().orElseThrow().groupId())
        .isNotEqualTo(cells);
  }

  private static Claim byActor(String actor, Double v, String q) {
    return new Claim("cells_dismantled", v, null, q, null, null, null, 2002, actor, null, "المغرب", "t", 0, 1);
  }

  @Test
  void aGenericActorContradictsNoNamedOne() {
    List<GroupAssignment> out = grouper.group(List.of(
        new ArticleClaim("a", "A", byActor("السلطات الأمنية", 2000.0, "approximately")),
        new ArticleClaim("b", "B", byActor("المغرب", 2009.0, "more_than"))));
    assertThat(out).extracting(GroupAssignment::claimId).containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void differentNamedActorsAreDifferentFacts() {
    List<GroupAssignment> out = grouper.group(List.of(
        new ArticleClaim("a", "A", byActor("الجزائر", 2000.0, "approximately")),
        new ArticleClaim("b", "B", byActor("المغرب", 2009.0, "more_than"))));
    assertThat(out).isEmpty();
  }

  @Test
  void flagsConflictingValuesOfOneRunningTotal() {
    List<GroupAssignment> out = grouper.group(List.of(
        new ArticleClaim("x", "A", claim("cells_dismantled", 150.0, "exact", null, 2002, null)),
        new ArticleClaim("y", "B", claim("cells_dismantled", 190.0, "exact", null, 2002, null))));
    assertThat(out).hasSize(2).allMatch(GroupAssignment::conflict);
    assertThat(out.get(0).detail()).contains("conflicts with");
  }

  @Test
  void totalsSinceOneYearThatDifferAsTollsNotEstimatesAreDifferentFacts() {
    // about 70 fighters of one battle and more than 40,000 of a thirty-year conflict, both "since 2013"
    assertThat(grouper.group(List.of(
        new ArticleClaim("x", "A", claim("killed", 70.0, "approximately", null, 2013, "لبنان")),
        new ArticleClaim("y", "B", claim("killed", 40000.0, "more_than", null, 2013, null))))).isEmpty();
    // about 10,000 and more than 15,000 since 2009: two estimates of one toll, a conflict
    assertThat(grouper.group(List.of(
        new ArticleClaim("x", "A", claim("killed", 10000.0, "approximately", null, 2009, null)),
        new ArticleClaim("y", "B", claim("killed", 15000.0, "more_than", null, 2009, null)))))
        .hasSize(2).allMatch(GroupAssignment::conflict);
    // three times apart is still an estimate (100 / 300), more is not (100 / 301)
    assertThat(grouper.group(List.of(
        new ArticleClaim("x", "A", claim("arrests", 100.0, "exact", null, 2010, null)),
        new ArticleClaim("y", "B", claim("arrests", 300.0, "exact", null, 2010, null))))).hasSize(2);
    assertThat(grouper.group(List.of(
        new ArticleClaim("x", "A", claim("arrests", 100.0, "exact", null, 2010, null)),
        new ArticleClaim("y", "B", claim("arrests", 301.0, "exact", null, 2010, null))))).isEmpty();
  }

  @Test
  void disjointCountsOfOneYearAreDifferentFacts() {
    assertThat(grouper.group(List.of(
        new ArticleClaim("x", "A", claim("killed", 5.0, "exact", 2021, null, null)),
        new ArticleClaim("y", "B", claim("killed", 9.0, "exact", 2021, null, null))))).isEmpty();
  }

  private static Set<Set<String>> groupsOf(List<GroupAssignment> out) {
    Map<String, Set<String>> byGroup = new TreeMap<>();
    for (GroupAssignment g : out) byGroup.computeIfAbsent(g.groupId(), k -> new TreeSet<>()).add(g.claimId());
    return new HashSet<>(byGroup.values());
  }

  @Test
  void groupsNeverChainThroughAMiddleClaim() {
    // a ~ b (approximately 100 covers 90) and b ~ c (more than 90 covers 500), but a and c disagree
    List<GroupAssignment> out = grouper.group(List.of(
        new ArticleClaim("a", "A", claim("arrests", 100.0, "approximately", 2021, null, null), day(1)),
        new ArticleClaim("b", "B", claim("arrests", 90.0, "more_than", 2021, null, null), day(2)),
        new ArticleClaim("c", "C", claim("arrests", 500.0, "exact", 2021, null, null), day(3))));
    assertThat(groupsOf(out)).containsExactly(Set.of("a", "b"));
  }

  @Test
  void everyGroupIsPairwiseCompatible() {
    List<ArticleClaim> in = new ArrayList<>();
    Random r = new Random(7);
    String[] qualifiers = {"exact", "approximately", "more_than", "at_most"};
    for (int i = 0; i < 200; i++) {
      in.add(new ArticleClaim("c" + i, "art" + i, claim("killed", 5.0 + r.nextInt(20),
          qualifiers[r.nextInt(qualifiers.length)], 2020 + r.nextInt(2), null, null), day(r.nextInt(30))));
    }
    List<GroupAssignment> out = grouper.group(in);
    assertThat(out).isNotEmpty();
    Map<String, Claim> byId = new HashMap<>();
    for (ArticleClaim a : in) byId.put(a.claimId(), a.claim());
    for (Set<String> members : groupsOf(out)) {
      for (String x : members) {
        for (String y : members) {
          assertThat(ClaimGrouper.consistent(byId.get(x), byId.get(y))).as(x + " ~ " + y).isTrue();
          assertThat(byId.get(x).year()).isEqualTo(byId.get(y).year());
        }
      }
    }
  }

  @Test
  void groupIdsSurviveANewArticleJoining() {
    List<ArticleClaim> before = new ArrayList<>(List.of(
        new ArticleClaim("m", "A", claim("arrests", 40.0, "more_than", 2021, null, null), day(1)),
        new ArticleClaim("n", "B", claim("arrests", 45.0, "exact", 2021, null, null), day(2)),
        new ArticleClaim("p", "C", claim("wounded", 7.0, "exact", null, null, "جدة"), day(2)),
        new ArticleClaim("q", "D", claim("wounded", 7.0, "exact", null, null, "جدة"), day(3))));
    Map<String, String> idsBefore = new HashMap<>();
    for (GroupAssignment g : grouper.group(before)) idsBefore.put(g.claimId(), g.groupId());
    List<ArticleClaim> after = new ArrayList<>(before);
    // "aa" sorts before every claim id: only the founding order by date keeps it from refounding the groups
    after.add(new ArticleClaim("aa", "E", claim("arrests", 45.0, "approximately", 2021, null, null), day(4)));
    after.add(new ArticleClaim("ab", "E", claim("wounded", 7.0, "exact", null, null, "جدة"), day(4)));
    List<GroupAssignment> out = grouper.group(after);
    assertThat(out).extracting(GroupAssignment::claimId).contains("aa", "ab");
    for (GroupAssignment g : out) {
      String expected = idsBefore.getOrDefault(g.claimId(), g.claimId().equals("aa") ? idsBefore.get("m")
          : idsBefore.get("p"));
      assertThat(g.groupId()).as(g.claimId()).isEqualTo(expected);
    }
  }

  @Test
  void aPlaceAloneLinksOnlyArticlesOfTheSameDays() {
    List<GroupAssignment> out = grouper.group(List.of(
        new ArticleClaim("r", "C", claim("killed", 3.0, "exact", null, null, "حلب"), day(1)),
        new ArticleClaim("s", "D", claim("killed", 3.0, "exact", null, null, "حلب"), day(3)),
        new ArticleClaim("t", "E", claim("killed", 3.0, "exact", null, null, "حلب"), day(20))));
    assertThat(groupsOf(out)).containsExactly(Set.of("r", "s"));
  }

  private static LocalDate day(int d) {
    return LocalDate.of(2015, 1, 1).plusDays(d);
  }

  @Test
  void keepsApartDifferentPeriodsPlacesAndUnanchoredClaims() {
    List<GroupAssignment> out = grouper.group(List.of(
        new ArticleClaim("p", "A", claim("arrests", 5.0, "exact", 2021, null, null)),
        new ArticleClaim("q", "B", claim("arrests", 5.0, "exact", 2022, null, null)),
        new ArticleClaim("r", "C", claim("cells_dismantled", 1.0, "exact", null, null, "وجدة")),
        new ArticleClaim("s", "D", claim("cells_dismantled", 1.0, "exact", null, null, "طنجة")),
        new ArticleClaim("t", "E", claim("killed", 1.0, "exact", null, null, null)),
        new ArticleClaim("u", "F", claim("killed", 1.0, "exact", null, null, null)),
        new ArticleClaim("v", "G", claim("arrests", null, "vague", 2021, null, null))));
    assertThat(out).isEmpty();
  }

  @Test
  void samePlaceLinksAndClaimsOfOneArticleAloneDoNot() {
    List<GroupAssignment> out = grouper.group(List.of(
        new ArticleClaim("r", "C", claim("cells_dismantled", 2.0, "exact", null, null, "وجدة")),
        new ArticleClaim("s", "D", claim("cells_dismantled", 2.0, "exact", null, null, "بوجدة".substring(1))),
        new ArticleClaim("k", "C", claim("killed", 2.0, "exact", 2020, null, null)),
        new ArticleClaim("l", "C", claim("killed", 2.0, "exact", 2020, null, null))));
    assertThat(out).extracting(GroupAssignment::claimId).containsExactly("r", "s");
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<ArticleClaim> in = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      in.add(new ArticleClaim("c" + i, "art" + (i % 5),
          claim(i % 2 == 0 ? "arrests" : "killed", 10.0 + (i % 3), i % 4 == 0 ? "approximately" : "exact",
              2020 + (i % 2), null, null)));
    }
    List<GroupAssignment> first = grouper.group(in);
    assertThat(first).isNotEmpty();
    for (long seed = 1; seed <= 5; seed++) {
      List<ArticleClaim> shuffled = new ArrayList<>(in);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(grouper.group(shuffled)).isEqualTo(first);
    }
  }

  @Test
  void onlyCountedAnchoredClaimsAreGroupableAndTheRestNeverChangeTheGroups() {
    assertThat(ClaimGrouper.groupable(new ArticleClaim("t", "E", claim("killed", 1.0, "exact", null, null, null)))).isFalse();
    assertThat(ClaimGrouper.groupable(new ArticleClaim("v", "G", claim("arrests", null, "vague", 2021, null, null)))).isFalse();
    assertThat(ClaimGrouper.groupable(new ArticleClaim("p", "A", claim("arrests", 5.0, "exact", 2021, null, null)))).isTrue();
    assertThat(ClaimGrouper.groupable(new ArticleClaim("r", "C", claim("arrests", 5.0, "exact", null, null, "وجدة")))).isTrue();
    List<ArticleClaim> in = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      in.add(new ArticleClaim("c" + i, "art" + (i % 7),
          claim(i % 2 == 0 ? "arrests" : "killed", 10.0 + (i % 3), "exact",
              i % 5 == 0 ? null : 2020 + (i % 2), null, i % 3 == 0 ? "وجدة" : null)));
    }
    assertThat(grouper.group(in.stream().filter(ClaimGrouper::groupable).toList())).isEqualTo(grouper.group(in)).isNotEmpty();
  }

  private static Claim placed(String metric, double v, String q, String loc, String actor, String context) {
    return new Claim(metric, v, null, q, null, null, null, null, actor, null, loc, "t", 0, 1, context);
  }

  @Test
  void aLoneOneOrAnOpenBoundAtAPlaceIsNoEventWithoutItsActor() {
    // three reports of one killed in one town within days: a crash, a shooting, a bombing
    List<GroupAssignment> out = grouper.group(List.of(
        new ArticleClaim("a", "A", placed("killed", 1.0, "exact", "الرياض", null, null), day(1)),
        new ArticleClaim("b", "B", placed("killed", 1.0, "exact", "الرياض", null, null), day(2)),
        new ArticleClaim("c", "C", placed("killed", 31.0, "at_least", "سوروتش", null, null), day(1)),
        new ArticleClaim("d", "D", placed("killed", 50.0, "more_than", "سوروتش", null, null), day(2)),
        new ArticleClaim("e", "E", placed("killed", 1.0, "exact", "خان يونس", "حركة حماس", null), day(1)),
        new ArticleClaim("f", "F", placed("killed", 1.0, "exact", "خان يونس", "كتائب القسام", null), day(2)),
        new ArticleClaim("g", "G", placed("killed", 1.0, "exact", "خان يونس", "حماس", null), day(2)),
        new ArticleClaim("h", "H", placed("killed", 1.0, "exact", "دوما", "مستوطنون", null), day(1)),
        new ArticleClaim("i", "I", placed("killed", 1.0, "exact", "دوما", "مستوطنون متطرفون", null), day(2))));
    // only one named actor joins lone ones: حماس of e and g; a kind of actor (مستوطنون) says not which event
    assertThat(groupsOf(out)).containsExactly(Set.of("e", "g"));
  }

  @Test
  void aCountryOrARegionIsNoAnchorWithoutTheSameNamedActor() {
    List<GroupAssignment> out = grouper.group(List.of(
        new ArticleClaim("a", "A", placed("killed", 12.0, "exact", "سوريا", null, null), day(1)),
        new ArticleClaim("b", "B", placed("killed", 12.0, "exact", "سوريا", null, null), day(2)),
        new ArticleClaim("c", "C", placed("wounded", 4.0, "exact", "منطقة جازان", null, null), day(1)),
        new ArticleClaim("d", "D", placed("wounded", 4.0, "exact", "منطقة جازان", null, null), day(1)),
        new ArticleClaim("e", "E", placed("killed", 26.0, "exact", "الكويت", "تنظيم داعش", null), day(1)),
        new ArticleClaim("f", "F", placed("killed", 26.0, "exact", "الكويت", "داعش", null), day(2)),
        new ArticleClaim("g", "G", placed("killed", 12.0, "exact", "حلب", null, null), day(1)),
        new ArticleClaim("h", "H", placed("killed", 12.0, "exact", "حلب", null, null), day(2))));
    assertThat(groupsOf(out)).containsExactlyInAnyOrder(Set.of("e", "f"), Set.of("g", "h"));
    assertThat(grouper.isBroad("العراق")).isTrue();
    assertThat(grouper.isBroad("محافظة الشرقية")).isTrue();
    assertThat(grouper.isBroad("نابلس")).isFalse();
  }

  @Test
  void differentContextsAreDifferentFacts() {
    List<GroupAssignment> out = grouper.group(List.of(
        new ArticleClaim("a", "A", placed("killed", 3.0, "exact", "حلب", null, "accident"), day(1)),
        new ArticleClaim("b", "B", placed("killed", 3.0, "exact", "حلب", null, "security"), day(1)),
        new ArticleClaim("c", "C", placed("killed", 3.0, "exact", "حلب", null, "security"), day(2))));
    assertThat(groupsOf(out)).containsExactly(Set.of("b", "c"));
  }
}
