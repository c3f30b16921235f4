package io.rasd.core.entities.recognition;

import io.rasd.core.entities.gazetteer.Gazetteer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureGeneratorsTest {
  private static List<String> features(opennlp.tools.util.featuregen.AdaptiveFeatureGenerator g, String[] tokens, int i) {
    List<String> out = new ArrayList<>();
    g.createFeatures(out, tokens, i, new String[tokens.length]);
    return out;
  }

  @Test
  void tokenFeaturesSeeThroughClitics() {
    List<String> f = features(new ArabicTokenFeatures(), new String[] {"وبالمغرب"}, 0);
    assertThat(f).contains("st=المغرب", "cl=وب", "al", "sh=ar", "pf2=ال", "sf2=رب");
    assertThat(f).anyMatch(x -> x.startsWith("stem="));
  }

  @Test
  void strippedFormAndShape() {
    assertThat(features(new StrippedFormFeature(), new String[] {"لوليام"}, 0)).containsExactly("sw=وليام");
    assertThat(WordShape.of("FBI")).isEqualTo("LATIN-CAPS");
    assertThat(WordShape.of("2023")).isEqualTo("d4");
    assertThat(WordShape.of("،")).isEqualTo("punct");
  }

  @Test
  void personCuesBeforeAndInApposition() {
    String[] tokens = {"قال", "السفير", "بونيت", "تالوار", "،", "مدير", "البرنامج"};
    PersonCueFeature g = PersonCueFeature.fromResources();
    assertThat(features(g, tokens, 2)).contains("pcue-before=1", "pcue-apposition=2");
    assertThat(features(g, tokens, 3)).contains("pcue-before=2", "pcue-apposition=1");
    assertThat(features(g, new String[] {"ذهب", "الولد", "إلى", "المدرسة"}, 3)).isEmpty();
  }

  @Test
  void gazetteerMembershipIsBio() {
    String[] tokens = {"مدير", "مكتب", "التحقيقات", "الفيدرالي", "في", "بالرباط"};
    GazetteerFeature g = new GazetteerFeature(Gazetteer.fromResources());
    assertThat(features(g, tokens, 0)).isEmpty();
    assertThat(features(g, tokens, 1)).containsExactly("gz=B-ORGANIZATION");
    assertThat(features(g, tokens, 3)).containsExactly("gz=I-ORGANIZATION");
    assertThat(features(g, tokens, 5)).containsExactly("gz=B-LOCATION");
  }

  @Test
  void theSameGeneratorIsBuiltForTrainingAndTagging() {
    String[] tokens = {"التقى", "حموشي", "بالرباط"};
    List<String> a = features(NerFeatures.create(Gazetteer.fromResources()), tokens, 1);
    List<String> b = features(new RasdNameFinderFactory().createFeatureGenerators(), tokens, 1);
    assertThat(a).isNotEmpty().isEqualTo(b);
  }
}
