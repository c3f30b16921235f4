package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rasd.core.text.TextNormalizer;
import io.rasd.testing.DuckDb;
import io.rasd.testing.PipelineRuns;
import io.rasd.testing.SameRows;
import io.rasd.testing.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The real pipeline on seeds/, read back with DuckDB. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedsEndToEndTest {
  private Path tmp;
  private Path out;
  private PipelineRuns.Run run;

  @BeforeAll
  void runOnSeeds(@TempDir Path dir) {
    tmp = dir;
    out = tmp.resolve("out");
    run = PipelineRuns.run(Seeds.dir(), out);
  }

  @Test
  void writesAllTablesThatDuckDbReads() {
    Path current = out.resolve("current");
    for (String table : TableSchemas.ALL) {
      assertThat(Files.isDirectory(current.resolve(table))).as(table).isTrue();
      DuckDb.count(out, table); // throws if DuckDB cannot read it
      assertThat(current.resolve(table).toFile().list()).as(table).allMatch(n -> n.endsWith(".parquet"));
    }
    assertThat(DuckDb.count(out, "articles")).isEqualTo(5);
    assertThat(DuckDb.count(out, "rejects")).isZero();
    assertThat(out.toFile().list()).containsExactlyInAnyOrder("runs", "_LATEST", "current");
    assertThat(current.toFile().list()).contains("_SUCCESS", "_manifest.json");
  }

  @Test
  void summaryStatesTheBalance() {
    assertThat(run.summary().balanced()).isTrue();
    assertThat(run.log()).contains("files=5").contains("articles=5").contains("rejects=0").contains(": ok");
  }

  @Test
  void titlesDatesAndBoilerplateMatchTheGold() {
    List<Map<String, Object>> rows =
        DuckDb.query("SELECT source_file, title, published_date, body FROM " + DuckDb.table(out, "articles"));
    assertThat(rows).hasSize(5);
    for (JsonNode gold : Seeds.gold("articles.jsonl")) {
      Map<String, Object> row =
          rows.stream()
              .filter(r -> ((String) r.get("source_file")).endsWith(gold.get("file").asText()))
              .findFirst()
              .orElseThrow();
      String goldTitle = gold.get("title").isNull() ? null : TextNormalizer.normalize(gold.get("title").asText());
      assertThat(row.get("title")).as(gold.get("file").asText()).isEqualTo(goldTitle);
      Object date = row.get("published_date");
      LocalDate published = (LocalDate) date;
      assertThat(published)
          .isEqualTo(gold.get("published").isNull() ? null : LocalDate.parse(gold.get("published").asText()));
      String body = (String) row.get("body");
      gold.get("boilerplate").forEach(b -> assertThat(body).doesNotContain(TextNormalizer.normalize(b.asText())));
      gold.get("must_keep").forEach(k -> assertThat(body).contains(TextNormalizer.normalize(k.asText())));
    }
  }

  @Test
  void everyMentionAndClaimPointsAtItsTextInTheBody() {
    for (String table : List.of("mentions", "claims")) {
      List<Map<String, Object>> rows =
          DuckDb.query(
              "SELECT t.text, t.start, t.\"end\", a.body FROM " + DuckDb.table(out, table) + " t JOIN "
                  + DuckDb.table(out, "articles") + " a USING (article_id)");
      for (Map<String, Object> r : rows) {
        String body = (String) r.get("body");
        int start = ((Number) r.get("start")).intValue();
        int end = ((Number) r.get("end")).intValue();
        assertThat(body.substring(start, end)).as(table).isEqualTo(r.get("text"));
      }
    }
  }

  @Test
  void claimEntityIdsAreThoseOfTheMentionsOfTheirArticle() {
    for (String col : List.of("actor", "source", "location")) {
      // an id names an entity, and a mention of the claim's article with that id has words of the column's text
      List<Map<String, Object>> dangling =
          DuckDb.query(
              "SELECT c." + col + ", c." + col + "_entity_id AS id FROM " + DuckDb.table(out, "claims") + " c"
                  + " WHERE c." + col + "_entity_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                  + DuckDb.table(out, "mentions") + " m JOIN " + DuckDb.table(out, "entities")
                  + " e USING (entity_id) WHERE m.article_id = c.article_id AND m.entity_id = c." + col
                  + "_entity_id AND (strpos(c." + col + ", m.text) > 0 OR strpos(m.text, c." + col + ") > 0))");
      assertThat(dangling).as(col).isEmpty();
      assertThat(DuckDb.query("SELECT count(*) AS n FROM " + DuckDb.table(out, "claims") + " WHERE " + col
              + " IS NULL AND " + col + "_entity_id IS NOT NULL").get(0).get("n")).as(col).isEqualTo(0L);
    }
    List<Map<String, Object>> linked =
        DuckDb.query("SELECT count(actor_entity_id) AS actors, count(location_entity_id) AS locations FROM "
            + DuckDb.table(out, "claims"));
    assertThat((Long) linked.get(0).get("actors")).as("some actor is a mention").isPositive();
    assertThat((Long) linked.get(0).get("locations")).as("some location is a mention").isPositive();
  }

  @Test
  void everyRequiredGoldClaimIsFoundAndNoFalsePositive() throws Exception {
    Path gold = Path.of(SeedsEndToEndTest.class.getResource("/gold/claims.jsonl").toURI()).getParent();
    io.rasd.core.eval.ClaimScore score = io.rasd.cli.EvalCommand.score(gold, out);
    assertThat(score.mismatches()).isEmpty();
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.precision()).isEqualTo(1.0);
  }

  @Test
  void runningTwiceGivesTheSameRows() {
    Path again = tmp.resolve("again");
    PipelineRuns.run(Seeds.dir(), again);
    SameRows.assertEveryTable(again, out);
  }

  @Test
  void aSecondRunReplacesThePreviousOutput() {
    Path target = tmp.resolve("replace");
    PipelineRuns.run(Seeds.dir(), target);
    PipelineRuns.run(Seeds.dir(), target);
    assertThat(DuckDb.count(target, "articles")).isEqualTo(5);
  }
}
