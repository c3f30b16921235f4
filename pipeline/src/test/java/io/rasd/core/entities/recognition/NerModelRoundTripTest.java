package io.rasd.core.entities.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerModelRoundTripTest {
  @Test
  void aSavedModelTagsLikeTheTrainedOneAndKeepsItsClusterFeatures(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("train.txt");
    try (InputStream in = getClass().getResourceAsStream("/entities/anercorp-sample.txt")) {
      Files.write(data, in.readAllBytes());
    }
    List<ConllSentence> sentences = AnercorpReader.read(data);
    TokenNameFinderModel trained = NerTraining.train(sentences, new NerTraining.Settings("PERCEPTRON", 10, 1, 1));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    trained.serialize(bytes);
    RasdNameFinderFactory.allowLoading();
    TokenNameFinderModel loaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));

    NameFinderME before = new NameFinderME(trained);
    NameFinderME after = new NameFinderME(loaded);
    List<Span> found = new ArrayList<>();
    for (ConllSentence s : sentences) {
      String[] tokens = s.tokens().toArray(new String[0]);
      Span[] a = before.find(tokens);
      assertThat(after.find(tokens)).containsExactly(a);
      found.addAll(List.of(a));
    }
    assertThat(found).isNotEmpty();

    List<String> features = new ArrayList<>();
    loaded.getFactory().createFeatureGenerators().createFeatures(features, new String[] {"في", "الرياض"}, 1,
        new String[] {"other"});
    for (int classes : NerFeatures.CLUSTER_CLASSES) assertThat(features).anyMatch(f -> f.startsWith("c" + classes + "="));
  }
}
