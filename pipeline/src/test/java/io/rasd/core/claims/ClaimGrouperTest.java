package io.rasd.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.model.ArticleClaim;
import io.rasd.core.claims.ClaimGrouper.GroupAssignment;
import io.rasd.core.model.Claim;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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
  void flagsConflictingValuesForTheSamePeriod() {
    List<GroupAssignment> out = grouper.group(List.of(
        new ArticleClaim("x", "A", claim("killed", 5.0, "exact", 2021, null, null)),
        new ArticleClaim("y", "B", claim("killed", 9.0, "exact", 2021, null, null))));
    assertThat(out).hasSize(2).allMatch(GroupAssignment::conflict);
    assertThat(out.get(0).detail()).contains("conflicts with");
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
        new ArticleClaim("r", "C", claim("cells_dismantled", 1.0, "exact", null, null, "وجدة")),
        new ArticleClaim("s", "D", claim("cells_dismantled", 1.0, "exact", null, null, "بوجدة".substring(1))),
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
}
