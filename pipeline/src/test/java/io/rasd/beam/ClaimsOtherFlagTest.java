package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.testing.DuckDb;
import io.rasd.testing.PipelineRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metric {@code other} is off by default and {@code --claimsOther} turns it on; incremental runs respect it. */
class ClaimsOtherFlagTest {
  // a security count (arrests) and two counts no trigger governs (students, cars): `other` when it is on
  private static final String ARTICLE =
      "{\"url\":\"u1\",\"title\":\"t\",\"content\":\"اعتقلت الشرطة خمسة أشخاص في المدينة. وشارك 300 طالب في الحفل"
          + " الذي حضره أكثر من ألف شخص.\"}\n";

  private static List<String> metrics(Path out) {
    return DuckDb.query("SELECT metric FROM " + DuckDb.table(out, "claims") + " ORDER BY start").stream()
        .map(r -> (String) r.get("metric")).toList();
  }

  @Test
  void otherIsOffByDefaultAndTheFlagTurnsItOn(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.jsonl"), ARTICLE);
    Path plain = dir.resolve("plain");
    PipelineRuns.run(in, plain.toString());
    assertThat(metrics(plain)).containsExactly("arrests");
    Path withOther = dir.resolve("other");
    PipelineRuns.run(in, withOther.toString(), "--claimsOther=true");
    assertThat(metrics(withOther)).containsExactly("arrests", "other", "other");
    Map<String, Object> arrest =
        DuckDb.query("SELECT claim_id FROM " + DuckDb.table(withOther, "claims") + " WHERE metric = 'arrests'").get(0);
    assertThat(DuckDb.query("SELECT claim_id FROM " + DuckDb.table(plain, "claims")).get(0)).isEqualTo(arrest);
  }

  @Test
  void anIncrementalRunWithTheOtherSettingIsAFullOne(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.jsonl"), ARTICLE);
    Path out = dir.resolve("out");
    PipelineRuns.run(in, out.toString());
    PipelineRuns.Run again = PipelineRuns.run(in, out.toString(), "--incremental", "--claimsOther=true");
    assertThat(again.log()).contains("was made with --claimsOther=false").contains("this is a full run");
    assertThat(metrics(out)).containsExactly("arrests", "other", "other");
    PipelineRuns.Run same = PipelineRuns.run(in, out.toString(), "--incremental", "--claimsOther=true");
    assertThat(same.log()).contains("rasd: incremental on run");
    assertThat(metrics(out)).containsExactly("arrests", "other", "other");
  }
}
