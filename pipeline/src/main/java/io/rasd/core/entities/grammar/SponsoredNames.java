package io.rasd.core.entities.grammar;

import io.rasd.core.arabic.DefiniteArticle;
import io.rasd.core.arabic.Token;
import io.rasd.core.entities.gazetteer.WordList;
import java.util.List;
import java.util.Set;

/**
 * A person name right after an event word that takes a sponsor's name ({@code sponsored-events.txt}: دوري عبداللطيف
 * جميل) names the sponsoring company: an organization. Only names of two words or more found by the model or the
 * context patterns (a listed or grammar name keeps its type), never one that starts with a title ({@code titles.txt})
 * or the article: دوري الأمير فيصل بن فهد is named after a person.
 */
public final class SponsoredNames {
  private static volatile SponsoredNames shared;

  private final Set<String> events;
  private final Set<String> titles;

  SponsoredNames(Set<String> events, Set<String> titles) {
    this.events = events;
    this.titles = titles;
  }

  public static SponsoredNames fromResources() {
    if (shared == null) {
      synchronized (SponsoredNames.class) {
        if (shared == null) {
          shared = new SponsoredNames(WordList.load("/entities/grammar/sponsored-events.txt"),
              WordList.load("/entities/grammar/titles.txt"));
        }
      }
    }
    return shared;
  }

  /** {@code c} as an organization when it is a sponsor's name, else {@code c}. */
  public NameCandidate retype(NameCandidate c, List<Token> tokens) {
    if (!c.type().equals("PERSON") || c.entry() != null || c.grammar() || c.first() == 0) return c;
    // a sponsor is a company's name of two words or more (عبداللطيف جميل); one word is as often a person (the
    // diplomat دوري غولد, whose given name is دوري)
    if (c.length() < 2 || !events.contains(tokens.get(c.first() - 1).word().stripped())) return c;
    // a title or an epithet with the article names a person (دوري الأمير فيصل بن فهد, دوري الفارس بدر بن محمد)
    String first = tokens.get(c.first()).word().nameKey();
    if (titles.contains(first) || DefiniteArticle.starts(first)) return c;
    return new NameCandidate(c.first(), c.last(), c.cliticLength(), "ORGANIZATION", null, c.lookupKey());
  }
}
