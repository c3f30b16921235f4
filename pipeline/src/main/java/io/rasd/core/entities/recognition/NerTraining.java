package io.rasd.core.entities.recognition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/** Trains and scores the name finder on CoNLL sentences with the Rasd features. */
public final class NerTraining {
  /** @param beamSize sequences the decoder keeps per token (OpenNLP's default is 3; 1 = greedy, fastest) */
  public record Settings(String algorithm, int iterations, int cutoff, int beamSize) {}

  private NerTraining() {}

  public static TokenNameFinderModel train(List<ConllSentence> sentences, Settings s) throws IOException {
    List<NameSample> samples = new ArrayList<>(sentences.size());
    for (ConllSentence c : sentences) {
      samples.add(new NameSample(c.tokens().toArray(new String[0]), BioTags.toSpans(c.tags()), false));
    }
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, s.algorithm());
    p.put(TrainingParameters.ITERATIONS_PARAM, s.iterations());
    p.put(TrainingParameters.CUTOFF_PARAM, s.cutoff());
    p.put(TrainingParameters.THREADS_PARAM, 1);
    p.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, s.beamSize());
    return NameFinderME.train("ar", null, ObjectStreamUtils.createObjectStream(samples), p,
        RasdNameFinderFactory.forTraining());
  }

  /** Scores of the statistical model alone. */
  public static NerScores evaluate(TokenNameFinderModel model, List<ConllSentence> sentences) {
    NameFinderME finder = new NameFinderME(model);
    NerScores scores = new NerScores();
    for (ConllSentence c : sentences) {
      Span[] predicted = finder.find(c.tokens().toArray(new String[0]));
      scores.add(BioTags.toSpans(c.tags()), predicted);
    }
    return scores;
  }
}
