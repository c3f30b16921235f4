package io.rasd.core.claims;

import io.rasd.core.PrefixTable;
import io.rasd.core.ResourceLines;
import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.CliticSet;
import io.rasd.core.arabic.Folding;
import io.rasd.core.arabic.Reading;
import io.rasd.core.arabic.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kind of event a claim belongs to (security, crime, accident, disaster, other), from the cue words of
 * {@code claims/context_cues.tsv}: the weighted cues of the claim's sentence decide, else those of the whole
 * article, else {@code other}. Ties go to the earlier context of {@link #CONTEXTS}. Immutable after load.
 */
final class ContextClassifier {
  /** The contexts in tie-break order. */
  static final List<String> CONTEXTS = List.of("security", "crime", "disaster", "accident");
  static final String OTHER = "other";
  static final String ACCIDENT = "accident";
  static final String DISASTER = "disaster";

  private record Cue(String context, int weight) {}

  private final Map<String, Cue> exact = new HashMap<>();
  private final PrefixTable<Cue> prefix = new PrefixTable<>();
  /** A cue's form -> the next words before which it is no cue (context_cue_idioms.tsv); "#" a number in digits. */
  private final Map<String, java.util.Set<String>> idioms = new HashMap<>();

  static ContextClassifier load() {
    ContextClassifier c = new ContextClassifier();
    for (String[] f : ResourceLines.readTsv("claims/context_cues.tsv", 3)) {
      if (!CONTEXTS.contains(f[1])) throw new IllegalStateException("unknown context " + f[1] + " for " + f[0]);
      boolean star = f[0].endsWith("*");
      String form = Folding.MATCH.apply(star ? f[0].substring(0, f[0].length() - 1) : f[0]);
      Cue cue = new Cue(f[1], f[2].isEmpty() ? 1 : Integer.parseInt(f[2]));
      if (star) c.prefix.put(form, cue);
      else c.exact.put(form, cue);
    }
    for (String[] f : ResourceLines.readTsv("claims/context_cue_idioms.tsv", 2)) {
      java.util.Set<String> next = new java.util.HashSet<>();
      for (String w : f[1].trim().split("\\s+")) next.add(w.equals("#") ? w : Folding.MATCH.apply(w));
      c.idioms.put(Folding.MATCH.apply(f[0]), next);
    }
    return c;
  }

  /** One article: cue scores per sentence and for the whole text, computed once. */
  final class Article {
    private final AnalyzedText seg;
    private final Map<Integer, int[]> bySentence = new HashMap<>();
    private final int[] whole = new int[CONTEXTS.size()];

    Article(AnalyzedText seg) {
      this.seg = seg;
      List<Token> tokens = seg.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Cue cue = cue(tokens.get(i));
        if (cue == null || idiom(tokens, i)) continue;
        int k = CONTEXTS.indexOf(cue.context());
        bySentence.computeIfAbsent(seg.sentenceOf(i), s -> new int[CONTEXTS.size()])[k] += cue.weight();
        whole[k] += cue.weight();
      }
    }

    /** Whether the sentence of token {@code anchor} holds a cue of its own. */
    boolean sentenceHasCue(int anchor) {
      return best(bySentence.get(seg.sentenceOf(anchor))) != null;
    }

    /** The context of a claim whose quantity is token {@code anchor}. */
    String of(int anchor) {
      String s = best(bySentence.get(seg.sentenceOf(anchor)));
      if (s != null) return s;
      s = best(whole);
      return s != null ? s : OTHER;
    }
  }

  private static String best(int[] scores) {
    if (scores == null) return null;
    int k = -1;
    for (int i = 0; i < scores.length; i++) if (scores[i] > 0 && (k < 0 || scores[i] > scores[k])) k = i;
    return k < 0 ? null : CONTEXTS.get(k);
  }

  /** The cue at i opens an idiom of another sense (بمرور الوقت: the passage of time, no traffic). */
  private boolean idiom(List<Token> tokens, int i) {
    if (idioms.isEmpty() || i + 1 >= tokens.size()) return false;
    for (Reading v : tokens.get(i).readings(CliticSet.LEXICON)) {
      java.util.Set<String> next = idioms.get(v.form());
      if (next == null) continue;
      Token n = tokens.get(i + 1);
      if (n.isDigits()) return next.contains("#");
      if (!n.isWord()) return false;
      for (Reading r : n.readings(CliticSet.LEXICON)) if (next.contains(r.form())) return true;
      return false;
    }
    return false;
  }

  private Cue cue(Token t) {
    if (!t.isWord()) return null;
    for (Reading v : t.readings(CliticSet.LEXICON)) {
      Cue c = exact.get(v.form());
      if (c != null) return c;
    }
    for (Reading v : t.readings(CliticSet.LEXICON)) {
      Cue c = prefix.longestPrefixOf(v.form(), 3);
      if (c != null) return c;
    }
    return null;
  }
}
