package io.rasd.core.entities.linking;

import io.rasd.core.entities.grammar.NameCandidate;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.CliticSet;
import io.rasd.core.arabic.Folding;
import io.rasd.core.arabic.Reading;
import io.rasd.core.arabic.Token;
import io.rasd.core.model.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Within one article: gives each name its link key (gazetteer id, or its normalized words), joins a person's short
 * form to the full name (حموشي → عبد اللطيف حموشي, وراي → كريستوفر راي) and a parenthesized acronym to the name before
 * it, and gives every mention of one key the type of its longest mention.
 */
public final class ShortFormLinker {
  private static final int MIN_SHORT_FORM = 3;

  private final List<Token> tokens;
  private final java.util.function.Predicate<ArabicWord> isCommonWord;

  /** {@code isCommonWord}: ordinary words join only a gazetteer person ("محمود العواقب" is a model error). */
  public ShortFormLinker(List<Token> tokens, java.util.function.Predicate<ArabicWord> isCommonWord) {
    this.tokens = tokens;
    this.isCommonWord = isCommonWord;
  }

  private record Linked(int first, int last, int clitic, String type, String key, String gazetteerId) {}

  public List<Mention> link(String body, List<NameCandidate> names, Map<Integer, Integer> acronyms) {
    List<Linked> linked = new ArrayList<>();
    for (NameCandidate c : names) {
      String key = c.entry() != null ? "gz:" + c.entry().id() : "nm:" + c.lookupKey();
      linked.add(new Linked(c.first(), c.last(), c.cliticLength(), c.type(), key, c.entry() == null ? null : c.entry().id()));
    }
    Map<String, Linked> byLastName = lastNames(linked);
    Set<Integer> covered = new HashSet<>();
    for (Linked l : linked) for (int i = l.first(); i <= l.last(); i++) covered.add(i);

    List<Linked> all = new ArrayList<>();
    for (Linked l : linked) {
      Linked full = l.first() == l.last() && l.gazetteerId() == null ? byLastName.get(shortForm(l.first(), l.clitic())) : null;
      all.add(full == null ? l : new Linked(l.first(), l.last(), l.clitic(), "PERSON", full.key(), full.gazetteerId()));
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (covered.contains(i)) continue;
      for (Reading r : tokens.get(i).readings(CliticSet.NAME)) {
        Linked full = byLastName.get(shortForm(i, r.offset()));
        if (full != null && full.gazetteerId() == null && isCommonWord.test(tokens.get(i).word())) break;
        if (full != null) {
          all.add(new Linked(i, i, r.offset(), "PERSON", full.key(), full.gazetteerId()));
          break;
        }
      }
    }
    for (Map.Entry<Integer, Integer> a : acronyms.entrySet()) {
      Linked name = linked.get(a.getValue());
      all.add(new Linked(a.getKey(), a.getKey(), 0, name.type(), name.key(), name.gazetteerId()));
    }

    Map<String, Linked> longest = new HashMap<>();
    for (Linked l : all) longest.merge(l.key(), l, (x, y) -> span(y) > span(x) ? y : x);
    List<Mention> out = new ArrayList<>();
    for (Linked l : all) {
      int start = tokens.get(l.first()).start() + l.clitic();
      int end = tokens.get(l.last()).end();
      String type = l.gazetteerId() != null ? l.type() : longest.get(l.key()).type();
      out.add(new Mention(type, body.substring(start, end), start, end, null, l.key(), l.gazetteerId()));
    }
    return out;
  }

  private static int span(Linked l) {
    return l.last() - l.first();
  }

  /** Last word of each multi-word person name; a last word shared by two different people joins neither. */
  private Map<String, Linked> lastNames(List<Linked> linked) {
    Map<String, Linked> out = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Linked l : linked) {
      if (!l.type().equals("PERSON") || l.last() == l.first()) continue;
      String last = tokens.get(l.last()).word().displayKey();
      if (last.length() < MIN_SHORT_FORM) continue;
      Linked prev = out.putIfAbsent(last, l);
      if (prev != null && !prev.key().equals(l.key())) ambiguous.add(last);
    }
    ambiguous.forEach(out::remove);
    return out;
  }

  /** The token read from {@code offset} on (after its proclitics), hamza and letters kept as written. */
  private String shortForm(int index, int offset) {
    String text = tokens.get(index).text();
    return offset < text.length() ? Folding.DISPLAY.apply(text.substring(offset)) : "";
  }
}
