package io.rasd.core.entities.linking;

import io.rasd.core.entities.grammar.PersonPatterns;
import io.rasd.core.entities.grammar.NameCandidate;
import io.rasd.core.entities.gazetteer.GazetteerEntry;
import io.rasd.core.entities.gazetteer.Gazetteer;
import io.rasd.core.entities.EntityExtractor;
import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.ResourceLines;
import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.Token;
import io.rasd.core.model.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The within-article cases of {@code entities/linking/article_link_cases.tsv}, on hand-marked names. */
class ArticleLinkCasesTest {
  private static final Pattern MARK = Pattern.compile("\\[([POL]):([^ #\\]]+)(?:#([^ \\]]+))? ([^\\]]+)\\]");
  private static final Map<String, String> TYPES = Map.of("P", "PERSON", "O", "ORGANIZATION", "L", "LOCATION");
  private static final Gazetteer GAZETTEER = Gazetteer.forMatching();

  private record Marked(int start, int end, String type, String label, String entry) {}

  static Stream<Arguments> cases() {
    return ResourceLines.readTsv("/entities/linking/article_link_cases.tsv", 2).stream()
        .map(f -> Arguments.of(f[0], f[1]));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("cases")
  void linksWithinTheArticle(String marked, String rule) {
    StringBuilder body = new StringBuilder();
    List<Marked> names = new ArrayList<>();
    Matcher m = MARK.matcher(marked);
    int at = 0;
    while (m.find()) {
      body.append(marked, at, m.start());
      int start = body.length();
      body.append(m.group(4));
      names.add(new Marked(start, body.length(), TYPES.get(m.group(1)), m.group(2), m.group(3)));
      at = m.end();
    }
    body.append(marked.substring(at));
    String text = body.toString();
    List<Token> tokens = AnalyzedText.analyze(text).words();
    List<NameCandidate> candidates = new ArrayList<>();
    for (Marked n : names) {
      int first = tokenAt(tokens, n.start());
      int last = tokenAt(tokens, n.end() - 1);
      GazetteerEntry entry = n.entry() == null ? null : GAZETTEER.entry(n.entry());
      candidates.add(EntityExtractor.withKey(
          new NameCandidate(first, last, n.start() - tokens.get(first).start(), n.type(), entry, null), tokens));
    }
    List<Mention> mentions = new ShortFormLinker(tokens, PersonPatterns.fromResources()::isCommonWord)
        .link(text, candidates, Map.of());

    Map<String, String> keyOfLabel = new HashMap<>();
    List<String> keys = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      Marked own = names.get(c);
      if (!own.label().endsWith("!")) continue;
      // label "x!": the group is keyed by this name, its key when it is the only name of the article
      Mention alone = new ShortFormLinker(tokens, PersonPatterns.fromResources()::isCommonWord)
          .link(text, List.of(candidates.get(c)), Map.of()).get(0);
      keyOfLabel.put(own.label().substring(0, own.label().length() - 1), alone.linkKey());
      names.set(c, new Marked(own.start(), own.end(), own.type(), own.label().substring(0, own.label().length() - 1),
          own.entry()));
    }
    for (Marked n : names) {
      Mention found = mentions.stream().filter(x -> x.start() == n.start() && x.end() == n.end()).findFirst()
          .orElseThrow(() -> new AssertionError("no mention for " + text.substring(n.start(), n.end())));
      keys.add(found.linkKey());
      String what = rule + ": " + text.substring(n.start(), n.end()) + " → " + found.linkKey();
      if (n.label().equals("-") || n.label().equals("~")) {
        if (n.type().equals("PERSON") || n.label().equals("~")) {
          assertThat(found.linkKey()).as(what).startsWith(ShortFormLinker.LONE);
        }
      } else {
        String prev = keyOfLabel.putIfAbsent(n.label(), found.linkKey());
        if (prev != null) assertThat(found.linkKey()).as(what).isEqualTo(prev);
      }
    }
    for (int i = 0; i < names.size(); i++) {
      for (int j = 0; j < names.size(); j++) {
        boolean sameLabel = !names.get(i).label().equals("-") && !names.get(i).label().equals("~")
            && names.get(i).label().equals(names.get(j).label());
        if (i != j && !sameLabel) {
          assertThat(keys.get(i)).as(rule + ": " + keys.get(i) + " vs " + keys.get(j)).isNotEqualTo(keys.get(j));
        }
      }
    }
  }

  private static int tokenAt(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) return i;
    throw new AssertionError("no token at " + offset);
  }
}
