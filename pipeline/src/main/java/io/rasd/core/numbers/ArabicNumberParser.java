package io.rasd.core.numbers;

import io.rasd.core.arabic.Tokenizer;
import io.rasd.core.arabic.Token;
import io.rasd.core.arabic.Reading;
import io.rasd.core.arabic.Folding;
import io.rasd.core.arabic.CliticSet;
import io.rasd.core.numbers.NumberLexicon.Word;
import io.rasd.core.numbers.NumberLexicon.WordType;
import io.rasd.core.numbers.NumberMatch.Form;
import io.rasd.core.numbers.NumberMatch.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Finds number expressions in Arabic text: digits in three scripts with separators, number words in all genders,
 * cases and spellings, compounds joined by و, mixed digits + scale words, vague quantities. Immutable and
 * thread-safe; see {@link DigitReader} for the separator rules.
 */
public final class ArabicNumberParser {
  private static final ArabicNumberParser INSTANCE = new ArabicNumberParser(NumberLexicon.load());
  private final NumberLexicon lex;

  /** First words of the vague phrases: a token whose readings are none of them starts none. */
  private final java.util.Set<String> vagueStarts = new java.util.HashSet<>();

  private ArabicNumberParser(NumberLexicon lex) {
    this.lex = lex;
    for (NumberLexicon.Phrase p : lex.vague) vagueStarts.add(p.tokens()[0]);
  }

  public static ArabicNumberParser instance() {
    return INSTANCE;
  }

  /** Every number expression in text, in order, non-overlapping. */
  public List<NumberMatch> findAll(String text) {
    if (text == null || text.isEmpty()) return List.of();
    return findAll(text, Tokenizer.tokenize(text));
  }

