package io.rasd.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsGoldTest {
  private static final String ARTICLES = """
      {"url": "http://a/1", "sample_key": "x.zip!/a.json#0", "set": "security"}
      {"url": "http://a/2", "sample_key": "x.zip!/a.json#1", "set": "ordinary"}
      """;

  private static Path folder(Path dir, String claims) throws Exception {
    Files.writeString(dir.resolve("articles.jsonl"), ARTICLES);
    Files.writeString(dir.resolve("claims.jsonl"), claims);
    return dir;
  }

  @Test
  void readsArticlesInOrderAndClaims(@TempDir Path dir) throws Exception {
    folder(dir, """
        {"url": "http://a/1", "metric": "arrests", "value": 3, "value_max": null, "qualifier": "exact", \
        "unit": null, "year": 2015, "since_year": null, "actor": "الشرطة", "context": "crime", \
        "evidence": "القبض على ثلاثة", "required": true}

        {"url": "http://a/1", "metric": "killed", "value": null, "qualifier": "vague", "context": "security", \
        "evidence": "مقتل عدد", "required": false}
        """);
    assertThat(NewsGold.isNewsGold(dir)).isTrue();
    NewsGold g = NewsGold.read(dir);
    assertThat(g.articles().keySet()).containsExactly("http://a/1", "http://a/2");
    assertThat(g.claims()).hasSize(2);
    NewsGoldClaim c = g.claims().get(0);
    assertThat(c.value()).isEqualTo(3.0);
    assertThat(c.year()).isEqualTo(2015);
    assertThat(c.actor()).isEqualTo("الشرطة");
    assertThat(g.claims().get(1).required()).isFalse();
    assertThat(g.claims().get(1).actor()).isNull();
  }

  @Test
  void theSeedsGoldFormatIsNotANewsGold(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("claims.jsonl"), "{\"file\": \"a.txt\", \"metric\": \"arrests\", \"value\": 1}\n");
    Files.writeString(dir.resolve("articles.jsonl"), "{\"file\": \"a.txt\"}\n");
    assertThat(NewsGold.isNewsGold(dir)).isFalse();
    assertThat(NewsGold.isNewsGold(dir.resolve("missing"))).isFalse();
  }

  @Test
  void malformedRowsFailWithTheirLine(@TempDir Path dir) throws Exception {
    String base = "{\"url\": \"http://a/1\", \"metric\": \"arrests\", \"qualifier\": \"exact\", "
        + "\"context\": \"crime\", \"evidence\": \"e\", \"required\": true, ";
    assertBad(dir, base + "\"value\": \"three\"}", "value is not a number");
    assertBad(dir, base + "\"value\": null}", "null exactly when the qualifier is vague");
    assertBad(dir, base + "\"value\": 2, \"value_max\": 4}", "value_max needs range");
    assertBad(dir, base.replace("http://a/1", "http://elsewhere") + "\"value\": 2}", "url not in articles.jsonl");
    assertBad(dir, base.replace("crime", "war") + "\"value\": 2}", "context must be one of");
    assertBad(dir, base.replace("\"required\": true", "\"required\": \"yes\"") + "\"value\": 2}", "required must be");
    assertBad(dir, base + "\"value\": 2, \"year\": 2015.5}", "year is not a whole number");
  }

  private static void assertBad(Path dir, String line, String message) throws Exception {
    folder(dir, "\n" + line + "\n");
    assertThatThrownBy(() -> NewsGold.read(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("claims.jsonl:2").hasMessageContaining(message);
  }
}
