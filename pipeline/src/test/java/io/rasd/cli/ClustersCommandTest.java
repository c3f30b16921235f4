package io.rasd.cli;

import io.rasd.core.entities.recognition.WordClusters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClustersCommandTest {
  private static final String[] SEEDS = {
    "000_ef4ac6f1c1822e0a.txt", "001_1e4b5513c97eb36f.txt", "002_a58af8d8464ea73a.txt",
    "003_716936cce44e642a.txt", "004_9b703e0e953813b5.txt"
  };

  private static Path corpus(Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (String name : SEEDS) {
      try (InputStream in = ClustersCommandTest.class.getResourceAsStream("/entities/seeds/" + name)) {
        Files.write(corpus.resolve(name), in.readAllBytes());
      }
    }
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
