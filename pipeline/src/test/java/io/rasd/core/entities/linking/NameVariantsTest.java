package io.rasd.core.entities.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameVariantsTest {
  private final NameVariants variants = NameVariants.fromResources();

  @Test
  void transliterationVariantsAreOneName() {
    assertThat(variants.sameName("وليام بورنز", "ويليام بيرنز")).isTrue();
    assertThat(variants.sameName("فاغنر", "فاجنر")).isTrue();
    assertThat(variants.sameName("جيرهارد شرودر", "غيرهارد شرودر")).isTrue();
    assertThat(variants.sameName("الكونجرس", "الكونغرس")).isTrue();
    assertThat(variants.skeleton("وليام بورنز")).isEqualTo(variants.skeleton("ويليام بيرنز"));
  }

  @Test
  void distinctNamesNeverMerge() throws Exception {
    List<String[]> pairs = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("/entities/distinct-names.txt"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) if (!line.isBlank() && !line.startsWith("#")) pairs.add(line.split("\t"));
    }
    assertThat(pairs).hasSizeGreaterThan(10);
    for (String[] p : pairs) assertThat(variants.sameName(p[0], p[1])).as(p[0] + " vs " + p[1]).isFalse();
  }

  @Test
  void differentWordCountsDoNotMerge() {
    assertThat(variants.sameName("وليام بورنز", "بورنز")).isFalse();
  }
}
