package io.rasd.core.entities.gazetteer;

import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.CliticSet;
import io.rasd.core.arabic.Reading;
import java.util.ArrayList;
import java.util.List;

/** Finds the longest gazetteer aliases in a token sequence, reading through proclitics on the first token. */
public final class GazetteerMatcher {
  private final Gazetteer gazetteer;

  public GazetteerMatcher(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Non-overlapping matches, left to right, longest first; an unstripped reading wins a tie. */
  public List<GazetteerMatch> match(ArabicWord[] tokens) {
    int n = tokens.length;
    List<GazetteerMatch> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      GazetteerMatch best = bestAt(tokens, i);
      if (best == null) {
        i++;
      } else {
        out.add(best);
        i = best.last() + 1;
      }
    }
    return out;
  }

  private GazetteerMatch bestAt(ArabicWord[] tokens, int i) {
    ArabicWord token = tokens[i];
    GazetteerMatch best = null;
    if (!token.hasArabic()) {
      for (Gazetteer.Alias a : gazetteer.aliasesStartingWith(token.surface())) {
        if (a.latin()) best = longer(best, tryAlias(a, tokens, i, 0));
      }
      return best;
    }
    for (Reading r : token.readings(CliticSet.NAME)) {
      for (Gazetteer.Alias a : gazetteer.aliasesStartingWith(r.form())) {
        if (!a.latin()) best = longer(best, tryAlias(a, tokens, i, lamOfArticle(token.surface(), r.offset())));
      }
    }
    return best;
  }

  private static GazetteerMatch tryAlias(Gazetteer.Alias a, ArabicWord[] tokens, int i, int offset) {
    List<String> at = a.tokens();
    if (i + at.size() > tokens.length) return null;
    for (int k = 1; k < at.size(); k++) {
      String t = a.latin() ? tokens[i + k].surface() : tokens[i + k].nameKey();
      if (!t.equals(at.get(k))) return null;
    }
    return new GazetteerMatch(i, i + at.size() - 1, offset, a.entry(), a.weak());
  }

  /**
   * ل + ال contracted (لليمن, وللمملكة): the span keeps the article's lam (ليمن), as the grammar's names and the
   * news-entities gold do, since the article's alef is gone from the text.
   */
  static int lamOfArticle(String surface, int offset) {
    return offset >= 2 && surface.charAt(offset - 1) == 'ل' && surface.charAt(offset - 2) == 'ل' ? offset - 1 : offset;
  }

  private static GazetteerMatch longer(GazetteerMatch a, GazetteerMatch b) {
    if (a == null) return b;
    if (b == null) return a;
    if (b.length() != a.length()) return b.length() > a.length() ? b : a;
    if (a.weak() != b.weak()) return a.weak() ? b : a;
    return b.cliticLength() < a.cliticLength() ? b : a;
  }
}
