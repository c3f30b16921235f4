package io.rasd.core.entities.recognition;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name-finder model read from a .bin like OpenNLP's, whose finders decode with the {@link CompactPerceptron} form of
 * its perceptron: same features, same decoding (OpenNLP's {@link BeamSearch} with the manifest's beam size), same
 * scores to the bit. A model that is not a perceptron decodes as OpenNLP would.
 */
public final class CompactNameFinderModel extends TokenNameFinderModel {
  private static final long serialVersionUID = 1L;
  /** OpenNLP's artifact name of the name finder's classifier. */
  static final String CLASSIFIER_ENTRY = "nameFinder.model";

  private final transient CompactPerceptron compact;

  public CompactNameFinderModel(InputStream in) throws IOException {
    super(in);
    compact = CompactPerceptron.of((MaxentModel) getArtifact(CLASSIFIER_ENTRY));
  }

  /** True when finders over this model decode with the compact perceptron. */
  public boolean isCompact() {
    return compact != null;
  }

  @Override
  public SequenceClassificationModel getNameFinderSequenceModel() {
    if (compact == null) return super.getNameFinderSequenceModel();
    String beam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
    return new BeamSearch(beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam), compact);
  }
}