  /** Same as {@link #findAll(String)} over the text's tokens ({@link io.rasd.core.arabic.AnalyzedText#tokens}). */
  public List<NumberMatch> findAll(String text, List<Token> tokens) {
    List<NumberMatch> out = new ArrayList<>();
    List<int[]> blocked = NonNumberSpans.find(text);
    for (int[] b : blocked) {
      String span = text.substring(b[0], b[1]);
      if (span.chars().filter(Character::isDigit).count() >= 8 && !span.contains("/") && !span.contains("@")) {
        out.add(new NumberMatch(b[0], b[1], span, null, Kind.PHONE, Form.DIGITS, null, false));
      }
    }
    int bi = 0;
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      while (bi < blocked.size() && blocked.get(bi)[1] <= t.start()) bi++;
      if (bi < blocked.size() && blocked.get(bi)[0] <= t.start()) {
        i++;
        continue;
      }
      Found f = matchAt(text, tokens, i);
      if (f == null) {
        i++;
        continue;
      }
      out.add(f.match);
      i = f.nextIndex;
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** A whole phrase as one number (surrounding spaces allowed), empty if it is not exactly one quantity. */
  public OptionalDouble parse(String phrase) {
    if (phrase == null) return OptionalDouble.empty();
    String t = phrase.strip();
    if (t.isEmpty()) return OptionalDouble.empty();
    List<NumberMatch> all = findAll(t);
    if (all.size() != 1) return OptionalDouble.empty();
    NumberMatch n = all.get(0);
    if (n.kind() != Kind.NUMBER || n.value() == null || n.end() != t.length()) return OptionalDouble.empty();
    // a leading proclitic (و٣٥, بـ12) is allowed, anything else before the number is not
    String before = Folding.MATCH.apply(t.substring(0, n.start()));
    if (!before.isEmpty() && !CliticSet.NUMBER.isProcliticPrefix(before)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(n.value());
  }

  private record Found(NumberMatch match, int nextIndex) {}

  /**
   * A number word behind its {@link CliticSet#NUMBER} proclitics; prefix = folded letters stripped, start = where
   * the number word starts in the text.
   */
  private record Lookup(Word word, int prefix, int start) {}

  private Lookup lookup(Token t) {
    if (!t.isWord()) return null;
    for (Reading r : t.readings(CliticSet.NUMBER)) {
      Word w = lex.words.get(r.form());
      if (w != null) return new Lookup(w, r.letters(), t.start() + r.offset());
    }
    return null;
  }

  private Found matchAt(String text, List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.isDigits()) {
      Found special = dateOrTime(text, tokens, i);
      if (special != null) return special;
    }
    Found n = compound(text, tokens, i);
    if (n != null) return n;
    return vague(text, tokens, i);
  }

  private Found dateOrTime(String text, List<Token> tokens, int i) {
    if (i + 2 >= tokens.size()) return null;
    Token a = tokens.get(i);
    Token sep = tokens.get(i + 1);
    Token b = tokens.get(i + 2);
    if (!b.isDigits() || sep.start() != a.end() || b.start() != sep.end()) return null;
    String s = sep.norm();
    if (s.equals(":")) {
      return new Found(special(text, a.start(), b.end(), Kind.TIME), i + 3);
    }
    if (s.equals("/") || s.equals("-")) {
      int last = i + 2;
      if (i + 4 < tokens.size() && tokens.get(i + 3).is(s) && tokens.get(i + 4).isDigits()
          && tokens.get(i + 3).start() == b.end() && tokens.get(i + 4).start() == tokens.get(i + 3).end()) {
        last = i + 4;
      } else if (s.equals("-")) {
        return null; // 19-34 is a range, not a date
      }
      return new Found(special(text, a.start(), tokens.get(last).end(), Kind.DATE), last + 1);
    }
    return null;
  }

  private static NumberMatch special(String text, int s, int e, Kind kind) {
    return new NumberMatch(s, e, text.substring(s, e), null, kind, Form.DIGITS, null, false);
  }

  /** Compound state: total of closed scale groups + the open group below the last scale. */
  private final class Acc {
    double total;
    double current;
    double lastScale = Double.POSITIVE_INFINITY;
    boolean units;
    boolean tens;
    boolean hundreds;
    boolean digits;
    boolean words;
    boolean ambiguous;
    WordType lastType;
    int end;
    int next;

    void openGroup() {
      units = false;
      tens = false;
      hundreds = false;
    }

    double value() {
      return total + current;
    }
  }

  private Found compound(String text, List<Token> tokens, int i) {
    Token t = tokens.get(i);
    Acc acc = new Acc();
    int start;
    if (t.isDigits()) {
      DigitReader.Result r = DigitReader.read(t.norm(), nextIsScale(tokens, i + 1));
      if (r == null) return null;
      acc.current = r.value();
      acc.ambiguous = r.ambiguous();
      acc.digits = true;
      acc.lastType = null;
      start = t.start();
    } else {
      Lookup l = lookup(t);
      if (l == null || isOrdinalContext(tokens, i)) return null;
      start = l.start();
      acc.words = true;
      if (!begin(acc, l.word(), tokens, i)) return null;
    }
    acc.end = t.end();
    acc.next = i + 1;
    extend(text, tokens, acc);
    if (acc.value() <= 0 && !acc.digits) return null;
    Kind kind = Kind.NUMBER;
    int end = acc.end;
    int next = acc.next;
    int[] pct = percentAfter(tokens, next);
    if (pct != null) {
      kind = Kind.PERCENT;
      end = pct[0];
      next = pct[1];
    }
    Form form = acc.digits && acc.words ? Form.MIXED : acc.digits ? Form.DIGITS : Form.WORDS;
    return new Found(new NumberMatch(start, end, text.substring(start, end), acc.value(), kind, form, null,
        acc.ambiguous), next);
  }

  private boolean begin(Acc acc, Word w, List<Token> tokens, int i) {
    acc.lastType = w.type();
    switch (w.type()) {
      case UNIT -> {
        acc.current = w.value();
        acc.units = true;
      }
      case TEEN_ONLY -> {
        if (i + 1 >= tokens.size() || !lex.isTeenMark(tokens.get(i + 1).norm())) return false;
        acc.current = w.value();
        acc.units = true;
      }
      case TEN -> {
        acc.current = w.value();
        acc.tens = true;
      }
      case HUNDRED, HUNDREDS -> {
        acc.current = w.value();
        acc.hundreds = true;
      }
      case SCALE, SCALE_DUAL -> {
        acc.total = w.value();
        acc.lastScale = w.type() == WordType.SCALE ? w.value() : w.value() / 2;
      }
      default -> {
        return false; // SCALE_PLURAL alone is vague
      }
    }
    return true;
  }

  private void extend(String text, List<Token> tokens, Acc acc) {
    while (acc.next < tokens.size()) {
      Token t = tokens.get(acc.next);
      boolean conj = false;
      Token numTok = t;
      int numIdx = acc.next;
      Word w = null;
      if (t.isWord() && t.norm().equals("و") && acc.next + 1 < tokens.size()) {
        numIdx = acc.next + 1;
        numTok = tokens.get(numIdx);
        conj = true;
        Lookup l = lookup(numTok);
        if (l != null && l.prefix() == 0) w = l.word();
        else if (!numTok.isDigits()) return;
      } else if (t.isWord()) {
        Lookup l = lookup(t);
        if (l == null) return;
        if (l.prefix() == 1 && t.norm().charAt(0) == 'و') conj = true;
        else if (l.prefix() != 0) return;
        w = l.word();
      } else if (!t.isDigits()) {
        return;
      } else {
        return; // two digit runs in a row are two numbers
      }
      if (!(conj ? conjoin(acc, w, numTok, tokens, numIdx) : attach(acc, w))) return;
      if (w != null) acc.words = true;
      acc.end = numTok.end();
      acc.next = numIdx + 1;
    }
  }

  /** A number word glued to the previous one without و: teens, unit x مائة, scale words. */
  private boolean attach(Acc acc, Word w) {
    WordType prev = acc.lastType;
    switch (w.type()) {
      case UNIT -> {
        if (w.value() == 10 && (prev == WordType.UNIT || prev == WordType.TEEN_ONLY) && acc.units && !acc.tens) {
          acc.current += 10;
          acc.tens = true;
          acc.lastType = WordType.TEEN_MARK;
          return true;
        }
        return false;
      }
      case HUNDRED -> {
        if (prev == WordType.UNIT && acc.current >= 1 && acc.current <= 9 && !acc.hundreds) {
          acc.current *= 100;
          acc.units = false;
          acc.hundreds = true;
          acc.lastType = WordType.HUNDREDS;
          return true;
        }
        return false;
      }
      case SCALE -> {
        if (acc.current <= 0 || w.value() >= acc.lastScale) return false;
        return applyScale(acc, w.value());
      }
      case SCALE_PLURAL -> {
        boolean multiplier = acc.digits && acc.lastType == null
            || acc.current >= 3 && acc.current <= 10 && acc.current == Math.floor(acc.current);
        if (!multiplier || w.value() >= acc.lastScale) return false;
        return applyScale(acc, w.value());
      }
      default -> {
        return false;
      }
    }
  }

  /** A number after و: a new group below the last scale, or tens/units completing the open group. */
  /** Multiplies the open group by a scale word (ألف, آلاف, مليون …) and starts the next, smaller group. */
  private static boolean applyScale(Acc acc, double scale) {
    acc.total += acc.current * scale;
    acc.current = 0;
    acc.lastScale = scale;
    acc.lastType = WordType.SCALE;
    acc.openGroup();
    return true;
  }

  private boolean conjoin(Acc acc, Word w, Token numTok, List<Token> tokens, int idx) {
    boolean afterScale = acc.current == 0 && acc.total > 0;
    if (w == null) { // digits after و: only a new group below a scale (ألف و500)
      if (!afterScale) return false;
      DigitReader.Result r = DigitReader.read(numTok.norm(), nextIsScale(tokens, idx + 1));
      if (r == null || r.value() >= acc.lastScale) return false;
      acc.current = r.value();
      acc.digits = true;
      acc.lastType = null;
      return true;
    }
    WordType ty = w.type();
    if (afterScale) {
      if (ty == WordType.SCALE_PLURAL || w.value() >= acc.lastScale) return false;
      if (ty == WordType.TEEN_ONLY
          && (idx + 1 >= tokens.size() || !lex.isTeenMark(tokens.get(idx + 1).norm()))) return false;
      acc.openGroup();
      acc.words = true;
      return begin(acc, w, tokens, idx);
    }
    if (acc.current <= 0 || acc.lastType == null) return false;
    switch (ty) {
      case TEN -> {
        if (acc.tens || !(acc.units || acc.hundreds)) return false;
        acc.current += w.value();
        acc.tens = true;
      }
      case UNIT, TEEN_ONLY -> {
        if (acc.units || acc.tens || !acc.hundreds) return false;
        if (ty == WordType.TEEN_ONLY
            && (idx + 1 >= tokens.size() || !lex.isTeenMark(tokens.get(idx + 1).norm()))) return false;
        acc.current += w.value();
        acc.units = true;
      }
      default -> {
        return false;
      }
    }
    acc.words = true;
    acc.lastType = ty;
    return true;
  }

  private boolean nextIsScale(List<Token> tokens, int i) {
    if (i >= tokens.size()) return false;
    Lookup l = lookup(tokens.get(i));
    return l != null && l.prefix() == 0
        && (l.word().type() == WordType.SCALE || l.word().type() == WordType.SCALE_PLURAL);
  }

  /** عشر in الثاني عشر, or a cardinal right after an ordinal word. */
  private boolean isOrdinalContext(List<Token> tokens, int i) {
    return i > 0 && tokens.get(i - 1).isWord() && lex.ordinals.contains(tokens.get(i - 1).norm());
  }

  /** {end offset, next token index} of a percent marker starting at token i, or null. */
  private int[] percentAfter(List<Token> tokens, int i) {
    for (String[] marker : lex.percentMarkers) {
      if (i + marker.length > tokens.size()) continue;
      boolean ok = true;
      for (int k = 0; k < marker.length && ok; k++) ok = tokens.get(i + k).norm().equals(marker[k]);
      if (ok) return new int[] {tokens.get(i + marker.length - 1).end(), i + marker.length};
    }
    return null;
  }

  private Found vague(String text, List<Token> tokens, int i) {
    Token first = tokens.get(i);
    if (!first.isWord()) return null;
    boolean mayStart = false;
    for (Reading r : first.readings(CliticSet.NUMBER)) {
      if (vagueStarts.contains(r.form())) {
        mayStart = true;
        break;
      }
    }
    if (!mayStart) return null;
    for (NumberLexicon.Phrase p : lex.vague) {
      String[] ph = p.tokens();
      if (i + ph.length > tokens.size()) continue;
      int s = -1;
      for (Reading r : first.readings(CliticSet.NUMBER)) {
        if (r.form().equals(ph[0])) {
          s = first.start() + r.offset();
          break;
        }
      }
      if (s < 0) continue;
      boolean ok = true;
      for (int k = 1; k < ph.length && ok; k++) ok = tokens.get(i + k).norm().equals(ph[k]);
      if (!ok) continue;
      int e = tokens.get(i + ph.length - 1).end();
      return new Found(new NumberMatch(s, e, text.substring(s, e), null, Kind.VAGUE, Form.WORDS,
          p.lowerBound(), false), i + ph.length);
    }
    return null;
  }
}
