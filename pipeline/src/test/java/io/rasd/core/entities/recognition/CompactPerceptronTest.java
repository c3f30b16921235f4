package io.rasd.core.entities.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.SentenceWords;
import io.rasd.core.arabic.Token;
import io.rasd.testing.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compact perceptron scores exactly as OpenNLP's: every outcome probability of every token the name finder
 * decodes (seeds, the ANERcorp sample, the news-entities gold articles) is compared bit by bit, and so are the spans
 * and the chosen outcomes' probabilities of the two finders.
 */
class CompactPerceptronTest {
  private static TokenNameFinderModel plain;

  @BeforeAll
  static void load() throws IOException {
    plain = read();
  }

  private static TokenNameFinderModel read() throws IOException {
    RasdNameFinderFactory.allowLoading();
    try (InputStream in = NerModel.class.getResourceAsStream(NerModel.RESOURCE)) {
      return new TokenNameFinderModel(in);
    }
  }

  @Test
  void theShippedModelDecodesWithTheCompactPerceptron() {
    assertThat(NerModel.fromResources()).isInstanceOf(CompactNameFinderModel.class);
    assertThat(((CompactNameFinderModel) NerModel.fromResources()).isCompact()).isTrue();
    MaxentModel original = plain.getArtifact(CompactNameFinderModel.CLASSIFIER_ENTRY);
    assertThat(original).isExactlyInstanceOf(PerceptronModel.class);
    CompactPerceptron compact = CompactPerceptron.of(original);
    assertThat(compact.predicates()).isEqualTo(((java.util.Map<?, ?>) ((PerceptronModel) original).getDataStructures()[1]).size());
    assertThat(compact.getNumOutcomes()).isEqualTo(original.getNumOutcomes());
  }

  @Test
  void everyProbabilityAndEverySpanIsTheSameAsOpenNlps() throws IOException {
    MaxentModel original = plain.getArtifact(CompactNameFinderModel.CLASSIFIER_ENTRY);
    Checking checking = new Checking(original, CompactPerceptron.of(original));
    NameFinderME checked = new NameFinderME(new Wrapped(checking));
    NameFinderME opennlp = new NameFinderME(plain);
    NameFinderME compact = NerModel.newFinder();
    int sentences = 0;
    int spans = 0;
    for (List<Sentence> document : documents()) {
      for (Sentence s : document) {
        SentenceWords.bind(s.words(), s.analysis());
        Span[] a = opennlp.find(s.words());
        double[] pa = opennlp.probs();
        SentenceWords.bind(s.words(), s.analysis());
        Span[] b = compact.find(s.words());
        double[] pb = compact.probs();
        SentenceWords.bind(s.words(), s.analysis());
        checked.find(s.words());
        assertThat(b).as(String.join(" ", s.words())).containsExactly(a);
        for (int i = 0; i < a.length; i++) assertThat(bits(b[i].getProb())).isEqualTo(bits(a[i].getProb()));
        assertThat(bits(pb)).isEqualTo(bits(pa));
        sentences++;
        spans += a.length;
      }
      opennlp.clearAdaptiveData();
      compact.clearAdaptiveData();
      checked.clearAdaptiveData();
    }
    System.out.printf("compact vs OpenNLP: %d sentences, %d spans, %d evaluations (%d with unknown predicates)%n",
        sentences, spans, checking.evaluations, checking.unknown);
    assertThat(checking.mismatches).as("evaluations whose probabilities differ in any bit").isEmpty();
    assertThat(sentences).isGreaterThan(500);
    assertThat(spans).isGreaterThan(300);
    assertThat(checking.evaluations).isGreaterThan(10_000);
    assertThat(checking.unknown).as("contexts with predicates the model does not know").isGreaterThan(0);
  }

