package io.rasd.core.entities.grammar;

import io.rasd.core.entities.gazetteer.WordList;
import io.rasd.core.arabic.ArabicChars;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.CliticSet;
import io.rasd.core.arabic.Folding;
import io.rasd.core.arabic.Reading;

import java.util.List;
import java.util.Set;

/**
 * Spans that are never a name, applied after fusion to whatever tagged them: religious and courtesy formulas and
 * pronouns ({@code never-entities.txt}, the whole span), titles and roles alone (every word a person cue,
 * {@code person-cues.txt}: الرئيس, وزير الداخلية is not, الداخلية is no cue), and spans whose last word is a
 * preposition or a verb ({@code never-end-words.txt}), and name particles alone (every word a particle,
 * {@code name-particles.txt}: ابن, عبد, أبو, بن آل are parts of names, never a name), and spans with a word in the
 * indefinite accusative (tanwin al-fath: درعاً تذكارياً). It sees a span only as its words.
 */
public final class NeverEntityFilter {
  /** Tanwin al-fath (درعاً, تذكارياً): an indefinite accusative, which no proper name is. */
  private static final char TANWIN_FATH = '\u064B';
  private static final Set<String> HEADS = io.rasd.core.ResourceLines.readTsv("/entities/grammar/heads.tsv", 1).stream()
      .map(r -> Folding.NAME.apply(r[0])).collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static volatile NeverEntityFilter shared;
  private final Set<String> phrases;
  private final Set<String> titles;
  private final Set<String> endWords;
  private final Set<String> particles;

  NeverEntityFilter(Set<String> phrases, Set<String> titles, Set<String> endWords, Set<String> particles) {
    this.phrases = phrases;
    this.titles = titles;
    this.endWords = endWords;
    this.particles = particles;
  }

  public static NeverEntityFilter fromResources() {
    NeverEntityFilter f = shared;
    if (f == null) {
      synchronized (NeverEntityFilter.class) {
        if (shared == null) {
          shared = new NeverEntityFilter(WordList.load("/entities/never-entities.txt"),
              WordList.load("/entities/person-cues.txt"), WordList.load("/entities/never-end-words.txt"),
              WordList.load("/entities/name-particles.txt"));
        }
        f = shared;
      }
    }
    return f;
  }

  /** Whether the span of these words (the first with its proclitics, if any) can never be a name. */
  public boolean rejects(List<String> words) {
    if (words.isEmpty()) return true;
    if (accusative(words)) return true;
    // a head noun alone, without the article (مجلس, هيئة), is a common noun; with it (الاتحاد) it may be a short form
    if (words.size() == 1 && HEADS.contains(Folding.NAME.apply(words.get(0)))) return true;
    if (anyReading(words.get(words.size() - 1), endWords)) return true;
    boolean allTitles = true;
    boolean allParticles = true;
    for (String w : words) {
      allTitles &= anyReading(w, titles);
      allParticles &= anyReading(w, particles);
    }
    if (allTitles || allParticles) return true;
    return isListed(words);
  }

  /**
   * Whether the span is one of {@code never-entities.txt} (a formula, pronoun or question word: ماهي, وماهي), read
   * through a leading proclitic. Unlike {@link #rejects}, this also holds against the generated place lists, whose
   * aliases can spell such a word (CLDR's ماهي, Mahé).
   */
  public boolean isListed(List<String> words) {
    if (words.isEmpty()) return false;
    String rest = words.size() == 1 ? "" : " " + String.join(" ", words.subList(1, words.size()).stream()
        .map(Folding.NAME::apply).toList());
    for (Reading r : ArabicWord.of(words.get(0)).readings(CliticSet.NAME)) if (phrases.contains(r.form() + rest)) return true;
    return false;
  }

  /** Whether a word of the span carries tanwin al-fath (درعاً): never a name, whatever tagged it, a list included. */
  public static boolean accusative(List<String> words) {
    for (String w : words) if (w.indexOf(TANWIN_FATH) >= 0) return true;
    return false;
  }

  private static boolean anyReading(String word, Set<String> list) {
    for (Reading r : ArabicWord.of(word).readings(CliticSet.NAME)) if (list.contains(r.form())) return true;
    return false;
  }
}
