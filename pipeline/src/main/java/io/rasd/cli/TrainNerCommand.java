package io.rasd.cli;

import io.rasd.core.entities.recognition.AnercorpReader;
import io.rasd.core.entities.recognition.ConllSentence;
import io.rasd.core.entities.linking.MergeAudit;
import io.rasd.core.entities.linking.NameVariants;
import io.rasd.core.entities.recognition.NerScores;
import io.rasd.core.entities.recognition.NerTraining;
import io.rasd.core.entities.ConllTagger;
import io.rasd.core.entities.WordListBuilder;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * {@code train-ner --data=train.txt [--out=model.bin] [--dev=0.1] [--folds=0] [--iterations=100] [--cutoff=1]
 * [--algorithm=PERCEPTRON]}: trains the Arabic name finder, scores it on the last {@code dev} fraction of the sentences
 * (held out from training), and writes the model; with {@code --folds=K} prints K-fold cross-validated scores over
 * all the data instead (no model written); with {@code --word-lists=DIR} writes the word lists derived from the data
 * ({@link WordListBuilder}) instead, and with {@code --merge-audit=true} prints every pair of distinct names the
 * cross-article similarity rule would merge ({@link MergeAudit}).
 */
public final class TrainNerCommand {
  static final String DEFAULT_OUT = "pipeline/src/main/resources/entities/ner-ar.bin";
  private static final Set<String> FLAGS = Set.of("data", "out", "dev", "folds", "iterations", "cutoff", "algorithm", "beam", "word-lists", "merge-audit");

  private TrainNerCommand() {}

  public static int run(String[] args) {
    Flags flags;
    try {
      flags = Flags.parse(args, FLAGS);
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    if (flags.get("data", null) == null) return usage("--data is required");
    try {
      Path data = Path.of(flags.require("data"));
      if (!Files.isReadable(data)) return usage("cannot read " + data);
      double dev = Double.parseDouble(flags.get("dev", "0.1"));
      int folds = Integer.parseInt(flags.get("folds", "0"));
      if (dev < 0 || dev >= 1 || folds == 1 || folds < 0) return usage("need 0 <= dev < 1 and folds = 0 or >= 2");
      NerTraining.Settings settings = new NerTraining.Settings(flags.get("algorithm", "PERCEPTRON"),
          Integer.parseInt(flags.get("iterations", "100")), Integer.parseInt(flags.get("cutoff", "1")),
          Integer.parseInt(flags.get("beam", "3")));
      List<ConllSentence> sentences = AnercorpReader.read(data);
      System.out.printf("read %d sentences from %s; %s%n", sentences.size(), data, settings);
      if (Boolean.parseBoolean(flags.get("merge-audit", "false"))) {
        MergeAudit.run(sentences, NameVariants.fromResources(), System.out);
        return 0;
      }
      if (flags.get("word-lists", null) != null) {
        WordListBuilder.write(sentences, Path.of(flags.require("word-lists")));
        System.out.println("wrote stable-names.txt and common-words.txt to " + flags.require("word-lists"));
        return 0;
      }
      if (folds > 0) return crossValidate(sentences, folds, settings);

      int split = (int) Math.round(sentences.size() * (1 - dev));
      long t0 = System.nanoTime();
      TokenNameFinderModel model = NerTraining.train(sentences.subList(0, split), settings);
      System.out.printf("trained on sentences [0, %d) in %.0f s%n", split, (System.nanoTime() - t0) / 1e9);
      if (split < sentences.size()) {
        NerScores scores = NerTraining.evaluate(model, sentences.subList(split, sentences.size()));
        List<ConllSentence> devSet = sentences.subList(split, sentences.size());
        System.out.printf("dev = sentences [%d, %d), model alone:%n%s", split, sentences.size(), scores.table());
        System.out.printf("dev, model + gazetteer fusion (as the pipeline; tag-conll --gazetteer=true):%n%s",
            ConllTagger.evaluate(model, devSet).table());
      }
      Path out = Path.of(flags.get("out", DEFAULT_OUT));
      if (out.getParent() != null) Files.createDirectories(out.getParent());
      try (OutputStream os = Files.newOutputStream(out)) {
        model.serialize(os);
      }
      System.out.printf("wrote %s (%d bytes)%n", out, Files.size(out));
      return 0;
    } catch (NumberFormatException e) {
      return usage("bad number: " + e.getMessage());
    } catch (Exception e) {
      System.err.println("train-ner failed: " + e);
      if (System.getenv("RASD_DEBUG") != null) e.printStackTrace();
      return 1;
    }
  }

  private static int crossValidate(List<ConllSentence> sentences, int folds, NerTraining.Settings settings)
      throws Exception {
    NerScores total = new NerScores();
    NerScores totalFused = new NerScores();
    int n = sentences.size();
    for (int k = 0; k < folds; k++) {
      int from = (int) ((long) n * k / folds);
      int to = (int) ((long) n * (k + 1) / folds);
      List<ConllSentence> train = new ArrayList<>(sentences.subList(0, from));
      train.addAll(sentences.subList(to, n));
      TokenNameFinderModel model = NerTraining.train(train, settings);
      NerScores fold = NerTraining.evaluate(model, sentences.subList(from, to));
      NerScores foldFused = ConllTagger.evaluate(model, sentences.subList(from, to));
      System.out.printf("fold %d/%d: micro F1 %.2f (model alone), %.2f (model + gazetteer)%n", k + 1, folds,
          100 * fold.f1(null), 100 * foldFused.f1(null));
      total.addAll(fold);
      totalFused.addAll(foldFused);
    }
    System.out.printf("%d-fold cross-validation, model alone (pooled counts):%n%s", folds, total.table());
    System.out.printf("%d-fold cross-validation, model + gazetteer:%n%s", folds, totalFused.table());
    return 0;
  }

  private static int usage(String problem) {
    System.err.println("train-ner: " + problem);
    System.err.println("usage: train-ner --data=FILE [--out=" + DEFAULT_OUT + "] [--dev=0.1] [--folds=0]"
        + " [--iterations=100] [--cutoff=1] [--algorithm=PERCEPTRON|MAXENT] [--word-lists=DIR] [--merge-audit=true]");
    return 2;
  }
}
