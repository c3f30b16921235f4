package io.rasd.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportPageTest {
  private static RunReport report(Tally claims, RunReport.Added added) {
    Tally articles = new Tally();
    articles.add("2024-03-01", "واس");
    articles.add(null, RunReport.NO_SOURCE);
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put("articles", 2L);
    rows.put("claims", 3L);
    return new RunReport(
        new RunReport.Header("20260101T000000Z-abcd", "s", "e", "DirectRunner", "0.1", "abc", "in/<x>"),
        rows, Map.of("empty", 1L), claims, articles,
        List.of(new RunReport.EntityCount("e1", "الرياض", "LOCATION", 2, 5)), added);
  }

  private static Tally claims(String... days) {
    Tally t = new Tally();
    for (String d : days) {
      t.add(d, "killed");
    }
    return t;
  }

  @Test
  void aFullRunSaysSoAndEveryFigureCarriesItsKey() {
    String html = ReportPage.render(report(claims("2024-03-01", "2024-03-01", null), null));
    assertThat(html).contains("<p data-key=\"mode\">full run</p>")
        .contains("data-key=\"rows/claims\">3<")
        .contains("data-key=\"rejects/empty\">1<")
        .contains("data-key=\"claims/killed\">3<")
        .contains("data-key=\"claims-day/2024-03-01/killed\">2<")
        .contains("data-key=\"claims-day/unknown date/killed\">1<")
        .contains("data-key=\"articles-day/2024-03-01/واس\">1<")
        .contains("data-key=\"entity/e1/articles\">2<")
        .contains("in/&lt;x&gt;") // text is escaped
        .contains("1 claims without a date are not drawn")
        .doesNotContain("{{");
    // nothing that would load from the network: no src/href to anywhere, a policy that forbids it
    assertThat(html).doesNotContain("src=").doesNotContain("href=").contains("default-src 'none'");
  }

  @Test
  void anIncrementalRunShowsWhatItAdded() {
    Map<String, List<String>> inputs = new LinkedHashMap<>();
    inputs.put("new", List.of("in/new.zip"));
    inputs.put("changed", List.of());
    Map<String, Long> articles = new LinkedHashMap<>();
    articles.put("added", 120L);
    articles.put("from_base", 900L);
    String html = ReportPage.render(report(claims("2024-03-01"),
        new RunReport.Added("20251231T000000Z-0000", inputs, 17, articles, "copied")));
    assertThat(html).contains("<p data-key=\"mode\">incremental run</p>")
        .contains("20251231T000000Z-0000").contains("articles files were copied")
        .contains("data-key=\"added/inputs/new\">1<")
        .contains("data-key=\"added/inputs/changed\">0<")
        .contains("data-key=\"added/inputs/unchanged\">17<")
        .contains("data-key=\"added/articles/added\">120<")
        .contains("data-key=\"added/articles/from_base\">900<")
        .contains("<code>in/new.zip</code>");
  }

  @Test
  void theChartBinsByDayUpToThreeMonthsThenByMonth() {
    String days = BarChart.of(claims("2024-01-01", "2024-01-03", "2024-01-03"), "claims", "c");
    assertThat(days).contains("one bar per day, 2024-01-01 to 2024-01-03");
    assertThat(days.split("<rect ", -1)).hasSize(3); // two days with claims, the empty one between has no bar
    String months = BarChart.of(claims("2024-01-01", "2024-06-30"), "claims", "c");
    assertThat(months).contains("one bar per month").contains("<title>2024-06 killed: 1</title>");
    assertThat(BarChart.of(claims((String) null), "claims", "c")).contains("nothing to chart");
    // grid lines on whole numbers: two claims on a day give 0, 1, 2
    assertThat(days).contains(">0</text>").contains(">1</text>").contains(">2</text>");
    assertThat(BarChart.ticks(10)).isEqualTo(5);
    assertThat(BarChart.ticks(20)).isEqualTo(4);
    assertThat(BarChart.ticks(1)).isEqualTo(1);
  }

  @Test
  void theTemplateRefusesAMissingOrAnUnusedSlot() {
    assertThat(Template.of("<p>{{a}} and {{b}}</p>").fill(Map.of("a", "1", "b", "$2"))).isEqualTo("<p>1 and $2</p>");
    assertThatThrownBy(() -> Template.of("<p>{{a}} and {{b}}</p>").fill(Map.of("a", "1")))
        .hasMessageContaining("{{b}} has no value");
    assertThatThrownBy(() -> Template.of("<p>{{a}}</p>").fill(Map.of("a", "1", "c", "3")))
        .hasMessageContaining("[c]");
  }
}
