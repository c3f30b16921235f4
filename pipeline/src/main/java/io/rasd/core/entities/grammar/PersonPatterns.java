package io.rasd.core.entities.grammar;

import io.rasd.core.arabic.ArabicChars;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.CliticSet;
import io.rasd.core.arabic.Folding;
import io.rasd.core.arabic.DefiniteArticle;
import io.rasd.core.arabic.Reading;
import io.rasd.core.arabic.Token;
import io.rasd.core.entities.gazetteer.WordList;
import io.rasd.core.entities.recognition.PersonCueFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Persons the model misses, found by context (most foreign and Maghrebi names are unknown to a model trained on
 * ANERcorp): a run of name words in apposition before a role ("بونيت تالوار، سفير …", "إحسان الحافيظي، خبير …") or
 * right after a title or speech verb ("قال مولاي ادريس اكلمام …"). A name word is an Arabic word that is neither an
 * ordinary word ({@code common-words.txt}) nor a cue ({@code person-cues.txt}); particles ({@code name-particles.txt})
 * may join a run.
 */
public final class PersonPatterns {
  private static final int MAX_WORDS = 3;
  private static volatile PersonPatterns shared;

  private final Set<String> common;
  private final Set<String> cues;
  private final Set<String> particles;
  private final Set<String> wawNames;

  PersonPatterns(Set<String> common, Set<String> cues, Set<String> particles, Set<String> wawNames) {
    this.common = common;
    this.cues = cues;
    this.particles = particles;
    this.wawNames = wawNames;
  }

  public static PersonPatterns fromResources() {
    if (shared == null) {
      synchronized (PersonPatterns.class) {
        if (shared == null) {
          shared = new PersonPatterns(WordList.load("/entities/common-words.txt"),
              WordList.load(PersonCueFeature.RESOURCE), WordList.load("/entities/name-particles.txt"),
              WordList.load("/entities/waw-names.txt"));
        }
      }
    }
    return shared;
  }

