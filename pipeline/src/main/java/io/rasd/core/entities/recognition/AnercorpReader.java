package io.rasd.core.entities.recognition;

import io.rasd.core.arabic.ArabicChars;
import io.rasd.core.arabic.Sentences;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ANERcorp ("token TAG" per line) and repairs its known defects: misspelt tags (B-ERS, B-ORF, IPERS, b-misc),
 * swapped columns, a tag glued to the next token, lines without a token. Sentences end at blank lines and at '.'
 * tokens, since the corpus has no other sentence breaks.
 */
public final class AnercorpReader {
  public static final List<String> TYPES = List.of("PERS", "ORG", "LOC", "MISC");
  private static final Pattern TAG = Pattern.compile("(?i)^(O|[BI]-?[A-Z]+(?:I-[A-Z]+)?)$");
  private static final Pattern GLUED = Pattern.compile("^(O|[BI]-[A-Z]+)(\\S+)$");

  private AnercorpReader() {}

  public static List<ConllSentence> read(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String[]> pairs = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) pairs.addAll(parseLine(line));
      return toSentences(pairs);
    }
  }

  /** Token/tag pairs of one line (a blank line yields a sentence break marker {@code null}). */
  static List<String[]> parseLine(String line) {
    String trimmed = line.strip().replace("\u200f", "").replace("\u200e", "");
    List<String[]> out = new ArrayList<>();
    if (trimmed.isEmpty()) {
      out.add(null);
      return out;
    }
    String[] f = trimmed.split("\\s+");
    if (f.length == 1) {
      Matcher m = Pattern.compile("^(\\S+?)(O|[BI]-[A-Z]+)$").matcher(f[0]);
      if (m.matches() && !isTag(f[0])) out.add(new String[] {m.group(1), m.group(2)});
      return out; // a bare tag without its token is dropped
    }
    String first = f[0];
    String last = f[f.length - 1];
    if (isTag(first) && !isTag(last)) {
      String t = first;
      first = last;
      last = t;
    }
    if (f.length == 3) {
      Matcher glued = GLUED.matcher(f[1]);
      if (glued.matches() && ArabicChars.hasArabic(glued.group(2))) {
        out.add(new String[] {first, glued.group(1)});
        out.add(new String[] {glued.group(2), last});
        return out;
      }
    }
    out.add(new String[] {first, last});
    return out;
  }

  static boolean isTag(String s) {
    return TAG.matcher(s).matches();
  }

  private static List<ConllSentence> toSentences(List<String[]> pairs) {
    List<ConllSentence> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String prev = "O";
    for (String[] p : pairs) {
      if (p != null) {
        String tag = fixTag(p[1], prev);
        tokens.add(p[0]);
        tags.add(tag);
        prev = tag;
      }
      if (p == null || Sentences.isSentenceEnd(p[0])) {
        if (!tokens.isEmpty()) out.add(new ConllSentence(List.copyOf(tokens), List.copyOf(tags)));
        tokens.clear();
        tags.clear();
        prev = "O";
      }
    }
    if (!tokens.isEmpty()) out.add(new ConllSentence(List.copyOf(tokens), List.copyOf(tags)));
    return out;
  }

  /** Canonical BIO tag: upper case, dash restored, type fixed by one edit, I- after another type becomes B-. */
  static String fixTag(String raw, String prev) {
    String t = raw.toUpperCase();
    if (t.equals("O") || !(t.startsWith("B") || t.startsWith("I"))) return "O";
    String prefix = t.substring(0, 1);
    String rest = t.substring(1).startsWith("-") ? t.substring(2) : t.substring(1);
    String type;
    int glued = rest.indexOf("I-");
    if (glued > 0) {
      // two tags run together (B-LOCI-PERS): keep the one that continues the previous name
      String second = closestType(rest.substring(glued + 2));
      if (second != null && prev.endsWith("-" + second)) {
        prefix = "I";
        type = second;
      } else {
        type = closestType(rest.substring(0, glued));
      }
    } else {
      type = closestType(rest);
    }
    if (type == null) return "O";
    if (prefix.equals("I") && !prev.endsWith("-" + type)) prefix = "B";
    return prefix + "-" + type;
  }

  private static String closestType(String s) {
    for (String type : TYPES) if (type.equals(s)) return type;
    for (String type : TYPES) if (editDistance(type, s) <= 1) return type;
    return null;
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
