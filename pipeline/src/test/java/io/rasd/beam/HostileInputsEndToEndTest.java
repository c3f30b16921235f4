package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.rasd.testing.DuckDb;
import io.rasd.testing.HostileInputs;
import io.rasd.testing.HostileInputs.Case;
import io.rasd.testing.HostileInputs.Scale;
import io.rasd.testing.HostileInputs.Spec;
import io.rasd.testing.PipelineRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's hostile inputs at small sizes: every run finishes, keeps its balance, keeps the good article beside
 * the hostile one with its claims, reads nothing outside the input and gives the documented reject reasons.
 * {@link io.rasd.testing.HostileBench} runs the same cases at full size.
 */
class HostileInputsEndToEndTest {
  /** A run that takes longer than this is a hang (a run of these inputs takes seconds). */
  private static final Duration HANG = Duration.ofMinutes(3);

  @TempDir Path tmp;

  private static PipelineRuns.Run run(String input, Path out) {
    return assertTimeoutPreemptively(HANG, () -> PipelineRuns.run(Path.of(input), out));
  }

  private static List<String> goodClaims(Path out) {
    return DuckDb.query(
            "SELECT c.text FROM " + DuckDb.table(out, "claims") + " c JOIN " + DuckDb.table(out, "articles")
                + " a USING (article_id) WHERE a.source_file LIKE '%/good.txt' ORDER BY c.start")
        .stream().map(r -> (String) r.get("text")).toList();
  }

  private static Map<String, String> rejectsByName(Path out) {
    return DuckDb.query("SELECT source_file, reason FROM " + DuckDb.table(out, "rejects")).stream()
        .collect(Collectors.toMap(
            r -> HostileInputs.shortName((String) r.get("source_file")),
            r -> (String) r.get("reason"),
            (a, b) -> a + "," + b));
  }

