package io.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rasd.testing.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicateCommandTest {
  @TempDir Path tmp;

  @Test
  void writesKNumberedCopiesOfEveryArticle() throws Exception {
    Path out = tmp.resolve("copies");
    assertThat(ReplicateCommand.run(new String[] {"--input=" + Seeds.dir(), "--copies=3", "--out=" + out})).isZero();
    List<Path> files;
    try (Stream<Path> s = Files.list(out)) {
      files = s.sorted().toList();
    }
    assertThat(files).hasSize(3 * Seeds.files().size());
    assertThat(files.get(0).getFileName().toString()).isEqualTo("copy00-file000.jsonl");
    ObjectMapper json = new ObjectMapper();
    String first = json.readTree(Files.readAllLines(out.resolve("copy00-file000.jsonl")).get(0)).get("title").asText();
    String third = json.readTree(Files.readAllLines(out.resolve("copy02-file000.jsonl")).get(0)).get("title").asText();
    assertThat(first).endsWith(" [1]");
    assertThat(third).isEqualTo(first.substring(0, first.length() - 4) + " [3]");
  }

  @Test
  void refusesANonEmptyFolderAndABadCount() throws Exception {
    Files.writeString(tmp.resolve("keep.txt"), "x");
    assertThatThrownBy(() -> ReplicateCommand.run(new String[] {"--input=" + Seeds.dir(), "--copies=2", "--out=" + tmp}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not empty");
    assertThatThrownBy(() -> ReplicateCommand.run(
        new String[] {"--input=" + Seeds.dir(), "--copies=0", "--out=" + tmp.resolve("x")}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--copies");
    assertThat(Files.readString(tmp.resolve("keep.txt"))).isEqualTo("x");
  }
}
