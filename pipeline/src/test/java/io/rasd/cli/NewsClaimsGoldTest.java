package io.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rasd.core.eval.NewsClaimScore;
import io.rasd.core.eval.NewsClaimScorer;
import io.rasd.core.eval.NewsGold;
import io.rasd.core.eval.NewsGoldClaim;
import io.rasd.testing.DuckDb;
import io.rasd.testing.PipelineRuns;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real-news claims gold (gold/news-claims) is well formed against the text Rasd scores, and eval scores a
 * pipeline run on its sample. Issue 11's targets are asserted as floors; today's figures are in README.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsClaimsGoldTest {
  private Path goldDir;
  private Path out;
  private NewsGold gold;
  private Map<String, String> bodyByUrl;

  @BeforeAll
  void runOnTheSample(@TempDir Path tmp) throws Exception {
    goldDir = Path.of(getClass().getClassLoader().getResource("gold/news-claims").toURI());
    out = tmp.resolve("out");
    PipelineRuns.Run run = PipelineRuns.run(goldDir.resolve("sample.jsonl"), out);
    assertThat(run.summary().balanced()).isTrue();
    gold = NewsGold.read(goldDir);
    bodyByUrl = new HashMap<>();
    for (Map<String, Object> r : DuckDb.query("SELECT url, body FROM " + DuckDb.table(out, "articles"))) {
      bodyByUrl.put((String) r.get("url"), (String) r.get("body"));
    }
  }

  @Test
  void theGoldCoversEverySampledArticleAndAFifthAreOrdinary() throws Exception {
    List<String> sample = Files.readAllLines(goldDir.resolve("sample.jsonl"), StandardCharsets.UTF_8);
    ObjectMapper json = new ObjectMapper();
    List<String> sampleUrls = sample.stream().filter(l -> !l.isBlank())
        .map(l -> readUrl(json, l)).toList();
    assertThat(gold.articles().keySet()).containsExactlyElementsOf(sampleUrls);
    assertThat(gold.articles()).hasSizeGreaterThanOrEqualTo(120);
    long longArticles = sample.stream().filter(l -> !l.isBlank())
        .filter(l -> readContent(json, l).length() > 3000).count();
    assertThat(longArticles).as("articles over 3,000 characters of content (README: the last 30)")
        .isGreaterThanOrEqualTo(30);
    long ordinary = gold.articles().values().stream().filter("ordinary"::equals).count();
    assertThat(ordinary).isBetween(gold.articles().size() / 6L, gold.articles().size() / 4L);
    assertThat(bodyByUrl.keySet()).as("every gold article is a run article, joined by url")
        .containsAll(gold.articles().keySet());
  }

  @Test
  void everyEvidenceIsTextOfItsArticlesBodyAndEveryCountIsWellFormed() {
    assertThat(gold.claims()).isNotEmpty();
    for (NewsGoldClaim c : gold.claims()) {
      assertThat(bodyByUrl.get(c.url())).as(c.url()).contains(c.evidence());
      assertThat(NewsClaimScorer.SCORED_METRICS).as(c.evidence()).contains(c.metric());
      if (c.value() != null) assertThat(c.value()).as(c.evidence()).isPositive();
    }
    assertThat(gold.claims().stream().filter(NewsGoldClaim::required).map(NewsGoldClaim::url))
        .as("ordinary articles hold no required security count")
        .noneMatch(u -> gold.articles().get(u).equals("ordinary"));
  }

  @Test
  void evalScoresTheRunWithEveryFigure() throws Exception {
    NewsClaimScore s = NewsClaimEval.score(goldDir, out);
    assertThat(s.articles()).isEqualTo(gold.articles().size());
    long required = gold.claims().stream().filter(NewsGoldClaim::required).count();
    assertThat(s.total(NewsClaimScorer.SCORED_METRICS).required()).isEqualTo((int) required);
    assertThat(s.ordinaryArticles()).isEqualTo((int) gold.articles().values().stream()
        .filter("ordinary"::equals).count());
    // issue 11's targets, met since stop 18 (README has today's figures): a change that drops below them fails
    NewsClaimScore.MetricCounts all = s.total(NewsClaimScorer.SCORED_METRICS);
    assertThat(all.recall()).as("recall strict").isGreaterThanOrEqualTo(0.90);
    assertThat(all.precision()).as("precision").isGreaterThanOrEqualTo(0.95);
    assertThat(s.actorAccuracy()).as("actor right").isGreaterThanOrEqualTo(0.85);
    assertThat((double) s.contextRight() / s.contextScored()).as("context right").isGreaterThanOrEqualTo(0.90);
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream old = System.out;
    int code;
    try (PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
      System.setOut(ps);
      code = RasdMain.run(new String[] {"eval", "--gold=" + goldDir, "--output=" + out});
    } finally {
      System.setOut(old);
    }
    assertThat(code).isZero();
    assertThat(buf.toString(StandardCharsets.UTF_8))
        .startsWith("news claims: " + gold.articles().size() + " articles")
        .contains("all scored metrics: recall strict").contains("today's taxonomy metrics: recall strict")
        .contains("actor right").contains("period right").contains("context right").contains("ordinary articles:")
        .containsPattern("killed +\\d+ +\\d+");
  }

  private static String readContent(ObjectMapper json, String line) {
    try {
      return json.readTree(line).get("content").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String readUrl(ObjectMapper json, String line) {
    try {
      return json.readTree(line).get("url").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
