package io.rasd.core.entities.grammar;

import io.rasd.core.arabic.Token;
import io.rasd.core.entities.gazetteer.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Latin acronyms spelled out in Arabic letter names and joined by dots (بي.إم.دبليو, إس . إي . إس, تي.دي.آي;
 * {@code letter-names.txt}): the chain is one unit. A name inside it (the model's بي and دبليو, cut apart at the dots)
 * becomes the whole chain, with its type; a name that runs from other words into it or out of it (تيجوان2 تي, آي بلو
 * موشن: a car model's name and part of its engine's acronym) cuts an acronym in half and is dropped. Only dotted
 * chains: letter names with spaces (بي سي بي, بي بي سي) are left to the model, and a lone letter name is a word.
 */
public final class LetterAcronyms {
  private static volatile LetterAcronyms shared;
  private final Set<String> letters;

  LetterAcronyms(Set<String> letters) {
    this.letters = letters;
  }

  public static LetterAcronyms fromResources() {
    if (shared == null) {
      synchronized (LetterAcronyms.class) {
        if (shared == null) shared = new LetterAcronyms(WordList.load("/entities/letter-names.txt"));
      }
    }
    return shared;
  }

  /** Token ranges {first, last} of the dotted letter chains (two letters or more). */
  public List<int[]> chains(List<Token> tokens) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!isLetter(tokens.get(i))) continue;
      int last = i;
      while (last + 2 < tokens.size() && tokens.get(last + 1).text().equals(".") && isLetter(tokens.get(last + 2))) {
        last += 2;
      }
      if (last > i) out.add(new int[] {i, last});
      i = last;
    }
    return out;
  }

  /** The names with the chains applied: names inside a chain widened to it (one per chain), names across one dropped. */
  public List<NameCandidate> apply(List<NameCandidate> names, List<Token> tokens) {
    List<int[]> chains = chains(tokens);
    if (chains.isEmpty()) return names;
    List<NameCandidate> out = new ArrayList<>(names.size());
    boolean[] widened = new boolean[chains.size()];
    for (NameCandidate c : names) {
      NameCandidate kept = c;
      for (int k = 0; k < chains.size() && kept != null; k++) {
        int[] ch = chains.get(k);
        if (kept.last() < ch[0] || ch[1] < kept.first()) continue;
        if (kept.first() <= ch[0] && ch[1] <= kept.last()) continue; // holds the whole chain (شركة بي.إم.دبليو)
        if (ch[0] <= kept.first() && kept.last() <= ch[1]) {
          kept = widened[k] ? null : new NameCandidate(ch[0], ch[1], 0, kept.type(), null, null, true);
          widened[k] = true;
        } else {
          kept = null;
        }
      }
      if (kept != null) out.add(kept);
    }
    return out;
  }

  private boolean isLetter(Token t) {
    return t.isWord() && letters.contains(t.word().nameKey());
  }
}
