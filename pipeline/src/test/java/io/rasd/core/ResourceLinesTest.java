package io.rasd.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceLinesTest {
  @Test
  void readsDataLinesWithoutCommentsAndBlanks() {
    List<String> lines = ResourceLines.read("clean/boilerplate.txt");
    assertThat(lines).isNotEmpty().noneMatch(l -> l.startsWith("#") || l.isBlank() || !l.equals(l.strip()));
    assertThat(ResourceLines.read("/clean/boilerplate.txt")).isEqualTo(lines);
  }

  @Test
  void tsvRowsArePaddedToTheColumnCount() {
    List<String[]> rows = ResourceLines.readTsv("entities/dates.tsv", 4);
    assertThat(rows).isNotEmpty().allMatch(r -> r.length == 4);
    assertThat(rows).anyMatch(r -> r[0].equals("month") && r[1].equals("يناير") && r[2].equals("1") && r[3].isEmpty());
  }

  @Test
  void propertiesAndMissingResources() {
    assertThat(ResourceLines.properties("input/json-fields.properties")).isNotEmpty();
    assertThatThrownBy(() -> ResourceLines.read("no/such/file.txt")).hasMessageContaining("no/such/file.txt");
  }
}
