package io.rasd.core.entities.linking;

import io.rasd.core.ResourceLines;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.CliticSet;
import io.rasd.core.arabic.Folding;
import io.rasd.core.arabic.Reading;
import io.rasd.core.arabic.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Within one article, the short forms of an organization's or a place's name joined to the full name of the same
 * type, each rule for the whole pattern:
 * <ul>
 *   <li>without its head noun ({@code entities/grammar/heads.tsv}), alone or with one word after it: وزارة الداخلية
 *       → الداخلية, المديرية العامة للدفاع المدني → الدفاع المدني, منطقة عسير → عسير; not for a facility or river
 *       named after a place (heads marked {@code landmark}: نهر سبوكين is not سبوكين, مطار ينبع not ينبع);
 *   <li>without its last words: وزارة الثقافة المصرية → وزارة الثقافة, كوريا الجنوبية → كوريا; a lone word with the
 *       article (الهلال, الاتحاد) is no such prefix, the longer names it starts are as often other bodies (الهلال
 *       الأحمر, الاتحاد الأوروبي);
 *   <li>an organization named without a head noun, by its last words when they do not start with the article:
 *       مانشستر يونايتد → يونايتد, باريس سان جرمان → سان جرمان (but not الأهلي المصري → المصري, another club);
 *   <li>without one inner word: بلدية محافظة بلقرن → بلدية بلقرن;
 *   <li>the same words with the ل of لل read as the article: لشركة السعودية للكهرباء → الشركة السعودية للكهرباء;
 *   <li>a state's long form to its name ({@link StateNames}): الجمهورية اليمنية → اليمن.
 * </ul>
 * A short form joins only when one full name of the article fits; a gazetteer name has its own entity and is no
 * short form.
 */
final class OrgShortForms {
  private static final Set<String> HEAD_NOUNS = load(ResourceLines.readTsv("/entities/grammar/heads.tsv", 1));
  /** Heads of a facility or river named after a place (مطار ينبع, نهر سبوكين): the place is not its short form. */
  private static final Set<String> LANDMARK_HEADS = ResourceLines.readTsv("/entities/grammar/heads.tsv", 3).stream()
      .filter(r -> List.of(r[2].split(",")).contains("landmark")).map(r -> Folding.NAME.apply(r[0]))
      .collect(Collectors.toUnmodifiableSet());
  /** Construct duals of the landmark heads (مطارا, مطاري), the one landmark head each stands for. */
  private static final Map<String, String> LANDMARK_DUALS = landmarkDuals();
  /** Descriptors (heads.tsv role descriptor: شركة, نادي, صحيفة), a generic word before a name, outside its span. */
  private static final Set<String> DESCRIPTORS = ResourceLines.readTsv("/entities/grammar/heads.tsv", 3).stream()
      .filter(r -> List.of(r[2].split(",")).contains("descriptor")).map(r -> Folding.NAME.apply(r[0]))
      .collect(Collectors.toUnmodifiableSet());

  private static Map<String, String> landmarkDuals() {
    Map<String, String> out = new HashMap<>();
    for (String head : LANDMARK_HEADS) for (String d : ArabicWord.constructDuals(head)) out.put(d, head);
    return Map.copyOf(out);
  }

  /** Heads of a place that may stand between ب and the place after a located name (بمنطقة الجوف). */
  private static final Set<String> PLACE_HEADS = ResourceLines.readTsv("/entities/grammar/heads.tsv", 3).stream()
      .filter(r -> r[1].equals("LOCATION") && !List.of(r[2].split(",")).contains("landmark"))
      .map(r -> Folding.NAME.apply(r[0])).collect(Collectors.toUnmodifiableSet());
  /** Titles before a person's name inside an organization's or place's name (مطار الأمير عبدالمحسن). */
  private static final Set<String> TITLES = io.rasd.core.entities.gazetteer.WordList
      .load("/entities/grammar/titles.txt");
  /** Words between the head noun and the short form at most (العامة in المديرية العامة للدفاع المدني). */
  private static final int MAX_AFTER_HEAD = 1;

  private static Set<String> load(List<String[]> rows) {
    return rows.stream().map(r -> Folding.NAME.apply(r[0])).collect(Collectors.toUnmodifiableSet());
  }

  /** A name of the article: tokens [first, last], its first token read from {@code clitic} on. */
  record Name(int first, int last, int clitic, String type, String key, boolean gazetteer) {
    int length() {
      return last - first + 1;
    }
  }

  /** Whether {@code form} (name-folded, without the article) heads a division: منطقة, ولاية, محافظة. */
  static boolean isPlaceHead(String form) {
    return PLACE_HEADS.contains(form);
  }

