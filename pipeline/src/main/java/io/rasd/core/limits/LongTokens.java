package io.rasd.core.limits;

/**
 * Hides runs of non-space characters longer than a cap (a 1 MB "word", a base64 blob) from the extractors. The runs
 * become spaces of the same length, so every offset the extractors report still points into the original body.
 */
public final class LongTokens {
  private LongTokens() {}

  /** {@code text} with each run of more than {@code maxTokenChars} non-whitespace characters blanked. */
  public static String blank(String text, int maxTokenChars) {
    char[] out = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
      if (i - start > maxTokenChars) {
        if (out == null) out = text.toCharArray();
        java.util.Arrays.fill(out, start, i, ' ');
      }
    }
    return out == null ? text : new String(out);
  }
}
