package io.rasd.core.entities.recognition;

import io.rasd.core.arabic.ArabicChars;

/** Coarse shape of a token: script and case class, digits, punctuation. */
public final class WordShape {
  private WordShape() {}

  public static String of(String token) {
    boolean arabic = false, upper = false, lower = false, digit = false, other = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (ArabicChars.isArabicLetter(c)) arabic = true;
      else if (Character.isDigit(c)) digit = true;
      else if (Character.isUpperCase(c)) upper = true;
      else if (Character.isLowerCase(c)) lower = true;
      else other = true;
    }
    if (arabic) return digit || upper || lower ? "ar-mixed" : "ar";
    if (upper && !lower && !digit) return token.length() > 1 ? "LATIN-CAPS" : "LATIN-1";
    if (upper && lower) return Character.isUpperCase(token.charAt(0)) ? "Latin-cap" : "latin-mixed";
    if (lower && !digit) return "latin-lower";
    if (digit && !upper && !lower && !other) {
      return token.length() == 4 ? "d4" : token.length() <= 2 ? "d12" : "dN";
    }
    if (digit) return "alnum";
    return "punct";
  }
}