  /** Edge cases of the layout: equal hashes, keys across the 4-char packing, repeated and unknown predicates. */
  @Test
  void aSmallPerceptronScoresBitForBitLikeOpenNlp() {
    // "Aa" and "BB" have the same String hash; keys of 0 to 9 characters cross the 4-chars-per-long packing
    String[] preds = {"Aa", "BB", "", "x", "xy", "xyz", "wxyz", "vwxyz", "uvwxyzabc", "ضغط=١", "p1c100=37"};
    Context[] params = new Context[preds.length];
    for (int p = 0; p < preds.length; p++) {
      int n = 1 + p % 5;
      int[] outcomes = new int[n];
      double[] values = new double[n];
      for (int k = 0; k < n; k++) {
        outcomes[k] = (p * 3 + k * 2) % 6;
        values[k] = (p % 2 == 0 ? 1 : -1) * (0.1 * p + 1.0 / (k + 3)) * (p == 7 ? 1e3 : 1);
      }
      params[p] = new Context(outcomes, values);
    }
    String[] outcomes = {"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "other"};
    PerceptronModel model = new PerceptronModel(params, preds, outcomes);
    CompactPerceptron compact = CompactPerceptron.of(model);
    assertThat(compact.predicates()).isEqualTo(preds.length);
    String[][] contexts = {
      {}, {"Aa"}, {"BB"}, {"Aa", "BB", "Aa"}, {"unknown", "", "x", "xy", "xyz"}, {"wxyz", "vwxyz", "uvwxyzabc"},
      {"vwxyz"}, {"xyzw", "uvwxyzab", "ضغط=١", "p1c100=37", "p1c100=3"}, preds,
    };
    for (String[] c : contexts) {
      assertThat(bits(compact.eval(c))).as(Arrays.toString(c)).isEqualTo(bits(model.eval(c)));
      assertThat(bits(compact.eval(c, new double[6]))).isEqualTo(bits(model.eval(c, new double[6])));
      float[] weights = new float[c.length];
      for (int i = 0; i < c.length; i++) weights[i] = 0.5f + i;
      assertThat(bits(compact.eval(c, weights))).isEqualTo(bits(model.eval(c, weights)));
    }
    assertThat(compact.find("Aa")).isNotEqualTo(compact.find("BB"));
    assertThat(compact.find("xyzw")).isEqualTo(-1);
    assertThat(compact.getBestOutcome(compact.eval(new String[] {"x"}))).isEqualTo(model.getBestOutcome(model.eval(new String[] {"x"})));
  }

  @Test
  void onlyAPerceptronIsMadeCompact() {
    assertThat(CompactPerceptron.of(null)).isNull();
    MaxentModel other = new PerceptronModel(new Context[0], new String[0], new String[] {"O"}) {};
    assertThat(CompactPerceptron.of(other)).as("a subclass may score otherwise").isNull();
  }

  private static long[] bits(double... values) {
    long[] out = new long[values.length];
    for (int i = 0; i < values.length; i++) out[i] = Double.doubleToRawLongBits(values[i]);
    return out;
  }

  record Sentence(String[] words, ArabicWord[] analysis) {}

  /** The seed articles, the news-entities gold articles (title and body) and the ANERcorp sample, as documents. */
  private static List<List<Sentence>> documents() throws IOException {
    List<List<Sentence>> docs = new ArrayList<>();
    for (Path f : Seeds.files()) docs.add(sentences(Seeds.text(f.getFileName().toString())));
    for (JsonNode a : Seeds.gold("news-entities/articles.jsonl")) {
      docs.add(sentences(a.path("title").asText() + "\n" + a.path("content").asText()));
    }
    List<Sentence> anercorp = new ArrayList<>();
    Path sample;
    try {
      sample = Path.of(CompactPerceptronTest.class.getResource("/entities/anercorp-sample.txt").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
    for (ConllSentence s : AnercorpReader.read(sample)) {
      String[] words = s.tokens().toArray(String[]::new);
      ArabicWord[] analysis = new ArabicWord[words.length];
      for (int i = 0; i < words.length; i++) analysis[i] = ArabicWord.of(words[i]);
      anercorp.add(new Sentence(words, analysis));
    }
    docs.add(anercorp);
    return docs;
  }

  private static List<Sentence> sentences(String text) {
    AnalyzedText analyzed = AnalyzedText.analyze(text);
    List<Token> tokens = analyzed.words();
    List<Sentence> out = new ArrayList<>();
    for (int[] r : analyzed.sentences()) {
      String[] words = new String[r[1] - r[0]];
      ArabicWord[] analysis = new ArabicWord[words.length];
      for (int i = r[0]; i < r[1]; i++) {
        words[i - r[0]] = tokens.get(i).text();
        analysis[i - r[0]] = tokens.get(i).word();
      }
      out.add(new Sentence(words, analysis));
    }
    return out;
  }

  /** OpenNLP's model, with every evaluation also made by the compact one and compared bit by bit. */
  private static final class Checking implements MaxentModel {
    private final MaxentModel original;
    private final CompactPerceptron compact;
    final List<String> mismatches = new ArrayList<>();
    int evaluations;
    int unknown;

    Checking(MaxentModel original, CompactPerceptron compact) {
      this.original = original;
      this.compact = compact;
    }

    @Override
    public double[] eval(String[] context) {
      return eval(context, new double[getNumOutcomes()]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
      double[] expected = original.eval(context, new double[getNumOutcomes()]);
      double[] actual = compact.eval(context, new double[getNumOutcomes()]);
      evaluations++;
      if (Arrays.stream(context).anyMatch(p -> compact.find(p) < 0)) unknown++;
      if (!Arrays.equals(bits(expected), bits(actual))) {
        mismatches.add(Arrays.toString(context) + ": " + Arrays.toString(expected) + " vs " + Arrays.toString(actual));
      }
      System.arraycopy(expected, 0, probs, 0, probs.length);
      return probs;
    }

    @Override
    public double[] eval(String[] context, float[] values) {
      return original.eval(context, values);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
      return original.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
      return original.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
      return original.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
      return original.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
      return original.getNumOutcomes();
    }
  }

  /** The shipped model, decoding through {@link Checking}. */
  private static final class Wrapped extends TokenNameFinderModel {
    private final transient Checking checking;

    Wrapped(Checking checking) throws IOException {
      super(NerModel.class.getResourceAsStream(NerModel.RESOURCE));
      this.checking = checking;
    }

    @Override
    public SequenceClassificationModel getNameFinderSequenceModel() {
      String beam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
      return new BeamSearch(beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam), checking);
    }
  }
}
