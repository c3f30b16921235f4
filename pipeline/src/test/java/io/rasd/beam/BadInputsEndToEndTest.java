package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.testing.DuckDb;
import io.rasd.testing.PipelineRuns;
import io.rasd.testing.Seeds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of bad files gives the right rejects and the good files are still processed. */
class BadInputsEndToEndTest {
  @TempDir Path tmp;

  @Test
  void badFilesBecomeRejectsAndGoodOnesArticles() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    String seed = "000_ef4ac6f1c1822e0a.txt";
    String text = Seeds.text(seed);
    Files.writeString(in.resolve(seed), text);
    Files.writeString(in.resolve("other.txt"), Seeds.text("004_9b703e0e953813b5.txt"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(in.resolve("blank.txt"), "  \n\t\r\n   ");
    byte[] random = new byte[4096];
    new Random(42).nextBytes(random);
    Files.write(in.resolve("random.bin"), random);
    Files.write(in.resolve("nul.txt"), "نص\u0000\u0000\u0000مع أصفار".getBytes(StandardCharsets.UTF_8));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] crlf = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] copy = new byte[bom.length + crlf.length];
    System.arraycopy(bom, 0, copy, 0, bom.length);
    System.arraycopy(crlf, 0, copy, bom.length, crlf.length);
    Files.createDirectories(in.resolve("sub"));
    Files.write(in.resolve("sub/copy-bom-crlf.txt"), copy);

    Path out = tmp.resolve("out");
    PipelineRuns.Run run = PipelineRuns.run(in, out);

    assertThat(DuckDb.count(out, "articles")).isEqualTo(2);
    List<Map<String, Object>> rejects =
        DuckDb.query("SELECT source_file, reason, detail FROM " + DuckDb.table(out, "rejects"));
    Map<String, String> reasonByFile =
        rejects.stream()
            .collect(
                Collectors.toMap(
                    r -> Path.of((String) r.get("source_file")).getFileName().toString(), r -> (String) r.get("reason")));
    assertThat(reasonByFile)
        .containsEntry("empty.txt", "empty")
        .containsEntry("blank.txt", "no_text")
        .containsEntry("random.bin", "binary")
        .containsEntry("nul.txt", "binary")
        .containsEntry("copy-bom-crlf.txt", "duplicate")
        .hasSize(5);
    String duplicateDetail =
        rejects.stream().filter(r -> r.get("reason").equals("duplicate")).findFirst().orElseThrow().get("detail").toString();
    assertThat(duplicateDetail).contains(seed);
    assertThat(run.summary().balanced()).isTrue();
    assertThat(run.log()).contains("inputs(7) = articles(2) + rejects(5): ok");
  }

  @Test
  void anInputThatMatchesNothingIsAnErrorNotASilentEmptyRun() {
    Path out = tmp.resolve("out");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PipelineRuns.run(tmp.resolve("nothing-here-*.txt"), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nothing-here-*.txt matches no file");
    assertThat(out).doesNotExist();
  }
}