  /** Token ranges {first, last} of persons found by context among tokens not yet covered by a name. */
  public List<int[]> find(List<Token> tokens, boolean[] covered) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String t = tokens.get(i).text();
      // apposition: NAME ، ROLE
      if ((t.equals("،") || t.equals(",")) && i + 1 < tokens.size() && isCue(tokens.get(i + 1).word())) {
        int first = i;
        while (first - 1 >= 0 && i - first < MAX_WORDS && canJoin(tokens, covered, first - 1)) first--;
        int[] run = trimParticles(tokens, first, i - 1);
        if (run != null) out.add(run);
      }
      // TITLE/VERB NAME
      boolean insidePrevious = !out.isEmpty() && out.get(out.size() - 1)[1] >= i;
      if (isCue(tokens.get(i).word()) && !covered[i] && !insidePrevious) {
        int last = i;
        while (last + 1 < tokens.size() && last - i < MAX_WORDS && canJoin(tokens, covered, last + 1)) last++;
        int[] run = last > i ? trimParticles(tokens, i + 1, last) : null;
        // "قال البلاغ": after a verb, a word with the article is the subject noun, not a first name
        boolean article = run != null && DefiniteArticle.starts(tokens.get(run[0]).word().nameKey());
        if (run != null && !article && !contains(out, run)) out.add(run);
      }
    }
    return out;
  }

  private boolean canJoin(List<Token> tokens, boolean[] covered, int i) {
    if (covered[i]) return false;
    ArabicWord t = tokens.get(i).word();
    return isNameWord(t) || particles.contains(t.nameKey());
  }

  /** A run must hold a real name word and may not end on a particle. */
  private int[] trimParticles(List<Token> tokens, int first, int last) {
    while (last >= first && !isNameWord(tokens.get(last).word())) last--;
    return last >= first ? new int[] {first, last} : null;
  }

  /** An ordinary word of the language (common-words.txt), read with or without its proclitics. */
  public boolean isCommonWord(ArabicWord token) {
    return common.contains(token.nameKey()) || common.contains(token.stripped());
  }

  public boolean isNameWord(ArabicWord token) {
    if (token.surface().length() < 3 || !token.hasArabic() || !isAllLetters(token.surface())) return false;
    String norm = token.nameKey();
    String stripped = token.stripped();
    return !common.contains(norm) && !common.contains(stripped) && !cues.contains(norm) && !cues.contains(stripped)
        && !particles.contains(norm);
  }

  private boolean isCue(ArabicWord token) {
    return cues.contains(token.nameKey()) || cues.contains(token.stripped());
  }

  /**
   * A word no person name ends with: a particle (بن, أبو), a title or role (person-cues.txt), a preposition with the
   * article (للأردن, بالعاصمة: a name word never starts so), or an ordinary word or title behind "and" (ولولي: "and to
   * the crown prince"; not a name that starts with و, waw-names.txt). A bare ordinary word is not enough: family names
   * are often ordinary words (الشهري, مساعد), and a foreign name can read as a preposition and a word (بلان, لورد).
   */
  public boolean isNeverLastWord(ArabicWord token) {
    String norm = token.nameKey();
    if (particles.contains(norm) || cues.contains(norm)) return true;
    // و only: many foreign names start with ف (فيشر, فرانك) and read as "so" + a word
    boolean conjunction = token.surface().charAt(0) == 'و' && !wawNames.contains(norm);
    List<Reading> readings = token.readings(CliticSet.NAME);
    for (int k = 1; k < readings.size(); k++) {
      Reading r = readings.get(k);
      boolean preposition = CliticSet.NAME.isSecondClitic(token.surface().charAt(r.offset() - 1));
      if (preposition && DefiniteArticle.starts(r.form())) return true;
      if (conjunction && (common.contains(r.form()) || cues.contains(r.form()))) return true;
    }
    return false;
  }

  /**
   * An ordinary noun with an attached pronoun (استقالته: استقالة + ه, نيته, أنواعه), which no person name holds: the
   * word read through its proclitics, the pronoun taken off, is an ordinary word (common-words.txt). A stem that
   * restores a taa marbuta (استقالت → استقالة) counts from three letters; a bare stem + ه only from four, since short
   * names end so (عبده, جمعه, نعمه).
   */
  public boolean isPossessedNoun(ArabicWord token) {
    ArabicWord.AttachedPronoun pronoun = ArabicWord.attachedPronoun(token.surface());
    if (pronoun == null) return false;
    for (Reading r : token.readings(CliticSet.NAME)) {
      String folded = Folding.MATCH.apply(token.surface().substring(r.offset()));
      for (String stem : pronoun.stems(folded)) {
        int bare = folded.length() - pronoun.suffix().length();
        boolean restored = stem.length() == bare && folded.charAt(bare - 1) == 'ت' && stem.endsWith("ه");
        if (stem.length() < (restored ? 3 : 4)) continue;
        if (common.contains(Folding.NAME.apply(stem))) return true;
      }
    }
    return false;
  }

  /**
   * The sound plural of an ordinary word or a cue (باحثون: باحث, محامون: محامي, مسابقات: مسابقة, مطارات: مطار), which
   * a lone name is not: the word without ون / ين (with or without a final ي) or ات (with or without a taa marbuta) is
   * in common-words.txt or person-cues.txt. The stem keeps four letters or more (بركات, فرحات, عرفات, هارون, زيدون
   * are names); read through the article and proclitics before it (للمطارات, never كاميرون as ك + اميرون), except
   * ين after the article (الحسين).
   */
  public boolean isPluralOfOrdinaryWord(ArabicWord token) {
    if (!token.hasArabic()) return false;
    for (Reading r : token.readings(CliticSet.NAME)) {
      String w = r.form();
      boolean article = DefiniteArticle.starts(w);
      // a proclitic only before the article (للمطارات): كاميرون is no ك + اميرون
      if (r.offset() > 0 && !article) continue;
      String bare = article ? DefiniteArticle.strip(w) : w;
      for (String[] s : PLURALS) {
        if (!bare.endsWith(s[0]) || bare.length() - s[0].length() < 4) continue;
        // with the article, only the plural endings no name has (الحسين, الأمين: ين is left alone)
        if (article && s[0].equals("ين")) continue;
        String stem = bare.substring(0, bare.length() - s[0].length());
        for (String st : new String[] {stem, stem + s[1]}) {
          if (common.contains(st) || cues.contains(st) || common.contains("ال" + st)) return true;
        }
      }
    }
    return false;
  }

  /** Sound plural endings and the letter the singular may end in before them (name level). */
  private static final String[][] PLURALS = {{"ون", "ي"}, {"ين", "ي"}, {"ات", "ه"}};

  private static boolean isAllLetters(String s) {
    for (int i = 0; i < s.length(); i++) if (!ArabicChars.isArabicLetter(s.charAt(i)) && !ArabicChars.isTatweel(s.charAt(i))) return false;
    return true;
  }

  private static boolean contains(List<int[]> runs, int[] run) {
    for (int[] r : runs) if (r[0] == run[0] && r[1] == run[1]) return true;
    return false;
  }
}
