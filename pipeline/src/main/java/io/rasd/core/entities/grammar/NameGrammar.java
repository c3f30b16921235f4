package io.rasd.core.entities.grammar;

import io.rasd.core.arabic.DefiniteArticle;
import io.rasd.core.entities.gazetteer.WordList;
import io.rasd.core.arabic.ArabicChars;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.CliticSet;
import io.rasd.core.arabic.Folding;
import io.rasd.core.arabic.Reading;

import io.rasd.core.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Organization and place names built on a head noun ({@code entities/grammar/heads.tsv}: وزارة, هيئة, محافظة …)
 * and its genitive/adjective continuation: وزارة الداخلية المصرية, المجلس الأعلى للثقافة, منطقة مكة المكرمة,
 * بلدية محافظة بلقرن, جامعة الملك عبدالعزيز. It sees a sentence only as its token texts ({@link #find}), so the
 * tokenizer behind it can change without touching it.
 *
 * <p>End rule, word by word after the head. The name goes on with a definite word (ال…), one definite
 * ل-complement (لل…: المجلس الأعلى للثقافة; or ل on an indefinite noun with its definite genitive after a
 * continuation: الهيئة الوطنية لمكافحة الفساد), a definite word joined by و once the head has a continuation
 * (الشؤون الخارجية والتعاون الإفريقي), an indefinite noun right after an indefinite head or nested head (the
 * construct state: إدارة صحة البيئة, بلدية محافظة بلقرن), and a person's name after a title ({@code titles.txt}:
 * جامعة الملك عبدالعزيز) with its links ({@code name-links.txt}: بن, عبد). It stops at anything else: punctuation or
 * digits; a word of {@code stops.txt} (prepositions, pronouns, time words, generic adjectives, ordinals); a title or
 * role after the name ({@code person-cues.txt}: … المهندس); after a relative adjective (المصرية), a definite word
 * that is not one too (the object of the verb: أعلنت وزارة الداخلية المصرية القبض); a second ل-complement; a new head after و (والشرطة);
 * an indefinite word elsewhere (a verb or the next clause: وزارة الداخلية تعلن), and a feminine past verb even
 * right after the head (منطقة تحولت); an indefinite relative adjective
 * (جامعة سعودية); a head with a preposition (بمنطقة جازان is a place of its own); the tenth word. A head with no
 * continuation is no name.
 */
public final class NameGrammar {
  private static final String DIR = "/entities/grammar/";
  private static final int MAX_WORDS = 10;
  private static volatile NameGrammar shared;

  /**
   * A name found: tokens [first, last] of the sentence, starting {@code cliticLength} chars into the first one;
   * tokens [adjectivesFrom, last] are the adjectives that end it (الحدودية of ولاية بشار الحدودية; last + 1 when
   * none): they describe the name before them, they name no other thing.
   */
  public record Match(int first, int last, int cliticLength, String type, int adjectivesFrom) {
    public Match(int first, int last, int cliticLength, String type) {
      this(first, last, cliticLength, type, last + 1);
    }
  }

  private record Head(String type, String role) {
    boolean descriptor() {
      return role.equals("descriptor");
    }
  }

  private final Map<String, Head> heads = new HashMap<>();
  private final Set<String> stops;
  private final Set<String> titles;
  private final Set<String> nameLinks;
  private final Set<String> personCues;
  private final Set<String> adjectives;

  NameGrammar(List<String[]> headRows, Set<String> stops, Set<String> titles, Set<String> nameLinks,
      Set<String> personCues, Set<String> adjectives) {
    for (String[] r : headRows) heads.putIfAbsent(Folding.NAME.apply(r[0]), new Head(r[1], r[2]));
    this.titles = titles;
    this.nameLinks = nameLinks;
    this.personCues = personCues;
    this.adjectives = adjectives;
    Set<String> folded = new java.util.HashSet<>();
    for (String w : stops) folded.add(lightFold(w));
    this.stops = Set.copyOf(folded);
  }

  public static NameGrammar fromResources() {
    NameGrammar g = shared;
    if (g == null) {
      synchronized (NameGrammar.class) {
        if (shared == null) {
          shared = new NameGrammar(ResourceLines.readTsv(DIR + "heads.tsv", 3),
              Set.copyOf(ResourceLines.read(DIR + "stops.txt")),
              WordList.load(DIR + "titles.txt"), WordList.load(DIR + "name-links.txt"),
              WordList.load("/entities/person-cues.txt"), WordList.load(DIR + "adjectives.txt"));
        }
        g = shared;
      }
    }
    return g;
  }

  /** Non-overlapping names of one sentence, left to right. */
  public List<Match> find(List<String> words) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Match m = at(words, i);
      if (m == null) {
        i++;
      } else {
        out.add(m);
        i = m.last() + 1;
      }
    }
    return out;
  }

  private Match at(List<String> words, int i) {
    String token = words.get(i);
    if (!ArabicChars.hasArabic(token)) return null;
    for (Reading r : ArabicWord.of(token).readings(CliticSet.NAME)) {
      String key = r.form();
      boolean definite = DefiniteArticle.starts(key);
      Head head = heads.get(definite ? DefiniteArticle.strip(key, 0) : key);
      if (head == null || (!definite && head.role().equals("definite"))) continue;
      int last = continuation(words, i, !definite);
      if (last == i) return null;
      // ل + ال (للهيئة): the reading restores the article; the span keeps the article's lam (لهيئة …)
      int clitic = definite && !DefiniteArticle.startsAt(token, r.offset()) ? r.offset() - 1 : r.offset();
      int adjectives = adjectivesFrom(words, i, last);
      if (head.descriptor() && !definite) return new Match(i + 1, last, 0, head.type(), Math.max(i + 2, adjectives));
      return new Match(i, last, clitic, head.type(), adjectives);
    }
    return null;
  }

  /** The last token of the name whose head is token {@code i}; {@code i} itself when nothing continues it. */
  private int continuation(List<String> words, int i, boolean indefiniteHead) {
    int last = i;
    boolean construct = indefiniteHead;
    boolean expectName = false; // after a title or a link word (بن, عبد): one word of a person's name
    boolean afterNisba = false; // the last word was a relative adjective (الداخلية, المصرية)
    boolean complement = false; // a name has one ل-complement (… للطيران المدني, not … للطيران المدني للقيام)
    for (int j = i + 1; j < words.size() && j - i <= MAX_WORDS; j++) {
      String w = words.get(j);
      if (!isArabicWord(w)) break;
      String n = Folding.NAME.apply(w);
      if (stops.contains(lightFold(w))) break;
      if (last > i && nameLinks.contains(n) && j + 1 < words.size()) {
        expectName = true;
        continue;
      }
      if (expectName && !DefiniteArticle.starts(n)) {
        last = j;
        expectName = false;
        construct = false;
        continue;
      }
      expectName = false;
      if (!complement && last > i && isIndefiniteComplement(n) && j + 1 < words.size()
          && DefiniteArticle.lookupForm(Folding.NAME.apply(words.get(j + 1))) != null) {
        complement = true; // ل on an indefinite noun with its genitive: الهيئة الوطنية لمكافحة الفساد
        construct = false;
        afterNisba = false;
        continue;
      }
      String definite = DefiniteArticle.lookupForm(n);
      if (definite != null) {
        String surface = lightFold(DefiniteArticle.surfaceForm(w));
        if (stops.contains(surface)) break;
        boolean nisba = isNisba(surface.substring(2));
        // a title or role after the name is an apposition (بلدية بلقرن المهندس …, اللجنة المنظمة الدكتور …)
        if (personCues.contains(definite) && !titles.contains(definite)) break;
        if (DefiniteArticle.isWaAl(n)) {
          // و right after the head joins two common nouns (المركز والبرنامج); a new head starts a second name
          if (last == i || (!complement && heads.containsKey(definite.substring(2)))) break;
        } else if (DefiniteArticle.isLamAl(n)) {
          if (complement) break;
          complement = true;
        } else if (last == i && !indefiniteHead && !nisba && !adjectives.contains(definite)) {
          break; // a definite head is never in construct: a definite noun after it is the next phrase
        } else if (afterNisba && !nisba) {
          break; // a definite noun after a gentilic is the next phrase: أعلنت وزارة الداخلية المصرية القبض
        }
        afterNisba = nisba;
        last = j;
        construct = false;
        expectName = titles.contains(definite);
      } else if (construct && !startsWithClitic(w) && !isNisba(lightFold(w)) && !isFeminineVerb(lightFold(w))) {
        last = j;
        construct = heads.containsKey(n);
      } else {
        break;
      }
    }
    while (last > i && nameLinks.contains(Folding.NAME.apply(words.get(last)))) last--;
    return last;
  }

  /**
   * The first of the definite adjectives that end the name [head, last]: relative adjectives (الحدودية, المصرية) and
   * those of {@code adjectives.txt} (العامة, الكبرى), without a و or ل before them; {@code last + 1} when the last
   * word is none.
   */
  private int adjectivesFrom(List<String> words, int head, int last) {
    int k = last;
    while (k > head + 1 && isDefiniteAdjective(words.get(k))) k--;
    return k + 1;
  }

  private boolean isDefiniteAdjective(String w) {
    String n = Folding.NAME.apply(w);
    if (DefiniteArticle.isWaAl(n) || DefiniteArticle.isLamAl(n)) return false;
    String definite = DefiniteArticle.lookupForm(n);
    if (definite == null || !DefiniteArticle.starts(n)) return false;
    String surface = lightFold(DefiniteArticle.surfaceForm(w));
    if (surface.length() < 3) return false;
    return isNisba(surface.substring(2)) || adjectives.contains(definite);
  }

  /** Hamza forms of alef folded and diacritics removed, no other folding: على and علي stay apart. */
  static String lightFold(String w) {
    return Folding.alefOnly(w);
  }

  private static boolean isIndefiniteComplement(String n) {
    return n.length() >= 4 && n.charAt(0) == 'ل' && n.charAt(1) != 'ل';
  }

  /** An indefinite word with an attached preposition (بمنطقة, لدولة) is outside a construct chain. */
  private boolean startsWithClitic(String w) {
    String n = Folding.NAME.apply(w);
    if (heads.containsKey(n) || n.length() < 4) return false;
    return CliticSet.NAME.isSecondClitic(n.charAt(0)) && heads.containsKey(n.substring(1));
  }

  /**
   * An indefinite relative adjective (سعودية, إرهابية, أمريكي) describes the head: "a Saudi university", no name.
   * Read on the lightly folded surface (ى and ة kept: المستشفى is no adjective). Verbal nouns that end the same way stay nouns: فعالة (رعاية, حماية) and تفعلة (تنمية, توعية, تربية).
   */
  private static boolean isNisba(String w) {
    if (w.endsWith("ية")) return !w.endsWith("اية") && !(w.startsWith("ت") && w.length() == 5);
    return w.endsWith("ي") && w.length() >= 4;
  }

  /** A past verb of a feminine subject (منطقة تحولت, هيئة أعلنت): -ت but no plural -ات, no -وت/-يت noun (بيروت). */
  private static boolean isFeminineVerb(String w) {
    return w.length() >= 4 && w.endsWith("ت") && !w.endsWith("ات") && !w.endsWith("وت") && !w.endsWith("يت");
  }

  private static boolean isArabicWord(String w) {
    for (int k = 0; k < w.length(); k++) if (!Character.isLetter(w.charAt(k)) && !ArabicChars.isDiacritic(w.charAt(k))) return false;
    return ArabicChars.hasArabic(w);
  }

}