  private List<String> baselineGoodClaims() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("baseline"));
    HostileInputs.write(Case.OUTPUT_INSIDE_INPUT, root, Scale.SMALL); // the good article alone
    run(root.resolve("in").toString(), root.resolve("out"));
    List<String> claims = goodClaims(root.resolve("out"));
    assertThat(claims).isNotEmpty();
    return claims;
  }

  @Test
  void hostileFilesBesideAGoodArticleNeverStopOrCorruptTheRun() throws Exception {
    List<String> baseline = baselineGoodClaims();
    Path root = Files.createDirectories(tmp.resolve("shared"));
    Map<String, String> expected = new HashMap<>();
    int articles = 1;
    for (Case c : HostileInputs.sharedFolderCases()) {
      Spec spec = HostileInputs.write(c, root, Scale.SMALL);
      expected.putAll(spec.rejects());
      articles += spec.extraArticles();
    }
    Path out = root.resolve("out");
    PipelineRuns.Run r = run(root.resolve("in").toString(), out);

    assertThat(r.summary().balanced()).as(r.log()).isTrue();
    assertThat(r.log()).contains(": ok");
    // the JSON array was streamed: planned into ranges read one by one, every element an article
    assertThat(r.summary().get(RasdMetrics.JSON_RANGES)).isEqualTo(2);
    assertThat(DuckDb.query("SELECT count(DISTINCT source_index) AS n FROM " + DuckDb.table(out, "articles")
            + " WHERE source_file LIKE '%/export.json'"))
        .extracting(m -> ((Number) m.get("n")).longValue()).containsExactly((long) Scale.SMALL.arrayElements());
    assertThat(rejectsByName(out)).isEqualTo(expected);
    assertThat(DuckDb.count(out, "articles")).isEqualTo(articles);
    assertThat(goodClaims(out)).isEqualTo(baseline);
    assertThat(DuckDb.query("SELECT count(*) AS n FROM " + DuckDb.table(out, "articles") + " WHERE body LIKE '%root:x:0%'"))
        .extracting(m -> ((Number) m.get("n")).longValue()).containsExactly(0L);

    Map<String, Map<String, Object>> byFile =
        DuckDb.query("SELECT source_file, charset, decode_repairs, body, article_id FROM " + DuckDb.table(out, "articles"))
            .stream().collect(Collectors.toMap(m -> Path.of((String) m.get("source_file")).getFileName().toString(), m -> m,
                (a, b) -> a));
    // decoding salvages: the mixed file in both charsets (no garbled half), repairs counted
    assertThat(byFile.get("mixed.txt").get("charset")).isEqualTo("UTF-8+windows-1256");
    assertThat((String) byFile.get("mixed.txt").get("body")).doesNotContain("\uFFFD").doesNotContainPattern("[ÇÈÊ]");
    assertThat(byFile.get("invalid-bytes.txt").get("decode_repairs")).isEqualTo(3);
    assertThat(byFile.get("nul.txt").get("decode_repairs")).isEqualTo(1);
    assertThat(byFile.get("damaged.html").get("decode_repairs")).isEqualTo(2); // HTML repairs count too
    assertThat((String) byFile.get("damaged.html").get("body")).contains("\uFFFD").doesNotContain("\u0000");
    // the long token and the 100,000 numbers keep the claims and places of their good sentence
    for (String f : List.of("token.txt", "numbers.txt", "nested.html")) {
      String id = (String) byFile.get(f).get("article_id");
      assertThat(DuckDb.query("SELECT metric FROM " + DuckDb.table(out, "claims") + " WHERE article_id = '" + id + "'"))
          .as(f).extracting(m -> m.get("metric")).contains("arrests");
    }
    String numbers = (String) byFile.get("numbers.txt").get("article_id");
    assertThat(DuckDb.query("SELECT text FROM " + DuckDb.table(out, "mentions") + " WHERE article_id = '" + numbers + "'"))
        .extracting(m -> m.get("text")).contains("الرباط");
  }

  @Test
  void aLinkedInputFolderIsWalkedAndItsLinkedSubFolderReadOnce() throws Exception {
    Spec spec = HostileInputs.write(Case.LINKED_FOLDER, tmp, Scale.SMALL);
    PipelineRuns.Run r = run(spec.input(), tmp.resolve("out"));
    assertThat(r.summary().balanced()).isTrue();
    assertThat(DuckDb.count(tmp.resolve("out"), "articles")).isEqualTo(2);
    assertThat(DuckDb.count(tmp.resolve("out"), "rejects")).isZero();
  }

  @Test
  void aGlobOverALinkLoopAndAMissingInputBesideOneReturnPromptly() throws Exception {
    Path a = Files.createDirectories(tmp.resolve("glob"));
    Spec glob = HostileInputs.write(Case.GLOB_OVER_LOOP, a, Scale.SMALL);
    run(glob.input(), a.resolve("out"));
    assertThat(DuckDb.count(a.resolve("out"), "articles")).isEqualTo(1);
    assertThat(DuckDb.count(a.resolve("out"), "rejects")).isZero();

    Path b = Files.createDirectories(tmp.resolve("missing"));
    Spec missing = HostileInputs.write(Case.MISSING_BESIDE_LOOP, b, Scale.SMALL);
    assertTimeoutPreemptively(HANG, () ->
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PipelineRuns.run(Path.of(missing.input()), b.resolve("out")))
            .hasMessageContaining("matches no file"));
  }

  @Test
  void anOutputFolderInsideTheInputIsNotReadBackOnTheNextRun() throws Exception {
    Spec spec = HostileInputs.write(Case.OUTPUT_INSIDE_INPUT, tmp, Scale.SMALL);
    Path out = Case.OUTPUT_INSIDE_INPUT.output(tmp);
    run(spec.input(), out);
    PipelineRuns.Run second = run(spec.input(), out);
    assertThat(second.log()).contains("inputs(1) = articles(1) + rejects(0): ok");
    assertThat(DuckDb.count(out, "rejects")).isZero();
  }
}
