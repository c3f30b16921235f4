package io.rasd.core.entities;

import io.rasd.core.entities.gazetteer.Gazetteer;
import io.rasd.core.entities.gazetteer.GazetteerMatch;
import io.rasd.core.entities.gazetteer.GazetteerMatcher;
import io.rasd.core.entities.recognition.MentionTypes;
import io.rasd.core.entities.grammar.NameCandidate;
import io.rasd.core.entities.grammar.NameFusion;
import io.rasd.core.entities.recognition.BioTags;
import io.rasd.core.entities.recognition.ConllSentence;
import io.rasd.core.entities.recognition.NerModel;
import io.rasd.core.entities.recognition.NerScores;
import io.rasd.core.arabic.Sentences;
import io.rasd.core.arabic.SentenceWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Tags pre-tokenized text with ANERcorp BIO tags using the pipeline's shipped model and features (gazetteer
 * membership included), optionally fused with gazetteer matches as the pipeline does ({@link NameFusion}). Tokens keep
 * their clitics, as in ANERcorp. NOT thread-safe.
 */
public final class ConllTagger {
  private final NameFinderME finder;
  private final GazetteerMatcher matcher;

  /**
   * The shipped model; with {@code withGazetteer} its names are also fused with gazetteer matches as in the pipeline
   * (the gazetteer is always a model feature).
   */
  public ConllTagger(boolean withGazetteer) {
    this(NerModel.newFinder(), withGazetteer ? Gazetteer.fromResources() : null);
  }

  ConllTagger(NameFinderME finder, Gazetteer fusedGazetteer) {
    this.finder = finder;
    this.matcher = fusedGazetteer == null ? null : new GazetteerMatcher(fusedGazetteer);
  }

  /** Scores of the model fused with the gazetteer, as tag-conll and the pipeline use it. */
  public static NerScores evaluate(TokenNameFinderModel model, List<ConllSentence> sentences) {
    ConllTagger tagger = new ConllTagger(new NameFinderME(model), Gazetteer.fromResources());
    NerScores scores = new NerScores();
    for (ConllSentence c : sentences) {
      String[] tags = tagger.tagSentence(c.tokens().toArray(new String[0]));
      scores.add(BioTags.toSpans(c.tags()), BioTags.toSpans(Arrays.asList(tags)));
    }
    return scores;
  }

  /** One tag per line; null for blank lines. The first whitespace-separated column is the token. */
  public List<String> tagLines(List<String> lines) {
    List<String> tags = new ArrayList<>(lines.size());
    List<String> sentence = new ArrayList<>();
    List<Integer> sentenceLines = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      tags.add(null);
      if (line.isEmpty()) {
        flush(sentence, sentenceLines, tags);
        continue;
      }
      String token = line.split("\\s+", 2)[0];
      sentence.add(token);
      sentenceLines.add(i);
      if (Sentences.isSentenceEnd(token)) flush(sentence, sentenceLines, tags);
    }
    flush(sentence, sentenceLines, tags);
    finder.clearAdaptiveData();
    return tags;
  }

  /** BIO tags (ANERcorp type names) for one sentence. */
  public String[] tagSentence(String[] tokens) {
    Span[] model = finder.find(tokens);
    List<GazetteerMatch> gazetteer = matcher == null ? List.of() : matcher.match(SentenceWords.of(tokens));
    List<NameCandidate> names = NameFusion.fuse(model, gazetteer, 0);
    String[] tags = new String[tokens.length];
    Arrays.fill(tags, "O");
    for (NameCandidate c : names) {
      String type = MentionTypes.toAnercorp(c.type());
      tags[c.first()] = "B-" + type;
      for (int i = c.first() + 1; i <= c.last(); i++) tags[i] = "I-" + type;
    }
    return tags;
  }

  private void flush(List<String> sentence, List<Integer> lines, List<String> tags) {
    if (sentence.isEmpty()) return;
    String[] predicted = tagSentence(sentence.toArray(new String[0]));
    for (int k = 0; k < predicted.length; k++) tags.set(lines.get(k), predicted[k]);
    sentence.clear();
    lines.clear();
  }
}
