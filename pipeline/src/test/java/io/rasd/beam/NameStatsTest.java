package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.entities.linking.EntityLinker;
import io.rasd.core.model.Mention;
import org.junit.jupiter.api.Test;

/** A name group's aggregate is a function of its mentions, not of the order they arrive in (full vs incremental). */
class NameStatsTest {
  private static final Mention RIYADH_CITY = new Mention("LOCATION", "الرياض", 0, 6, null, "nm:رياض", "Q3692");
  private static final Mention RIYADH_REGION = new Mention("LOCATION", "الرياض", 9, 15, null, "nm:رياض", "Q1249255");

  @Test
  void twoGazetteerIdsInOneGroupGiveTheSameOneInEitherOrder() {
    NameStats a = new NameStats();
    a.add("a1", EntityLinker.seenKey(null, "a1"), RIYADH_CITY.linkKey(), RIYADH_CITY);
    a.add("a2", EntityLinker.seenKey(null, "a2"), RIYADH_REGION.linkKey(), RIYADH_REGION);
    NameStats b = new NameStats();
    b.add("a2", EntityLinker.seenKey(null, "a2"), RIYADH_REGION.linkKey(), RIYADH_REGION);
    b.add("a1", EntityLinker.seenKey(null, "a1"), RIYADH_CITY.linkKey(), RIYADH_CITY);
    assertThat(a).isEqualTo(b);
    assertThat(a.toNameGroup().gazetteerId()).isEqualTo("Q1249255");

    NameStats merged = new NameStats();
    merged.add("a2", EntityLinker.seenKey(null, "a2"), RIYADH_REGION.linkKey(), RIYADH_REGION);
    NameStats other = new NameStats();
    other.add("a1", EntityLinker.seenKey(null, "a1"), RIYADH_CITY.linkKey(), RIYADH_CITY);
    assertThat(merged.merge(other)).isEqualTo(a);
  }
}
