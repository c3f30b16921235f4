package io.rasd.core.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic proclitics written attached to the next word: a conjunction (و, ف), then a preposition (ب, ل, ك), then the
 * article ال — "وبالرباط", "لوليام", "للأمن". Offsets are char offsets into the token.
 */
public final class Proclitics {
  /** A way to read a token: the name starts at {@code offset}; {@code key} is the normalized form to look up. */
  public record Reading(int offset, String key) {}

  private static final int MIN_STEM = 2;

  private Proclitics() {}

  /** All readings of a token, from no stripping to the longest strip; each leaves at least two letters. */
  public static List<Reading> readings(String token) {
    List<Reading> out = new ArrayList<>(4);
    out.add(new Reading(0, ArabicNames.normalize(token)));
    int pos = 0;
    int n = token.length();
    if (n - pos > MIN_STEM && isConjunction(token.charAt(pos))) {
      pos++;
      out.add(new Reading(pos, ArabicNames.normalize(token.substring(pos))));
    }
    if (n - pos > MIN_STEM && isPreposition(token.charAt(pos))) {
      char prep = token.charAt(pos);
      pos++;
      out.add(new Reading(pos, ArabicNames.normalize(token.substring(pos))));
      // ل + ال is written لل: the article's alef drops, so the name is looked up with it restored.
      if (prep == 'ل' && n - pos > MIN_STEM + 1 && token.charAt(pos) == 'ل') {
        out.add(new Reading(pos + 1, "ال" + ArabicNames.normalize(token.substring(pos + 1))));
      }
    }
    return out;
  }

  /** Offset of the article ال after any conjunction/preposition ("وبالرباط" → 3), or -1. */
  public static int articleOffset(String token) {
    for (Reading r : readings(token)) {
      if (r.offset() > 0 && token.startsWith("ال", r.offset()) && token.length() - r.offset() >= 4) return r.offset();
    }
    return -1;
  }

  /** The token with every proclitic reading stripped: the longest strip, normalized (a feature). */
  public static String longestStrip(String token) {
    List<Reading> r = readings(token);
    return r.get(r.size() - 1).key();
  }

  static boolean isConjunction(char c) {
    return c == 'و' || c == 'ف';
  }

  static boolean isPreposition(char c) {
    return c == 'ب' || c == 'ل' || c == 'ك';
  }
}