  private final List<Token> tokens;
  private final java.util.function.Predicate<ArabicWord> isCommonWord;

  /** {@code isCommonWord}: an ordinary word of the language, no name of a company or club on its own (الاتصالات). */
  OrgShortForms(List<Token> tokens, java.util.function.Predicate<ArabicWord> isCommonWord) {
    this.tokens = tokens;
    this.isCommonWord = isCommonWord;
  }

  /**
   * Key of each short form → key of its full name; {@code names} are the article's ORGANIZATION and LOCATION names.
   * Longer names are decided first, so a short form of a short form ends at the full name.
   */
  Map<String, String> join(List<Name> names) {
    List<Name> longestFirst = new ArrayList<>(names);
    longestFirst.sort(Comparator.comparingInt(Name::length).reversed().thenComparing(Name::key));
    Map<String, String> out = new HashMap<>();
    Set<Integer> places = new HashSet<>();
    for (Name n : names) if (n.type().equals("LOCATION")) places.add(n.first());
    for (Name f : longestFirst) {
      String state = stateName(f, names);
      if (state != null) out.put(f.key(), state);
    }
    Set<String> done = new TreeSet<>();
    for (Name s : longestFirst) {
      if (s.gazetteer() || out.containsKey(s.key()) || !done.add(s.key())) continue;
      // the words of a full name read in order outrank a construct, located or eponym reading: قوات التحالف is
      // قوات التحالف الدولي, not also القوات القتالية للتحالف
      Set<String> fits = new TreeSet<>();
      Set<String> looser = new TreeSet<>();
      Set<String> locatedKeys = new TreeSet<>();
      for (Name f : names) {
        if (!f.type().equals(s.type()) || f.key().equals(s.key())) continue;
        if (shortens(s, f)) {
          fits.add(out.getOrDefault(f.key(), f.key()));
        } else if (located(s, f, places)) {
          looser.add(out.getOrDefault(f.key(), f.key()));
          if (!out.containsKey(f.key())) locatedKeys.add(f.key());
        } else if (shortensLoosely(s, f)) {
          looser.add(out.getOrDefault(f.key(), f.key()));
        }
      }
      if (fits.isEmpty() && looser.size() == 1 && locatedKeys.equals(looser)) {
        // the full name is written without its place (الإدارة العامة للتعليم بمنطقة الرياض): every region has one
        // of that name, so both go under the short form, which names the place (تعليم الرياض)
        out.put(looser.iterator().next(), s.key());
        continue;
      }
      if (fits.isEmpty()) fits = looser;
      if (fits.size() == 1 && !fits.contains(s.key())) out.put(s.key(), fits.iterator().next());
    }
    // a full name keyed by its located short form takes the short forms that were joined to it along
    for (Map.Entry<String, String> e : out.entrySet()) {
      String to = e.getValue();
      for (int hop = 0; hop < out.size() && out.containsKey(to) && !out.get(to).equals(e.getKey()); hop++) {
        to = out.get(to);
      }
      e.setValue(to);
    }
    return out;
  }

  /** Whether {@code s} is {@code f} shortened with f's words read in order (a prefix, an article or a word left out). */
  private boolean shortens(Name s, Name f) {
    int k = s.length();
    int n = f.length();
    if (sameDescriptor(s, f)) return true;
    if (n == k) return k > 1 && articleReading(s, f) && range(s, 1, f, 1, k - 1);
    if (n < k) return false;
    if (range(s, 0, f, 0, k) && (k > 1 || !form(s, 0).startsWith("ال"))) return true;
    String head = ArabicWord.withoutArticle(form(f, 0));
    if (n - k <= 1 + MAX_AFTER_HEAD && HEAD_NOUNS.contains(head) && !LANDMARK_HEADS.contains(head)
        && range(s, 0, f, n - k, k)) return true;
    if (s.type().equals("ORGANIZATION") && !HEAD_NOUNS.contains(ArabicWord.withoutArticle(form(f, 0)))
        && !form(s, 0).startsWith("ال") && range(s, 0, f, n - k, k)) return true;
    if (n == k + 1 && k >= 2) {
      for (int skip = 1; skip < n - 1; skip++) {
        if (range(s, 0, f, 0, skip) && range(s, skip, f, skip + 1, k - skip)) return true;
      }
    }
    return false;
  }

  /** Whether {@code s} is {@code f} read as a construct or as an eponym's end. */
  private boolean shortensLoosely(Name s, Name f) {
    return construct(s, f) || (s.length() >= 2 && f.length() > s.length() && eponymEnd(s, f));
  }

