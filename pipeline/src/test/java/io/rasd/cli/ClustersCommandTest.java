package io.rasd.cli;

import io.rasd.core.entities.recognition.WordClusters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import io.rasd.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClustersCommandTest {
  private static Path corpus(Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (Path seed : Seeds.files()) Files.copy(seed, corpus.resolve(seed.getFileName()));
    return corpus;
  }

  @Test
  void sameCorpusGivesByteIdenticalClusterFiles(@TempDir Path dir) throws Exception {
    Path corpus = corpus(dir);
    for (String run : new String[] {"one", "two"}) {
      int code = ClustersCommand.run(new String[] {"--corpus=" + corpus, "--out=" + dir.resolve(run),
          "--classes=4,12", "--min-count=2", "--iterations=5"});
      assertThat(code).isZero();
    }
    for (String file : new String[] {"clusters-c4.txt.gz", "clusters-c12.txt.gz"}) {
      assertThat(Files.readAllBytes(dir.resolve("one").resolve(file)))
          .isEqualTo(Files.readAllBytes(dir.resolve("two").resolve(file)));
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("one/clusters-c12.txt.gz")))) {
      WordClusterDictionary d = new WordClusterDictionary(in);
      assertThat(d.lookupToken(WordClusters.key("في"))).isNotNull();
    }
  }

  @Test
  void badFlagsAreClearErrors(@TempDir Path dir) throws Exception {
    Path corpus = corpus(dir);
    assertThatThrownBy(() -> ClustersCommand.run(new String[] {"--corpus=" + corpus, "--classes=ten"}))
        .hasMessageContaining("--classes");
    assertThatThrownBy(() -> ClustersCommand.run(new String[] {"--corpus=" + corpus, "--classes=1",
        "--out=" + dir.resolve("o")})).hasMessageContaining("at least 2 classes");
    assertThatThrownBy(() -> ClustersCommand.run(new String[] {"--corpus=" + dir.resolve("none")}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
