package io.rasd.core.entities;

import java.util.ArrayList;
import java.util.List;

/** Finds the longest gazetteer aliases in a token sequence, reading through proclitics on the first token. */
public final class GazetteerMatcher {
  private final Gazetteer gazetteer;

  public GazetteerMatcher(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Non-overlapping matches, left to right, longest first; an unstripped reading wins a tie. */
  public List<GazetteerMatch> match(List<String> tokens) {
    int n = tokens.size();
    String[] normalized = new String[n];
    for (int i = 0; i < n; i++) normalized[i] = ArabicNames.normalize(tokens.get(i));
    List<GazetteerMatch> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      GazetteerMatch best = bestAt(tokens, normalized, i);
      if (best == null) {
        i++;
      } else {
        out.add(best);
        i = best.last() + 1;
      }
    }
    return out;
  }

  private GazetteerMatch bestAt(List<String> tokens, String[] normalized, int i) {
    String token = tokens.get(i);
    GazetteerMatch best = null;
    if (!ArabicNames.hasArabic(token)) {
      for (Gazetteer.Alias a : gazetteer.aliasesStartingWith(token)) {
        if (a.latin()) best = longer(best, tryAlias(a, tokens, normalized, i, 0));
      }
      return best;
    }
    for (Proclitics.Reading r : Proclitics.readings(token)) {
      for (Gazetteer.Alias a : gazetteer.aliasesStartingWith(r.key())) {
        if (!a.latin()) best = longer(best, tryAlias(a, tokens, normalized, i, r.offset()));
      }
    }
    return best;
  }

  private static GazetteerMatch tryAlias(Gazetteer.Alias a, List<String> tokens, String[] normalized, int i, int offset) {
    List<String> at = a.tokens();
    if (i + at.size() > tokens.size()) return null;
    for (int k = 1; k < at.size(); k++) {
      String t = a.latin() ? tokens.get(i + k) : normalized[i + k];
      if (!t.equals(at.get(k))) return null;
    }
    return new GazetteerMatch(i, i + at.size() - 1, offset, a.entry(), a.weak());
  }

  private static GazetteerMatch longer(GazetteerMatch a, GazetteerMatch b) {
    if (a == null) return b;
    if (b == null) return a;
    if (b.length() != a.length()) return b.length() > a.length() ? b : a;
    if (a.weak() != b.weak()) return a.weak() ? b : a;
    return b.cliticLength() < a.cliticLength() ? b : a;
  }
}
