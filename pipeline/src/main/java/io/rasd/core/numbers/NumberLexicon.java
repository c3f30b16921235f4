package io.rasd.core.numbers;

import io.rasd.core.arabic.Folding;
import io.rasd.core.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Number words, vague quantity phrases, ordinals and percent markers, loaded from resources/claims. */
final class NumberLexicon {
  enum WordType { UNIT, TEEN_ONLY, TEEN_MARK, TEN, HUNDRED, HUNDREDS, SCALE, SCALE_DUAL, SCALE_PLURAL }

  record Word(double value, WordType type) {}

  record Phrase(String[] tokens, Double lowerBound) {}

  final Map<String, Word> words = new HashMap<>();
  final List<Phrase> vague = new ArrayList<>();
  final List<String[]> percentMarkers = new ArrayList<>();
  final Set<String> ordinals = new HashSet<>();

  static NumberLexicon load() {
    NumberLexicon lex = new NumberLexicon();
    for (String[] f : ResourceLines.readTsv("claims/number_words.tsv", 3)) {
      lex.words.put(Folding.MATCH.apply(f[0]), new Word(Double.parseDouble(f[1]), WordType.valueOf(f[2])));
    }
    // عشر / عشرة also close a teen after a unit
    for (String[] f : ResourceLines.readTsv("claims/vague_quantities.tsv", 2)) {
      lex.vague.add(new Phrase(Folding.MATCH.apply(f[0]).split(" +"),
          f[1].isEmpty() ? null : Double.valueOf(f[1])));
    }
    lex.vague.sort((a, b) -> b.tokens().length - a.tokens().length);
    for (String line : ResourceLines.read("claims/percent_markers.txt")) {
      lex.percentMarkers.add(Folding.MATCH.apply(line.strip()).split(" +"));
    }
    lex.percentMarkers.sort((a, b) -> b.length - a.length);
    for (String line : ResourceLines.read("claims/ordinal_words.txt")) {
      lex.ordinals.add(Folding.MATCH.apply(line.strip()));
    }
    return lex;
  }

  boolean isTeenMark(String norm) {
    return norm.equals("عشر") || norm.equals("عشره");
  }
}
