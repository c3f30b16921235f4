package io.rasd.core.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.ResourceLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The case table of the Arabic layer ({@code arabic/arabic_cases.tsv}: kind, input, expected): folding levels,
 * tokens and offsets, name-finder words, clitic readings of each set, sentences, clauses, compound names. A literal
 * {@code \n} in an input is a line break. Every mismatch is reported with what the layer gave.
 */
class ArabicLayerCasesTest {
  private static final String TABLE = "arabic/arabic_cases.tsv";

  @Test
  void everyCaseOfTheTableHolds() {
    List<String[]> cases = ResourceLines.readTsv(TABLE, 3);
    List<String> failures = new ArrayList<>();
    for (String[] c : cases) {
      String actual = render(c[0], c[1].replace("\\n", "\n"));
      if (!actual.equals(c[2])) failures.add(c[0] + "\t" + c[1] + "\t" + actual + "\t(expected " + c[2] + ")");
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    assertThat(failures).isEmpty();
  }

  @Test
  void tokensCoverTheirTextExactly() {
    for (String[] c : ResourceLines.readTsv(TABLE, 3)) {
      if (!c[0].equals("tokens") && !c[0].equals("words")) continue;
      String text = c[1].replace("\\n", "\n");
      AnalyzedText a = AnalyzedText.analyze(text);
      for (List<Token> list : List.of(a.tokens(), a.words())) {
        int previousEnd = 0;
        for (Token t : list) {
          assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
          assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
          previousEnd = t.end();
        }
      }
    }
  }

  static String render(String kind, String input) {
    return switch (kind) {
      case "display" -> Folding.DISPLAY.apply(input);
      case "name" -> Folding.NAME.apply(input);
      case "match" -> Folding.MATCH.apply(input);
      case "stem" -> Folding.stem(Folding.NAME.apply(input));
      case "construct-duals" -> String.join(" ", ArabicWord.constructDuals(Folding.NAME.apply(input)));
      case "plural-construct" -> String.valueOf(ArabicWord.soundPluralConstruct(Folding.MATCH.apply(input)));
      case "alef-only" -> Folding.alefOnly(input);
      case "article-strip" -> DefiniteArticle.strip(Folding.NAME.apply(input));
      case "article-strip3" -> DefiniteArticle.strip(Folding.NAME.apply(input), 3);
      case "article-lookup" -> String.valueOf(DefiniteArticle.lookupForm(Folding.NAME.apply(input)));
      case "article-surface" -> DefiniteArticle.surfaceForm(input);
      case "tokens" -> tokens(AnalyzedText.analyze(input).tokens());
      case "words" -> tokens(AnalyzedText.analyze(input).words());
      case "readings-name" -> readings(input, CliticSet.NAME);
      case "readings-lexicon" -> readings(input, CliticSet.LEXICON);
      case "readings-number" -> readings(input, CliticSet.NUMBER);
      case "sentences" -> sentences(AnalyzedText.analyze(input));
      case "clauses" -> clauses(AnalyzedText.analyze(input));
      case "compound" -> CompoundNames.key(levelWords(input, Folding.DISPLAY), levelWords(input, Folding.NAME));
      case "spellings" -> CompoundNames.spellings(levelWords(input, Folding.DISPLAY), levelWords(input, Folding.NAME))
          .stream().map(s -> String.join(" ", s)).collect(Collectors.joining(" / "));
      case "digit" -> String.valueOf(ArabicChars.digitValue(input.charAt(0)));
      case "letter" -> ArabicChars.isArabicLetter(input.charAt(0)) ? "letter"
          : ArabicChars.isDiacritic(input.charAt(0)) ? "diacritic"
          : ArabicChars.isTatweel(input.charAt(0)) ? "tatweel" : "other";
      default -> throw new IllegalArgumentException("unknown case kind " + kind);
    };
  }

  private static List<String> levelWords(String name, Folding level) {
    return Arrays.asList(level.apply(name).split(" "));
  }

  /** W/D/P (word, digits, punctuation), the folded key, and the offsets: {@code W:اعتقال@0-6}. */
  private static String tokens(List<Token> tokens) {
    return tokens.stream().map(t -> t.type().name().charAt(0) + ":" + t.norm() + "@" + t.start() + "-" + t.end())
        .collect(Collectors.joining(" "));
  }

  /** offset:form, * when the article was stripped: {@code 0:وبالرباط 1:بالرباط 2:الرباط}. */
  private static String readings(String word, CliticSet set) {
    return ArabicWord.of(word).readings(set).stream()
        .map(r -> r.offset() + ":" + r.form() + (r.definite() ? "*" : "")).collect(Collectors.joining(" "));
  }

  private static String sentences(AnalyzedText a) {
    return a.sentences().stream()
        .map(r -> a.words().subList(r[0], r[1]).stream().map(Token::text).collect(Collectors.joining(" ")))
        .collect(Collectors.joining(" / "));
  }

  private static String clauses(AnalyzedText a) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < a.tokens().size(); i++) {
      if (i > 0) out.append(a.clauseOf(i) != a.clauseOf(i - 1) ? (a.sentenceOf(i) != a.sentenceOf(i - 1) ? " // " : " / ") : " ");
      out.append(a.tokens().get(i).text());
    }
    return out.toString();
  }
}
