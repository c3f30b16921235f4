package io.rasd.cli;

import io.rasd.core.entities.recognition.RasdNameFinderFactory;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainNerCommandTest {
  @Test
  void trainsAModelThatLoadsWithItsOwnFeatures(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("train.txt");
    try (InputStream in = getClass().getResourceAsStream("/entities/anercorp-sample.txt")) {
      Files.write(data, in.readAllBytes());
    }
    Path model = dir.resolve("m.bin");
    int code = TrainNerCommand.run(new String[] {"--data=" + data, "--dev=0.2", "--iterations=5", "--out=" + model});
    assertThat(code).isZero();

    RasdNameFinderFactory.allowLoading();
    TokenNameFinderModel loaded = new TokenNameFinderModel(model);
    assertThat(loaded.getFactory()).isInstanceOf(RasdNameFinderFactory.class);
    assertThat(new NameFinderME(loaded).find(new String[] {"في", "ألمانيا", "."})).isNotNull();
  }

  @Test
  void badFlagsGiveUsage(@TempDir Path dir) {
    assertThat(TrainNerCommand.run(new String[] {"--foo=1"})).isEqualTo(2);
    assertThat(TrainNerCommand.run(new String[] {})).isEqualTo(2);
    assertThat(TrainNerCommand.run(new String[] {"--data=" + dir.resolve("none.txt")})).isEqualTo(2);
    assertThat(TrainNerCommand.run(new String[] {"--data=" + dir, "--folds=1"})).isEqualTo(2);
  }
}
