package io.rasd.core.entities.grammar;

import io.rasd.core.arabic.DefiniteArticle;
import io.rasd.core.entities.gazetteer.WordList;
import io.rasd.core.arabic.ArabicChars;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.CliticSet;
import io.rasd.core.arabic.Folding;
import io.rasd.core.arabic.Nisba;
import io.rasd.core.arabic.Reading;

import io.rasd.core.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import io.rasd.core.entities.gazetteer.Gazetteer;

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
  public record Match(int first, int last, int cliticLength, String type, int adjectivesFrom, boolean closed,
      boolean state) {
    public Match(int first, int last, int cliticLength, String type) {
      this(first, last, cliticLength, type, last + 1, false, false);
    }

    public Match(int first, int last, int cliticLength, String type, int adjectivesFrom) {
      this(first, last, cliticLength, type, adjectivesFrom, false, false);
    }
  }

  /**
   * A head noun: its type and roles ("part", "definite", "descriptor", "institution", "place", comma-separated; see
   * heads.tsv).
   */
  private record Head(String type, Set<String> roles) {
    boolean descriptor() {
      return roles.contains("descriptor");
    }

    boolean is(String role) {
      return roles.contains(role);
    }
  }

  private final Map<String, Head> heads = new HashMap<>();
  private final Set<String> stops;
  private final Set<String> titles;
  private final Set<String> nameLinks;
  private final Set<String> personCues;
  private final Set<String> adjectives;
  private final Set<String> stateHeads;
  private final List<List<String>> unitPrefixes = new ArrayList<>();
  private final Predicate<String> onePlace;

  NameGrammar(List<String[]> headRows, Set<String> stops, Set<String> titles, Set<String> nameLinks,
      Set<String> personCues, Set<String> adjectives) {
    this(headRows, stops, titles, nameLinks, personCues, adjectives, Set.of(), k -> false);
  }

  /**
   * @param stateHeads heads that begin a state's name (جمهورية, مملكة: {@code linking/state-heads.txt})
   * @param onePlace whether a name key is a one-word place name of the gazetteer (عسير, بنها, أبوظبي)
   */
  NameGrammar(List<String[]> headRows, Set<String> stops, Set<String> titles, Set<String> nameLinks,
      Set<String> personCues, Set<String> adjectives, Set<String> stateHeads, Predicate<String> onePlace) {
    this.stateHeads = stateHeads;
    this.onePlace = onePlace;
    for (String[] r : headRows) {
      if (r[2].contains("unit")) unitPrefixes.add(List.of(Folding.NAME.apply(r[0])));
    }
    for (String[] r : headRows) {
      heads.putIfAbsent(Folding.NAME.apply(r[0]), new Head(r[1], Set.of(r[2].split(","))));
    }
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
              WordList.load("/entities/person-cues.txt"), WordList.load(DIR + "adjectives.txt"),
              WordList.load("/entities/linking/state-heads.txt"), placeNames(Gazetteer.forMatching()));
        }
        g = shared;
      }
    }
    return g;
  }

  /**
   * A name key is a place when the gazetteer lists it alone (الرياض) or after a place head noun (عسير of منطقة عسير,
   * الجوف of منطقة الجوف): the grammar's head nouns of LOCATION names.
   */
  private static Predicate<String> placeNames(Gazetteer gazetteer) {
    List<String> placeHeads = new ArrayList<>();
    for (String[] r : ResourceLines.readTsv(DIR + "heads.tsv", 3)) {
      if (r[1].equals("LOCATION")) placeHeads.add(Folding.NAME.apply(r[0]));
    }
    return key -> {
      if (gazetteer.isOneWordPlace(key)) return true;
      for (String h : placeHeads) if (gazetteer.isPlace(List.of(h, key))) return true;
      return false;
    };
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
    if (unitOf(words, i)) return null;
    for (Reading r : ArabicWord.of(token).readings(CliticSet.NAME)) {
      String key = r.form();
      boolean definite = DefiniteArticle.starts(key);
      String headKey = definite ? DefiniteArticle.strip(key, 0) : key;
      Head head = heads.get(headKey);
      if (head == null || (!definite && head.is("definite"))) continue;
      if (!definite && !head.is("definite")) {
        Match quoted = quotedName(words, i, head);
        if (quoted != null) return quoted;
      }
      // a head that names a thing only after a person (طريق الملك فهد, شارع الأمير سلطان): a road, not a way
      if (head.is("titled") && (i + 1 >= words.size() || !titles.contains(Folding.NAME.apply(words.get(i + 1))))) {
        continue;
      }
      // a head that names an office only before a place (تعليم الجوف, مرور جدة): the place is its one genitive
      if (head.is("place")) {
        if (definite || i + 1 >= words.size() || !isPlace(words.get(i + 1))) continue;
        return new Match(i, i + 1, r.offset(), head.type(), i + 2, false, false);
      }
      End end = continuation(words, i, !definite, head);
      int last = end.last;
      if (last == i) return null;
      // a head before nothing but another head noun (إدارة النادي, شرطة المنطقة) is a common noun phrase
      if (last == i + 1 && !head.descriptor() && isBareHead(words.get(i + 1))) return null;
      // ل + ال (للهيئة): the reading restores the article; the span keeps the article's lam (لهيئة …)
      int clitic = definite && !DefiniteArticle.startsAt(token, r.offset()) ? r.offset() - 1 : r.offset();
      int adjectives = adjectivesFrom(words, i, last);
      boolean closed = last + 1 < words.size() && endsBefore(words.get(last + 1));
      String type = end.institution ? "ORGANIZATION" : head.type();
      // a descriptor with the article and only a gentilic describes (النادي الهولندي, الشركة الأمريكية)
      if (head.descriptor() && definite && last == i + 1 && isGentilic(words.get(i + 1))) return null;
      if (head.descriptor() && !definite && !end.institution) {
        return new Match(i + 1, last, 0, type, Math.max(i + 2, adjectives), closed, false);
      }
      boolean state = !definite && type.equals("LOCATION") && stateHeads.contains(headKey);
      return new Match(i, last, clitic, type, adjectives, closed, state);
    }
    return null;
  }

  /**
   * A head marked {@code unit} (فرقة) before another head noun names a team of the organization that follows, which
   * is the name (فرقة إدارة صحة البيئة → إدارة صحة البيئة); so does مجلس إدارة, the board of what follows (مجلس إدارة
   * المكتب التعاوني → المكتب التعاوني).
   */
  private boolean unitOf(List<String> words, int i) {
    if (i + 1 >= words.size() || !isArabicWord(words.get(i + 1))) return false;
    String next = Folding.NAME.apply(words.get(i + 1));
    String nextHead = DefiniteArticle.starts(next) ? DefiniteArticle.strip(next, 0) : next;
    if (!heads.containsKey(nextHead)) return false;
    if (Folding.NAME.apply(words.get(i)).equals(MANAGEMENT) && i > 0) {
      for (Reading r : ArabicWord.of(words.get(i - 1)).readings(CliticSet.NAME)) if (r.form().equals(BOARD)) return true;
    }
    for (Reading r : ArabicWord.of(words.get(i)).readings(CliticSet.NAME)) {
      String key = r.form();
      Head h = heads.get(key);
      if (h != null && h.is("unit") && !DefiniteArticle.starts(next)) return true;
      // مجلس إدارة + a name: the board; إدارة itself is then the unit's head
      if (key.equals(BOARD) && nextHead.equals(MANAGEMENT) && !DefiniteArticle.starts(next) && i + 2 < words.size()
          && heads.containsKey(stripArticle(Folding.NAME.apply(words.get(i + 2))))) return true;
    }
    return false;
  }

  private static final String BOARD = Folding.NAME.apply("مجلس");
  private static final String MANAGEMENT = Folding.NAME.apply("إدارة");

  private static String stripArticle(String n) {
    return DefiniteArticle.starts(n) ? DefiniteArticle.strip(n, 0) : n;
  }

  /**
   * A name in quotation marks right after an indefinite head (مجموعة "إرادة", لصحيفة "الوسط", ملعب "سولدجر فيلد"):
   * the quoted words, at most four, are the name, the head outside as a descriptor.
   */
  private Match quotedName(List<String> words, int i, Head head) {
    if (i + 2 >= words.size() || !isQuote(words.get(i + 1))) return null;
    for (int j = i + 2; j < words.size() && j - i - 2 <= 4; j++) {
      String w = words.get(j);
      if (isQuote(w)) {
        return j == i + 2 ? null : new Match(i + 2, j - 1, 0, head.type(), j, false, false);
      }
      if (!isArabicWord(w) || (j == i + 2 && stops.contains(lightFold(w)))) return null;
    }
    return null;
  }

  private static boolean isQuote(String w) {
    return io.rasd.core.arabic.ArabicChars.isQuoteMark(w);
  }

  /** A head noun with the article and nothing else (النادي), or with an attached pronoun (ناديه, إدارتها). */
  private boolean isBareHead(String w) {
    String n = Folding.NAME.apply(w);
    if (DefiniteArticle.starts(n) && heads.containsKey(DefiniteArticle.strip(n, 0))) return true;
    return isHeadWithPronoun(w);
  }

  private boolean isHeadWithPronoun(String w) {
    String light = lightFold(w);
    for (String suffix : new String[] {"هم", "ها", "ه"}) {
      if (light.length() - suffix.length() < 3 || !light.endsWith(suffix)) continue;
      String stem = light.substring(0, light.length() - suffix.length());
      if (stem.endsWith("ت")) stem = stem.substring(0, stem.length() - 1) + "ة";
      if (heads.containsKey(Folding.NAME.apply(stem))) return true;
    }
    return false;
  }

  /**
   * A word before which the grammar ends a name on purpose, so that a longer model name over it does not win: a
   * place or definite word after ب (بجدة, بالمدينة: where the body is, a name of its own) or a gentilic (الأمريكية).
   */
  private boolean endsBefore(String w) {
    if (!isArabicWord(w) || w.length() < 4 || w.charAt(0) != 'ب') return isGentilic(w);
    String rest = w.substring(1);
    return DefiniteArticle.starts(Folding.NAME.apply(rest)) || isPlace(rest);
  }

  /** Whether a token, as written (no proclitic read off), is a one-word place name of the gazetteer. */
  private boolean isPlace(String w) {
    return onePlace.test(ArabicWord.of(w).nameKey());
  }

  /**
   * A definite relative adjective formed on a place name (الأمريكية, الهولندي, الكندية, الإماراتية): after a name
   * that is complete (an indefinite proper name) it tells where the thing is, it is not part of its name.
   */
  boolean isGentilic(String w) {
    String n = Folding.NAME.apply(w);
    if (!DefiniteArticle.starts(n) || DefiniteArticle.isLamAl(n) || DefiniteArticle.isWaAl(n)) return false;
    for (String base : Nisba.possibleBases(ArabicWord.of(w).nameKey())) {
      if (onePlace.test(base) || onePlace.test("ال" + base)) return true;
    }
    return false;
  }

  /** Where the continuation ended, and whether it made a place head an institution (مدينة الملك عبدالعزيز للعلوم). */
  private record End(int last, boolean institution) {}

  /** The last token of the name whose head is token {@code i}; {@code i} itself when nothing continues it. */
  private End continuation(List<String> words, int i, boolean indefiniteHead, Head head) {
    int last = i;
    boolean place = head.type().equals("LOCATION");
    boolean institution = false; // a place head made an institution by a complement (مدينة … للعلوم والتقنية)
    boolean construct = indefiniteHead;
    boolean expectName = false; // after a title or a link word (بن, عبد): one word of a person's name
    boolean afterNisba = false; // the last word was a relative adjective (الداخلية, المصرية)
    boolean complement = false; // a name has one ل-complement (… للطيران المدني, not … للطيران المدني للقيام)
    boolean afterIndefinite = false; // the last word was an indefinite name word (ويتيشيا, جنايات)
    boolean placeDone = false; // the words after a place head are a whole place name (منطقة عسير): adjectives only
    boolean genitive = false; // the last word was the definite genitive of an indefinite noun (صحة البيئة)
    boolean titled = false; // a person's name after a title is in the name (مدينة الملك فهد الطبية)
    for (int j = i + 1; j < words.size() && j - i <= MAX_WORDS; j++) {
      String w = words.get(j);
      if (!isArabicWord(w)) break;
      String n = Folding.NAME.apply(w);
      if (stops.contains(lightFold(w))) break;
      if (j == i + 1 && isHeadWithPronoun(w)) break; // إدارة ناديه: the office of his club, no name
      if (last > i && nameLinks.contains(n) && j + 1 < words.size()) {
        expectName = true;
        continue;
      }
      if (expectName && !DefiniteArticle.starts(n)) {
        last = j;
        expectName = false;
        construct = false;
        afterIndefinite = false;
        continue;
      }
      expectName = false;
      boolean lamComplement = !complement && last > i && isIndefiniteComplement(n) && j + 1 < words.size()
          && DefiniteArticle.lookupForm(Folding.NAME.apply(words.get(j + 1))) != null;
      if (lamComplement || (DefiniteArticle.isLamAl(n) && !complement && last > i)) {
        // a place takes no ل-complement (منطقة الباحة للمهرجان); after an institution's place head it makes the
        // institution (مدينة الملك عبدالعزيز للعلوم والتقنية)
        if (place && !institution) {
          if (!head.is("institution") || placeDone) break;
          institution = true;
        }
      }
      if (lamComplement) {
        complement = true; // ل on an indefinite noun with its genitive: الهيئة الوطنية لمكافحة الفساد
        construct = false;
        afterNisba = false;
        afterIndefinite = false;
        continue;
      }
      // و + a noun with its genitive inside a complement: للدعوة والإرشاد وتوعية الجاليات
      if (complement && last == j - 1 && isWawNoun(w) && j + 1 < words.size()
          && isPlainDefinite(words.get(j + 1))) {
        last = j + 1;
        j++;
        afterNisba = false;
        afterIndefinite = false;
        continue;
      }
      String definite = DefiniteArticle.lookupForm(n);
      if (definite != null) {
        String surface = lightFold(DefiniteArticle.surfaceForm(w));
        if (stops.contains(surface)) break;
        boolean nisba = isNisba(surface.substring(2));
        // a title or role after the name is an apposition (بلدية بلقرن المهندس …, اللجنة المنظمة الدكتور …)
        if (personCues.contains(definite) && !titles.contains(definite)) break;
        // a gentilic after a complete proper name tells where it is (جامعة ويتيشيا الأمريكية, نادي أياكس الهولندي)
        if (afterIndefinite && isGentilic(w)) break;
        boolean adjective = nisba || adjectives.contains(definite);
        // after a descriptor (صحيفة, شركة: outside the name), an adjective that agrees with it and not with the name
        // word before it describes the descriptor: صحيفة الوسط المعارضة → الوسط, شركة مونسانتو المنتجة → مونسانتو
        if (indefiniteHead && head.descriptor() && last > i && !titled && !DefiniteArticle.isWaAl(n) && !DefiniteArticle.isLamAl(n)
            && (adjective || surface.startsWith("الم")) && feminine(surface) == feminine(lightFold(words.get(i)))
            && feminine(lightFold(words.get(last))) != feminine(surface)) break;
        if (placeDone && (!adjective || DefiniteArticle.isWaAl(n) || DefiniteArticle.isLamAl(n))) break;
        // after the genitive of a construct, outside a complement, only an adjective (إدارة صحة البيئة, not …
        // مكافحة الإرهاب المشتبه به: the next phrase)
        if (genitive && !complement && !adjective && !DefiniteArticle.isWaAl(n) && !DefiniteArticle.isLamAl(n)) break;
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
        if (place && last == i && isPlace(w)) placeDone = true;
        genitive = afterIndefinite && !complement && !DefiniteArticle.isWaAl(n) && !DefiniteArticle.isLamAl(n);
        afterNisba = nisba;
        afterIndefinite = false;
        last = j;
        construct = false;
        expectName = titles.contains(definite);
        titled |= expectName;
      } else if (!placeDone && (construct || (afterIndefinite && isPlace(w))) && !startsWithClitic(w)
          && (!isNisba(lightFold(w)) || isPlace(w) || heads.containsKey(n)) && !isFeminineVerb(lightFold(w))) {
        // the construct state (إدارة صحة البيئة); a place as the genitive of an indefinite noun (محكمة جنايات بنها)
        if (place && last == i && isPlace(w)) placeDone = true;
        boolean wasConstruct = construct;
        genitive = false;
        last = j;
        construct = wasConstruct && heads.containsKey(n);
        afterIndefinite = !heads.containsKey(n);
      } else {
        break;
      }
    }
    while (last > i && nameLinks.contains(Folding.NAME.apply(words.get(last)))) last--;
    return new End(last, institution);
  }

  /** Grammatical gender read off the written word: a taa marbuta (or a feminine plural -ات) is feminine. */
  private static boolean feminine(String light) {
    return light.endsWith("ة") || light.endsWith("ات");
  }

  /** و + an indefinite noun with a taa marbuta (وتوعية, وحماية): a verbal noun, never a verb. */
  private static boolean isWawNoun(String w) {
    String light = lightFold(w);
    return light.length() >= 5 && light.charAt(0) == 'و' && light.endsWith("ة");
  }

  /** A definite word without و or ل in front (الجاليات). */
  private boolean isPlainDefinite(String w) {
    if (!isArabicWord(w)) return false;
    String n = Folding.NAME.apply(w);
    return DefiniteArticle.starts(n) && !stops.contains(lightFold(w));
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
