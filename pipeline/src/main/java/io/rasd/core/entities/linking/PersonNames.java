package io.rasd.core.entities.linking;

import io.rasd.core.ResourceLines;
import io.rasd.core.arabic.Folding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a person's link key as a {@link PersonName}, with the words of {@code entities/linking/person-name-parts.tsv}:
 * compound name words (عبد الله), the nasab link بن, and titles before the name (الملك, ولي العهد), which are dropped.
 */
public final class PersonNames {
  public static final String RESOURCE = "/entities/linking/person-name-parts.tsv";
  private static volatile PersonNames shared;

  private final Set<String> compounds = new HashSet<>();
  private final Set<String> sons = new HashSet<>();
  /** Titles as word lists, longest first, so ولي ولي العهد is tried before ولي العهد. */
  private final List<List<String>> titles = new ArrayList<>();

  PersonNames(List<String[]> rows) {
    for (String[] r : rows) {
      String word = Folding.NAME.apply(r[0]);
      switch (r[1]) {
        case "compound" -> compounds.add(word);
        case "son" -> sons.add(word);
        case "title" -> titles.add(List.of(word.split(" ")));
        default -> throw new IllegalStateException(RESOURCE + ": unknown role " + r[1]);
      }
    }
    titles.sort((a, b) -> b.size() - a.size());
  }

  public static PersonNames fromResources() {
    PersonNames p = shared;
    if (p == null) {
      synchronized (PersonNames.class) {
        if (shared == null) shared = new PersonNames(ResourceLines.readTsv(RESOURCE, 2));
        p = shared;
      }
    }
    return p;
  }

  /** The name's words without the titles before it (all of them if nothing else is left). */
  public List<String> withoutTitles(List<String> words) {
    int from = 0;
    boolean found = true;
    while (found) {
      found = false;
      for (List<String> t : titles) {
        if (words.size() - from > t.size() && words.subList(from, from + t.size()).equals(t)) {
          from += t.size();
          found = true;
          break;
        }
      }
    }
    return words.subList(from, words.size());
  }

  /** The link key of a person's name (name-level words, space-separated) with its leading titles dropped. */
  public String withoutTitles(String key) {
    List<String> words = List.of(key.split(" "));
    return String.join(" ", withoutTitles(words));
  }

  /**
   * The name read from its link key (name-level words, space-separated; titles are dropped first), or null when it
   * does not start with a given name (بن سلمان, a dangling compound word).
   */
  public PersonName parse(String key) {
    List<String> units = new ArrayList<>();
    List<String> words = withoutTitles(List.of(key.split(" ")));
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (compounds.contains(w) && i + 1 < words.size()) {
        units.add(w + " " + words.get(++i));
      } else {
        units.add(w);
      }
    }
    if (units.isEmpty() || sons.contains(units.get(0)) || compounds.contains(units.get(0))) return null;
    List<String> chain = new ArrayList<>();
    int i = 1;
    while (i + 1 < units.size() && sons.contains(units.get(i))) {
      chain.add(units.get(i + 1));
      i += 2;
    }
    return new PersonName(units.get(0), List.copyOf(chain), String.join(" ", units.subList(i, units.size())));
  }
}
