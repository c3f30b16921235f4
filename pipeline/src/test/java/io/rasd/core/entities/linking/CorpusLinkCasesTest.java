package io.rasd.core.entities.linking;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.ResourceLines;
import io.rasd.core.arabic.CompoundNames;
import io.rasd.core.arabic.Folding;
import io.rasd.core.entities.linking.EntityLinker.NameGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cross-article cases of {@code entities/linking/corpus_link_cases.tsv}. */
class CorpusLinkCasesTest {
  private static final EntityLinker LINKER = EntityLinker.fromResources();
  private static final PersonNames PERSONS = PersonNames.fromResources();

  static Stream<Arguments> cases() {
    return ResourceLines.readTsv("/entities/linking/corpus_link_cases.tsv", 4).stream()
        .map(f -> Arguments.of(f[0], f[1], f[2], f[3]));
  }

  /**
   * The link key the extractor gives a name that stands alone in its article: its words keyed as {@code
   * EntityExtractor} keys them, a person's titles left out, and a lone person name local to its article.
   */
  static String articleKey(String type, String text) {
    List<String> words = List.of(text.split(" "));
    String key = CompoundNames.key(words.stream().map(Folding.DISPLAY::apply).toList(),
        words.stream().map(Folding.NAME::apply).toList());
    if (!type.equals("PERSON")) return "nm:" + key;
    String name = PERSONS.withoutTitles(key);
    return PERSONS.parse(name).isLone() ? ShortFormLinker.LONE + name : "nm:" + name;
  }

  @ParameterizedTest(name = "{3}")
  @MethodSource("cases")
  void linksAcrossArticles(String expect, String names, String types, String rule) {
    List<String> texts = List.of(names.split(" \\| "));
    List<String> typeOf = List.of(types.split("\\|"));
    List<NameGroup> groups = new ArrayList<>();
    List<String> groupKeys = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String type = typeOf.get(Math.min(i, typeOf.size() - 1));
      String article = "a" + i;
      String key = EntityLinker.corpusLinkKey(article, articleKey(type, texts.get(i)));
      groups.add(new NameGroup(type, key, null, Map.of(texts.get(i), 1L), 1, Set.of(article),
          EntityLinker.seenKey(java.time.LocalDate.of(2015, 7, 21 + i), article)));
      groupKeys.add(EntityLinker.groupKey(type, key));
    }
    Map<String, String> ids = LINKER.cluster(groups).entityIdByGroupKey();
    Set<String> distinct = new HashSet<>(groupKeys.stream().map(ids::get).toList());
    assertThat(distinct).as(rule).doesNotContainNull();
    assertThat(distinct).as(rule + ": " + Arrays.toString(texts.toArray()))
        .hasSize(expect.equals("one") ? 1 : new HashSet<>(groupKeys).size());
  }
}
