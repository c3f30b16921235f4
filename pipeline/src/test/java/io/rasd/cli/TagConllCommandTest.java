package io.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagConllCommandTest {
  @Test
  void appendsOneValidTagPerTokenLine(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in.txt");
    try (InputStream s = getClass().getResourceAsStream("/entities/anercorp-sample.txt")) {
      Files.write(in, s.readAllBytes());
    }
    // a blank line is a sentence break and stays blank
    Files.writeString(in, Files.readString(in) + "\nالمغرب\tB-LOC\nو\tO\nفرنسا\n");
    Path out = dir.resolve("out.txt");

    assertThat(TagConllCommand.run(new String[] {"--in=" + in, "--out=" + out})).isZero();

    List<String> inLines = Files.readAllLines(in, StandardCharsets.UTF_8);
    List<String> outLines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(outLines).hasSameSizeAs(inLines);
    String prev = "O";
    for (int i = 0; i < inLines.size(); i++) {
      if (inLines.get(i).isBlank()) {
        assertThat(outLines.get(i)).isBlank();
        prev = "O";
        continue;
      }
      assertThat(outLines.get(i)).startsWith(inLines.get(i) + "\t");
      String tag = outLines.get(i).substring(outLines.get(i).lastIndexOf('\t') + 1);
      assertThat(tag).matches("O|[BI]-(PERS|ORG|LOC|MISC)");
      if (tag.startsWith("I-")) assertThat(prev).endsWith(tag.substring(2));
      prev = tag;
    }
    assertThat(outLines.get(outLines.size() - 1)).endsWith("\tB-LOC");
    // the sample's first sentence names Germany twice: the model must find some names in it
    assertThat(outLines).anyMatch(l -> l.endsWith("\tB-LOC") && l.startsWith("ألمانيا"));
  }

  @Test
  void badFlagsAreRejectedWithAnExitCode(@TempDir Path dir) {
    assertThat(TagConllCommand.run(new String[] {"--input=x"})).isEqualTo(2);
    assertThat(TagConllCommand.run(new String[] {"--in=" + dir.resolve("missing.txt"), "--out=" + dir.resolve("o")}))
        .isEqualTo(2);
  }
}
