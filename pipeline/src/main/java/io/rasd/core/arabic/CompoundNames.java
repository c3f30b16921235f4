package io.rasd.core.arabic;

import io.rasd.core.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compound-name orthography ({@code arabic/name_compounds.tsv}): عبد written joined or spaced (عبدالعزيز / عبد
 * العزيز), the case forms أبو/أبي/أبا and ابن/بن give one key, so both spellings of a name are one entity.
 */
public final class CompoundNames {
  /** Cap on the spellings of one gazetteer alias. */
  private static final int MAX_SPELLINGS = 8;
  private static final Map<String, String> WORD_KEYS = new HashMap<>();
  private static final Map<String, Set<String>> SPELLINGS_OF_KEY = new HashMap<>();
  private static final Set<String> JOINS_ARTICLE = new HashSet<>();

  static {
    for (String[] f : ResourceLines.readTsv("arabic/name_compounds.tsv", 3)) {
      String spelling = Folding.DISPLAY.apply(f[0]);
      String key = Folding.NAME.apply(f[1]);
      switch (f[2]) {
        case "joins-article" -> JOINS_ARTICLE.add(key);
        case "word" -> {
          WORD_KEYS.put(spelling, key);
          SPELLINGS_OF_KEY.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(Folding.NAME.apply(spelling));
        }
        default -> throw new IllegalStateException("name_compounds.tsv: unknown kind " + f[2]);
      }
    }
  }

  private CompoundNames() {}

  /**
   * The key of a name given word by word as written ({@link Folding#DISPLAY}) and at the {@link Folding#NAME} level:
   * عبدالعزيز بن سلمان and عبد العزيز ابن سلمان agree.
   */
  public static String key(List<String> displayWords, List<String> nameWords) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < nameWords.size(); i++) {
      String w = nameWords.get(i);
      if (out.length() > 0) out.append(' ');
      String joined = joinedPrefix(w);
      if (joined != null) {
        out.append(joined).append(' ').append(w.substring(joined.length()));
      } else {
        out.append(WORD_KEYS.getOrDefault(displayWords.get(i), w));
      }
    }
    return out.toString();
  }

  /**
   * The spellings of a name given word by word as written and at the {@link Folding#NAME} level, as name-level words:
   * itself, with each عبد joined or split, and with each compound word in its other forms (at most {@value
   * #MAX_SPELLINGS}).
   */
  public static List<List<String>> spellings(List<String> displayWords, List<String> words) {
    List<List<String>> out = new ArrayList<>();
    out.add(List.copyOf(words));
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      List<List<String>> more = new ArrayList<>();
      for (List<String> s : out) {
        int at = s.size() - (words.size() - i); // index of word i in this spelling
        if (at < 0 || !s.get(at).equals(w)) continue; // joined with the word before it
        String joined = joinedPrefix(w);
        if (joined != null) {
          more.add(replace(s, at, 1, List.of(joined, w.substring(joined.length()))));
        } else if (JOINS_ARTICLE.contains(w) && i + 1 < words.size() && isArticleWord(words.get(i + 1))) {
          more.add(replace(s, at, 2, List.of(w + words.get(i + 1))));
        }
        String key = WORD_KEYS.get(displayWords.get(i));
        if (key != null) {
          for (String other : SPELLINGS_OF_KEY.get(key)) if (!other.equals(w)) more.add(replace(s, at, 1, List.of(other)));
        }
      }
      for (List<String> m : more) if (out.size() < MAX_SPELLINGS && !out.contains(m)) out.add(m);
    }
    return out;
  }

  /** "عبد" when the word is عبد written joined to a name with the article (عبدالله, عبدالرحمن), else null. */
  private static String joinedPrefix(String w) {
    for (String p : JOINS_ARTICLE) {
      if (w.length() > p.length() && w.startsWith(p) && isArticleWord(w.substring(p.length()))) return p;
    }
    return null;
  }

  private static boolean isArticleWord(String w) {
    return w.startsWith("ال") && w.length() >= 4;
  }

  private static List<String> replace(List<String> s, int at, int count, List<String> with) {
    List<String> r = new ArrayList<>(s.subList(0, at));
    r.addAll(with);
    r.addAll(s.subList(Math.min(s.size(), at + count), s.size()));
    return r;
  }
}
