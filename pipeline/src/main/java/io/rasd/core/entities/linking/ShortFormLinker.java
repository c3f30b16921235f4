package io.rasd.core.entities.linking;

import io.rasd.core.entities.grammar.NameCandidate;
import io.rasd.core.entities.grammar.NeverEntityFilter;
import io.rasd.core.UnionFind;
import io.rasd.core.arabic.ArabicChars;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.CliticSet;
import io.rasd.core.arabic.Folding;
import io.rasd.core.arabic.Reading;
import io.rasd.core.arabic.Token;
import io.rasd.core.model.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Within one article: gives each name its link key (gazetteer id, or its normalized words, a person's titles left
 * out), and joins the names of one thing under one key:
 * <ul>
 *   <li>a person's names where one narrows the other ({@link NasabLinks}: محمد بن نايف / محمد بن نايف بن عبدالعزيز);
 *   <li>a lone family name or given name to the one person of the article who has it (حموشي → عبد اللطيف حموشي,
 *       وراي → كريستوفر راي, يارا → يارا منشي); when no person or several have it, the lone name gets an
 *       {@link #LONE article-local key}: it never becomes an entity across articles;
 *   <li>the short forms of an organization or place ({@link OrgShortForms}), and a parenthesized acronym to the name
 *       before it;
 * </ul>
 * and gives every mention of one key the type of its longest mention.
 */
public final class ShortFormLinker {
  /** Prefix of the key of a lone name no full name of its article explains; the cross-article step keeps it local. */
  public static final String LONE = "ln:";
  private static final int MIN_SHORT_FORM = 3;

  private final List<Token> tokens;
  private final java.util.function.Predicate<ArabicWord> isCommonWord;
  private final PersonNames personNames = PersonNames.fromResources();
  private final NeverEntityFilter never = NeverEntityFilter.fromResources();

  /** {@code isCommonWord}: ordinary words join only a gazetteer person ("محمود العواقب" is a model error). */
  public ShortFormLinker(List<Token> tokens, java.util.function.Predicate<ArabicWord> isCommonWord) {
    this.tokens = tokens;
    this.isCommonWord = isCommonWord;
  }

  /** A name of the article; {@code name}: its own words (name level, a person's titles left out), whatever its key. */
  private record Linked(int first, int last, int clitic, String type, String key, String gazetteerId, String name) {
    Linked withKey(String newKey, String newType, String newGazetteerId) {
      return new Linked(first, last, clitic, newType, newKey, newGazetteerId, name);
    }
  }

  public List<Mention> link(String body, List<NameCandidate> names, Map<Integer, Integer> acronyms) {
    List<Linked> linked = new ArrayList<>();
    for (NameCandidate c : names) {
      String name = c.type().equals("PERSON") ? personNames.withoutTitles(c.lookupKey()) : c.lookupKey();
      String gz = c.entry() == null ? null : c.entry().id();
      // a place spelled otherwise than the gazetteer is its place already here, so never a short form (شيكاجو)
      if (gz == null && c.type().equals("LOCATION")) gz = EntityLinker.gazetteerPlaceVariant(name);
      String key = gz != null ? "gz:" + gz : "nm:" + name;
      linked.add(new Linked(c.first(), c.last(), c.cliticLength(), c.type(), key, gz, name));
    }
    linked = rekey(linked, samePersons(linked));
    linked = rekey(linked, orgShortForms(linked));
    linked = dualLandmarks(linked);

    Map<String, Linked> byLastName = lastNames(linked);
    Map<String, Linked> byGivenName = givenNames(linked);
    Set<Integer> covered = new HashSet<>();
    for (Linked l : linked) for (int i = l.first(); i <= l.last(); i++) covered.add(i);

    linked = rekey(linked, appositions(linked));
    List<Linked> all = new ArrayList<>();
    for (Linked l : linked) all.add(l.gazetteerId() == null ? shortForm(l, byLastName, byGivenName, linked) : l);
    for (int i = 0; i < tokens.size(); i++) {
      if (covered.contains(i)) continue;
      for (Reading r : tokens.get(i).readings(CliticSet.NAME)) {
        Linked full = byLastName.get(shortForm(i, r.offset()));
        // a word that is never a name alone (الحرمين of the title) is no one's short form, whatever name ends with it
        if (full != null && never.rejects(List.of(tokens.get(i).text()))) break;
        if (full != null && full.gazetteerId() == null && isCommonWord.test(tokens.get(i).word())) break;
        if (full != null) {
          all.add(new Linked(i, i, r.offset(), "PERSON", full.key(), full.gazetteerId(), r.form()));
          break;
        }
      }
    }
    for (Map.Entry<Integer, Integer> a : acronyms.entrySet()) {
      Linked name = linked.get(a.getValue());
      all.add(new Linked(a.getKey(), a.getKey(), 0, name.type(), name.key(), name.gazetteerId(),
          tokens.get(a.getKey()).word().nameKey()));
    }

    all = localGeneric(all);
    Map<String, Linked> longest = new HashMap<>();
    for (Linked l : all) longest.merge(l.key(), l, (x, y) -> span(y) > span(x) ? y : x);
    List<Mention> out = new ArrayList<>();
    for (Linked l : all) {
      int start = tokens.get(l.first()).start() + l.clitic();
      int end = tokens.get(l.last()).end();
      String type = l.gazetteerId() != null ? l.type() : longest.get(l.key()).type();
      out.add(new Mention(type, body.substring(start, end), start, end, null, l.key(), l.gazetteerId()));
    }
    return out;
  }

  /**
   * A name outside the gazetteer: a one-word name that is the last name of one person of the article takes that
   * person's key; a lone given name (محمد, عبدالله), that of the one person with that given name; any other lone
   * person name, an article-local key.
   */
  private Linked shortForm(Linked l, Map<String, Linked> byLastName, Map<String, Linked> byGivenName,
      List<Linked> linked) {
    Linked byLast = l.first() == l.last() ? byLastName.get(shortForm(l.first(), l.clitic())) : null;
    PersonName name = l.type().equals("PERSON") ? personNames.parse(l.name()) : null;
    boolean lone = name != null && name.isLone();
    Linked byGiven = lone ? byGivenName.get(name.given()) : null;
    if (byLast != null && byGiven != null && !byLast.key().equals(byGiven.key())) return local(l);
    Linked full = byLast != null ? byLast : byGiven;
    if (byLast == null && byGiven != null && inOneList(l, byGiven.key(), linked)) return local(l);
    if (full != null) return l.withKey(full.key(), "PERSON", full.gazetteerId());
    return lone ? local(l) : l;
  }

  /**
   * Whether the one-word name {@code l} and a mention of {@code key} are conjuncts of one و-list (أبناء الفقيد محمد
   * حسن الحداد ونبيل وجابر ومحمد: the lone محمد is a brother): every word between them, and the later of the two,
   * has a و read as a proclitic. Two conjuncts of one list are two people.
   */
  private boolean inOneList(Linked l, String key, List<Linked> linked) {
    for (Linked f : linked) {
      if (!f.key().equals(key) || f == l) continue;
      int from = f.last() < l.first() ? f.last() + 1 : l.last() + 1;
      int to = f.last() < l.first() ? l.first() : f.first();
      if (to < from) continue;
      boolean list = true;
      for (int i = from; i <= to && list; i++) list = waw(i);
      if (list) return true;
    }
    return false;
  }

  /** Whether token i starts with the conjunction و, read as a proclitic of a name word (ونبيل, ومحمد). */
  private boolean waw(int i) {
    Token t = tokens.get(i);
    if (!t.isWord() || !t.text().startsWith("و")) return false;
    for (Reading r : t.readings(CliticSet.NAME)) if (r.offset() >= 1) return true;
    return false;
  }

  /**
   * A name right after another name of its type, in quotes or parentheses and alone in them (الاتحاد الدولي "فيفا",
   * وكالة الأنباء السعودية (واس)): the two are one body, under the quoted name's key. Only a name outside the
   * gazetteer changes key; one such apposition per key at most. A gazetteer name lends no key: its other names are the gazetteer's, and a name in parentheses after it as often names a
   * larger body it is part of (مكتب إحصاءات الاتحاد الأوروبي (يوروستات), جمعية المكفوفين بمنطقة الرياض (كفيف)).
   * A place in parentheses after a place is its other name only when it is neither a gazetteer place nor headed
   * by a division (عين العرب (كوباني), but أورورا (ولاية كولورادو) is where أورورا lies). What is said of several
   * names of the article, or is a generic name, describes them (محمد العنزي (كويتي) وفهد الفضلي (كويتي),
   * بنك الاحتياطي الأسترالي (البنك المركزي)) and joins none.
   */
  private Map<String, String> appositions(List<Linked> linked) {
    Map<Integer, Linked> byFirst = new HashMap<>();
    for (Linked l : linked) byFirst.putIfAbsent(l.first(), l);
    Map<String, Set<String>> to = new TreeMap<>();
    Map<String, Set<String>> said = new TreeMap<>();
    for (Linked n : linked) {
      int open = n.last() + 1;
      if (open + 2 >= tokens.size() || !isOpening(tokens.get(open).text())) continue;
      Linked q = byFirst.get(open + 1);
      if (q == null || q.clitic() != 0 || q.key().equals(n.key()) || !q.type().equals(n.type())) continue;
      if (q.last() + 1 >= tokens.size() || !isClosing(tokens.get(q.last() + 1).text())) continue;
      if (n.gazetteerId() != null) continue;
      if (n.type().equals("LOCATION") && (q.gazetteerId() != null || OrgShortForms.isPlaceHead(headOf(q)))) continue;
      if (q.key().startsWith("nm:") && GENERIC_NAMES.contains(bare(q.key()))) continue;
      to.computeIfAbsent(n.key(), k -> new TreeSet<>()).add(q.key());
      said.computeIfAbsent(q.key(), k -> new TreeSet<>()).add(n.key());
    }
    Map<String, String> out = new TreeMap<>();
    to.forEach((from, keys) -> {
      String key = keys.iterator().next();
      if (keys.size() == 1 && said.get(key).size() == 1) out.put(from, key);
    });
    return out;
  }

  private String headOf(Linked l) {
    return ArabicWord.withoutArticle(tokens.get(l.first()).word().nameKey());
  }

  private static boolean isOpening(String t) {
    return t.equals("(") || ArabicChars.isQuoteMark(t);
  }

  private static boolean isClosing(String t) {
    return t.equals(")") || ArabicChars.isQuoteMark(t);
  }

  /**
   * Names that every state has one of, written without the state ({@code entities/linking/generic-names.txt}: البنك
   * المركزي, البرلمان): local to their article (one key, never an entity across articles), like a lone given name.
   */
  private static List<Linked> localGeneric(List<Linked> all) {
    List<Linked> out = new ArrayList<>(all.size());
    for (Linked l : all) {
      boolean generic = l.gazetteerId() == null && l.key().startsWith("nm:") && !l.type().equals("PERSON")
          && GENERIC_NAMES.contains(bare(l.key()));
      out.add(generic ? l.withKey(LONE + bare(l.key()), l.type(), null) : l);
    }
    return out;
  }

  private static final Set<String> GENERIC_NAMES = io.rasd.core.ResourceLines
      .read("/entities/linking/generic-names.txt").stream()
      .map(EntityLinker::linkKeyOf).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static Linked local(Linked l) {
    return l.withKey(LONE + l.name(), l.type(), null);
  }

  private static String bare(String key) {
    return key.startsWith("nm:") ? key.substring(3) : key;
  }

  private static List<Linked> rekey(List<Linked> linked, Map<String, String> keys) {
    if (keys.isEmpty()) return linked;
    List<Linked> out = new ArrayList<>(linked.size());
    for (Linked l : linked) {
      String k = keys.get(l.key());
      out.add(k == null ? l : l.withKey(k, l.type(), k.startsWith("gz:") ? k.substring(3) : l.gazetteerId()));
    }
    return out;
  }

  /**
   * The article's person names that are one person → the key of the longest of them (most words, then the smallest
   * key): those {@link NasabLinks} joins, and a name of two or more words that ends the name of one other person of
   * the article or is its first and last word (جواد ظريف, يارا منشي).
   */
  private Map<String, String> samePersons(List<Linked> linked) {
    List<String> keys = new ArrayList<>(new TreeSet<>(linked.stream()
        .filter(l -> l.gazetteerId() == null && l.type().equals("PERSON")).map(Linked::key).toList()));
    List<PersonName> parsed = keys.stream().map(k -> personNames.parse(bare(k))).toList();
    UnionFind same = new UnionFind(keys.size());
    for (int[] p : NasabLinks.of(parsed)) same.union(p[0], p[1]);
    for (int i = 0; i < keys.size(); i++) {
      List<String> a = List.of(bare(keys.get(i)).split(" "));
      // a nasab's tail is the father, not the man (سلمان بن عبدالعزيز of محمد بن سلمان بن عبدالعزيز)
      if (parsed.get(i) == null || parsed.get(i).isLone() || !parsed.get(i).chain().isEmpty()) continue;
      Set<Integer> fits = new TreeSet<>();
      for (int j = 0; j < keys.size(); j++) {
        List<String> b = List.of(bare(keys.get(j)).split(" "));
        boolean nasab = parsed.get(j) == null || !parsed.get(j).chain().isEmpty();
        if (!nasab && b.size() > a.size() && (endsWith(b, a) || firstAndLast(b, a))) fits.add(same.find(j));
      }
      if (fits.size() == 1) same.union(i, fits.iterator().next());
    }
    Map<Integer, String> longestOfRoot = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      longestOfRoot.merge(same.find(i), keys.get(i), (a, b) -> words(b) > words(a) ? b : a);
    }
    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String to = longestOfRoot.get(same.find(i));
      if (!to.equals(keys.get(i))) out.put(keys.get(i), to);
    }
    return out;
  }

  /** جواد ظريف of محمد جواد ظريف. */
  private static boolean endsWith(List<String> whole, List<String> part) {
    return whole.subList(whole.size() - part.size(), whole.size()).equals(part);
  }

  /** يارا منشي of يارا بهجت منشي. */
  private static boolean firstAndLast(List<String> whole, List<String> part) {
    return part.size() == 2 && whole.get(0).equals(part.get(0)) && whole.get(whole.size() - 1).equals(part.get(1));
  }

  private static int words(String key) {
    return key.split(" ").length;
  }

  private Map<String, String> orgShortForms(List<Linked> linked) {
    List<OrgShortForms.Name> names = new ArrayList<>();
    for (Linked l : linked) {
      if (!l.type().equals("ORGANIZATION") && !l.type().equals("LOCATION")) continue;
      names.add(new OrgShortForms.Name(l.first(), l.last(), l.clitic(), l.type(), l.key(), l.gazetteerId() != null));
    }
    return new OrgShortForms(tokens, isCommonWord).join(names);
  }

  /**
   * Each place named after a construct dual of a landmark head (ومطارا وادي الدواسر وشرورة) takes the key of the
   * article's landmark of that place ({@link OrgShortForms#dualLandmark}); this mention only, not the place's other
   * mentions, and no longer as the gazetteer's place.
   */
  private List<Linked> dualLandmarks(List<Linked> linked) {
    List<OrgShortForms.Name> names = new ArrayList<>();
    for (Linked l : linked) {
      if (!l.type().equals("ORGANIZATION") && !l.type().equals("LOCATION")) continue;
      names.add(new OrgShortForms.Name(l.first(), l.last(), l.clitic(), l.type(), l.key(), l.gazetteerId() != null));
    }
    OrgShortForms forms = new OrgShortForms(tokens, isCommonWord);
    List<Linked> out = new ArrayList<>(linked.size());
    for (Linked l : linked) {
      String to = l.type().equals("LOCATION")
          ? forms.dualLandmark(new OrgShortForms.Name(l.first(), l.last(), l.clitic(), l.type(), l.key(),
              l.gazetteerId() != null), names)
          : null;
      out.add(to == null ? l : l.withKey(to, l.type(), to.startsWith("gz:") ? to.substring(3) : null));
    }
    return out;
  }

  private static int span(Linked l) {
    return l.last() - l.first();
  }

  /**
   * Last word of each multi-word person name (keyed as {@link #shortForm}); a last word shared by two different
   * people joins neither.
   */
  private Map<String, Linked> lastNames(List<Linked> linked) {
    Map<String, Linked> out = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Linked l : linked) {
      if (!l.type().equals("PERSON") || l.last() == l.first()) continue;
      // a name ending in a word that is never a name alone (خادم الحرمين of a headline) lends it to no lone word
      if (never.rejects(List.of(tokens.get(l.last()).text()))) continue;
      String last = NameVariants.fold(tokens.get(l.last()).word().displayKey());
      if (last.length() < MIN_SHORT_FORM) continue;
      Linked prev = out.putIfAbsent(last, l);
      if (prev != null && !prev.key().equals(l.key())) ambiguous.add(last);
    }
    ambiguous.forEach(out::remove);
    return out;
  }

  /** Given name of each person name that has more than one (محمد of محمد بن سلمان); shared by two people: neither. */
  private Map<String, Linked> givenNames(List<Linked> linked) {
    Map<String, Linked> out = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Linked l : linked) {
      if (!l.type().equals("PERSON")) continue;
      PersonName name = personNames.parse(l.name());
      if (name == null || name.isLone()) continue;
      Linked prev = out.putIfAbsent(name.given(), l);
      if (prev != null && !prev.key().equals(l.key())) ambiguous.add(name.given());
    }
    ambiguous.forEach(out::remove);
    return out;
  }

  /**
   * The token read from {@code offset} on (after its proclitics), hamza and letters kept as written but the g sound
   * folded (غيغز / جيجز) and the article dropped, as {@link #lastNames} keys it.
   */
  private String shortForm(int index, int offset) {
    String text = tokens.get(index).text();
    return offset < text.length() ? NameVariants.fold(Folding.DISPLAY.apply(text.substring(offset))) : "";
  }
}
