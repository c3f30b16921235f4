package io.rasd.core.entities.grammar;

import io.rasd.core.ResourceLines;
import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.Phrase;
import io.rasd.core.arabic.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * News outlets cited as a source ({@code grammar/outlets.txt}: الاقتصادية, الشرق الأوسط, سبق): a listed name alone
 * between quotation marks or parentheses, or in a dateline (سبق - الرياض:, الرياض - واس:), is the outlet, an
 * ORGANIZATION, whatever else the word can name (the region الشرق الأوسط, the city المدينة). Cheap: one map lookup
 * per token, the context checked only on a hit.
 */
public final class OutletNames {
  /** Marks that open and close a quoted name. */
  private static final Set<String> OPEN = Set.of("\"", "«", "(", "“", "'");
  private static final Set<String> CLOSE = Set.of("\"", "»", ")", "”", "'");
  private static final Set<String> DASHES = Set.of("-", "–", "—");
  /** Words of a dateline's place between the dash and the colon (سبق - المدينة المنورة:). */
  private static final int MAX_PLACE_WORDS = 3;
  private static volatile OutletNames shared;

  /** Each listed name as name-level words, indexed by its first word. */
  private final Map<String, List<List<String>>> byFirstWord;

  /** Names that are also places or ordinary words (marked ~): outlets in quotes only, never in a dateline. */
  private final java.util.Set<List<String>> quotesOnly = new java.util.HashSet<>();

  OutletNames(List<String> names) {
    this.byFirstWord = new HashMap<>();
    for (String n : names) {
      boolean marked = n.startsWith("~");
      List<String> words = AnalyzedText.analyze(marked ? n.substring(1) : n).words().stream()
          .map(t -> t.word().nameKey()).toList();
      if (words.isEmpty()) continue;
      byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
      if (marked) quotesOnly.add(words);
    }
    // longest first, so الشرق الأوسط is tried before الشرق
    for (List<List<String>> l : byFirstWord.values()) l.sort((a, b) -> Integer.compare(b.size(), a.size()));
  }

  public static OutletNames fromResources() {
    if (shared == null) {
      synchronized (OutletNames.class) {
        if (shared == null) shared = new OutletNames(ResourceLines.read("/entities/grammar/outlets.txt"));
      }
    }
    return shared;
  }

  /** Outlet mentions of the article's tokens, as grammar candidates (no proclitic: the name stands alone). */
  public List<NameCandidate> find(List<Token> tokens) {
    List<NameCandidate> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.isWord()) continue;
      List<List<String>> names = byFirstWord.get(t.word().nameKey());
      if (names == null) continue;
      for (List<String> name : names) {
        int last = i + name.size() - 1;
        if (last >= tokens.size() || !Phrase.nameKeysAt(tokens, i, name, 0)) continue;
        boolean dateline = !quotesOnly.contains(name);
        int colon = dateline ? placeAfter(tokens, last) : -1;
        if (quoted(tokens, i, last) || colon > 0 || dateline && sourceAfterPlace(tokens, i, last)) {
          out.add(new NameCandidate(i, last, 0, "ORGANIZATION", null, null, true));
          // the dateline's place is no source, even a listed one (سبق - الرياض:)
          i = colon > 0 ? colon : last;
        }
        break;
      }
    }
    return out;
  }

  private static boolean quoted(List<Token> tokens, int first, int last) {
    if (first == 0 || last + 1 >= tokens.size()) return false;
    String open = tokens.get(first - 1).text();
    String close = tokens.get(last + 1).text();
    return OPEN.contains(open) && CLOSE.contains(close);
  }

  /** NAME - PLACE: (a place of one to three words, then a colon): the colon's index, else -1. */
  private static int placeAfter(List<Token> tokens, int last) {
    if (last + 1 >= tokens.size() || !DASHES.contains(tokens.get(last + 1).text())) return -1;
    for (int k = last + 2; k < tokens.size() && k <= last + 2 + MAX_PLACE_WORDS; k++) {
      Token t = tokens.get(k);
      if (t.text().equals(":")) return k > last + 2 ? k : -1;
      if (!t.isWord()) return -1;
    }
    return -1;
  }

  /** PLACE - NAME: */
  private static boolean sourceAfterPlace(List<Token> tokens, int first, int last) {
    return first >= 2 && DASHES.contains(tokens.get(first - 1).text()) && tokens.get(first - 2).isWord()
        && last + 1 < tokens.size() && tokens.get(last + 1).text().equals(":");
  }
}
