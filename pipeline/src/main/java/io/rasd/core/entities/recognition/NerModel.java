package io.rasd.core.entities.recognition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The shipped Arabic name-finder model (trained by {@code train-ner}); the model is shared, finders are not. Finders
 * decode with the {@link CompactPerceptron} form of its perceptron (bit-identical scores, see there).
 */
public final class NerModel {
  public static final String RESOURCE = "/entities/ner-ar.bin";
  private static volatile TokenNameFinderModel shared;

  private NerModel() {}

  public static TokenNameFinderModel fromResources() {
    TokenNameFinderModel m = shared;
    if (m == null) {
      synchronized (NerModel.class) {
        if (shared == null) {
          RasdNameFinderFactory.allowLoading();
          try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE + ": run train-ner");
            shared = new CompactNameFinderModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        m = shared;
      }
    }
    return m;
  }

  /** A new (not thread-safe) finder over the shipped model. */
  public static NameFinderME newFinder() {
    return new NameFinderME(fromResources());
  }
}