  /**
   * A place after a construct dual of a landmark head, or the place coordinated after it (ومطارا وادي الدواسر
   * وشرورة): it names the landmark, so it joins the one name of the article that is that head and the place
   * (مطار وادي الدواسر, مطار شرورة), a gazetteer place too; null when the article has no such name.
   */
  String dualLandmark(Name s, List<Name> names) {
    if (!s.type().equals("LOCATION")) return null;
    String head = null;
    int before = s.first() - 1;
    if (before >= 0) {
      for (Reading r : tokens.get(before).readings(CliticSet.NAME)) {
        if (s.clitic() == 0 && LANDMARK_DUALS.containsKey(r.form())) head = LANDMARK_DUALS.get(r.form());
      }
    }
    if (head == null && s.clitic() > 0 && tokens.get(s.first()).text().startsWith("و")) {
      for (Name p : names) {
        if (p.last() + 1 != s.first() || p.clitic() != 0 || p.first() < 1) continue;
        for (Reading r : tokens.get(p.first() - 1).readings(CliticSet.NAME)) {
          if (LANDMARK_DUALS.containsKey(r.form())) head = LANDMARK_DUALS.get(r.form());
        }
      }
    }
    if (head == null) return null;
    Set<String> found = new TreeSet<>();
    for (Name f : names) {
      if (!f.type().equals(s.type()) || f.length() != s.length() + 1) continue;
      if (!ArabicWord.withoutArticle(form(f, 0)).equals(head)) continue;
      boolean same = true;
      for (int i = 0; i < s.length() && same; i++) same = fits(form(s, i), f, i + 1);
      if (same) found.add(f.key());
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /**
   * Two names after the same descriptor (شركة أسواق العثيم, شركة العثيم), the shorter the longer one's last words:
   * one body, when those words are a name's own. An ordinary word names a trade, not the company: شركة الاتصالات
   * is not شركة زين للاتصالات, شركة الكهرباء not شركة توزيع الكهرباء.
   */
  private boolean sameDescriptor(Name s, Name f) {
    int k = s.length();
    int n = f.length();
    if (n <= k || !s.type().equals("ORGANIZATION") || !range(s, 0, f, n - k, k)) return false;
    for (int i = s.first(); i <= s.last(); i++) if (isCommonWord.test(tokens.get(i).word())) return false;
    String a = descriptorBefore(s);
    return a != null && a.equals(descriptorBefore(f));
  }

  /** The descriptor word right before a name (after its proclitics, without the article), or null. */
  private String descriptorBefore(Name name) {
    if (name.clitic() != 0 || name.first() < 1) return null;
    for (Reading r : tokens.get(name.first() - 1).readings(CliticSet.NAME)) {
      String w = ArabicWord.withoutArticle(r.form());
      if (DESCRIPTORS.contains(w)) return w;
    }
    return null;
  }

  /**
   * An indefinite head noun in construct with the rest of a definite name, one adjective after its head left out:
   * هيئة الطيران المدني of الهيئة العامة للطيران المدني, اتحاد كرة القدم of الاتحاد السعودي لكرة القدم (the ل of
   * the definite name's complement read through).
   */
  private boolean construct(Name s, Name f) {
    int k = s.length();
    int n = f.length();
    if (k < 2 || n - k < 0 || n - k > 1) return false;
    String head = form(s, 0);
    if (head.startsWith("ال") || !HEAD_NOUNS.contains(head)) return false;
    String fHead = form(f, 0);
    return fHead.startsWith("ال") && ArabicWord.withoutArticle(fHead).equals(head) && range(s, 1, f, n - k + 1, k - 1);
  }

  /**
   * An indefinite head noun and a place (هيئة ينبع, تعليم الجوف, مطار ينبع) of a name that the article writes with
   * the place right after it, after ب or في and perhaps a place head (الهيئة الملكية بينبع, الإدارة العامة للتعليم
   * بمنطقة الجوف, مطار الأمير عبدالمحسن بن عبدالعزيز بينبع): the head is the name's first or last word (without its
   * article or the ل of a complement). The place is a place the article names ({@code places}: first tokens of its
   * LOCATION names), not any word after ب (إدارة شؤون المعلمين بتعليم جازان is no إدارة تعليم جازان). A place is
   * read so only when it is a facility (a landmark head: مطار): a division after ب lies inside the other place
   * (محافظة ميسان بالطائف is no محافظة الطائف). A gazetteer name is whole and has no such reading.
   */
  private boolean located(Name s, Name f, Set<Integer> places) {
    int k = s.length();
    String head = form(s, 0);
    if (k < 2 || head.startsWith("ال") || !HEAD_NOUNS.contains(head) || f.length() < 2 || f.gazetteer()) return false;
    if (s.type().equals("LOCATION") && !LANDMARK_HEADS.contains(head)) return false;
    boolean headed = ArabicWord.withoutArticle(form(f, 0)).equals(head);
    for (Reading r : tokens.get(f.last()).readings(CliticSet.NAME)) {
      headed |= ArabicWord.withoutArticle(r.form()).equals(head);
    }
    if (!headed) return false;
    int at = f.last() + 1;
    if (at >= tokens.size()) return false;
    int from = -1;
    if (tokens.get(at).isWord() && tokens.get(at).word().nameKey().equals("في")) {
      at++;
      from = 0;
    }
    if (at >= tokens.size() || !places.contains(at)) return false;
    String place = form(s, 1);
    for (Reading r : tokens.get(at).readings(CliticSet.NAME)) {
      boolean afterBa = from == 0 ? r.offset() == 0 : r.offset() >= 1 && tokens.get(at).text().charAt(r.offset() - 1) == 'ب';
      if (!afterBa) continue;
      if (r.form().equals(place) && wordsAt(s, 1, at)) return true;
      if (PLACE_HEADS.contains(r.form()) && at + 1 < tokens.size() && wordsAt(s, 1, at + 1)) return true;
    }
    return false;
  }

  /** Whether s's words from {@code from} on are the text's words from token {@code at} on (the first as read). */
  private boolean wordsAt(Name s, int from, int at) {
    for (int i = from; i < s.length(); i++) {
      int t = at + i - from;
      if (t >= tokens.size()) return false;
      if (i == from) continue;
      if (!tokens.get(t).word().nameKey().equals(form(s, i))) return false;
    }
    if (at < tokens.size() && from < s.length()) {
      for (Reading r : tokens.get(at).readings(CliticSet.NAME)) if (r.form().equals(form(s, from))) return true;
    }
    return false;
  }

  /**
   * A name named after a person (a title and the name after its construct: حديقة مناخ الملك عبدالعزيز) shortened to
   * its construct with the article: حديقة المناخ, مركز الأبحاث of مركز أبحاث الأمير سلطان.
   */
  private boolean eponymEnd(Name s, Name f) {
    int k = s.length();
    String last = form(s, k - 1);
    String inF = form(f, k - 1);
    if (inF.startsWith("ال") || !last.equals("ال" + inF) || !range(s, 0, f, 0, k - 1)) return false;
    return TITLES.contains(form(f, k));
  }

  /** Whether words [from, from+count) of s read as words [at, at+count) of f. */
  private boolean range(Name s, int from, Name f, int at, int count) {
    for (int i = 0; i < count; i++) if (!fits(form(s, from + i), f, at + i)) return false;
    return true;
  }

  /** Whether s's first word, read with the ل of لل as the article (لشركة → الشركة), is f's first word. */
  private boolean articleReading(Name s, Name f) {
    String target = form(f, 0);
    if (form(s, 0).equals(target)) return false;
    for (Reading r : tokens.get(s.first()).readings(CliticSet.NAME)) {
      if (r.offset() >= s.clitic() && r.form().equals(target)) return true;
    }
    return false;
  }

  /**
   * The key of the one place name of the article that {@code f}, a state's long form (head + adjectives), names by
   * one of its adjectives (الجمهورية الإسلامية الإيرانية → إيران); null when it is none or names several.
   */
  private String stateName(Name f, List<Name> names) {
    if (f.gazetteer() || !f.type().equals("LOCATION")) return null;
    List<String> words = new ArrayList<>();
    for (int i = 0; i < f.length(); i++) words.add(form(f, i));
    Set<String> bases = StateNames.bases(words);
    if (bases.isEmpty()) return null;
    Set<String> found = new TreeSet<>();
    for (Name s : names) {
      if (s.length() == 1 && s.type().equals("LOCATION") && bases.contains(ArabicWord.withoutArticle(form(s, 0)))) {
        found.add(s.key());
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /** The name-level form of the name's i-th word (the first read after its proclitics). */
  private String form(Name name, int i) {
    Token t = tokens.get(name.first() + i);
    if (i > 0) return t.word().nameKey();
    for (Reading r : t.readings(CliticSet.NAME)) if (r.offset() == name.clitic()) return r.form();
    return Folding.NAME.apply(t.text().substring(Math.min(name.clitic(), t.text().length())));
  }

  /** Whether the i-th word of {@code f} reads as {@code form}: as written, or through its proclitics (للدفاع). */
  private boolean fits(String form, Name f, int i) {
    if (i == 0) return form(f, 0).equals(form);
    for (Reading r : tokens.get(f.first() + i).readings(CliticSet.NAME)) if (r.form().equals(form)) return true;
    return false;
  }
}
