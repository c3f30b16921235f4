package io.rasd.core.entities.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The shipped ner-ar.bin names the factory by its current class name (scripts/ner-model-factory.py after a move). */
class ShippedModelTest {
  @Test
  void theShippedModelLoadsThroughTheRasdFactoryAndTags() {
    assertThat(NerModel.fromResources().getFactory()).isExactlyInstanceOf(RasdNameFinderFactory.class);
    Span[] names = new NameFinderME(NerModel.fromResources()).find("وصل الوفد إلى واشنطن أمس".split(" "));
    assertThat(names).extracting(Span::getType, Span::getStart).containsExactly(org.assertj.core.groups.Tuple.tuple("LOC", 3));
  }
}
