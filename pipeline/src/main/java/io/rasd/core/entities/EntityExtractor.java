package io.rasd.core.entities;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.ArabicChars;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.CliticSet;
import io.rasd.core.arabic.CompoundNames;
import io.rasd.core.arabic.DefiniteArticle;
import io.rasd.core.arabic.Folding;
import io.rasd.core.arabic.Reading;
import io.rasd.core.arabic.SentenceWords;
import io.rasd.core.arabic.Token;
import io.rasd.core.entities.dates.DateFinder;
import io.rasd.core.entities.gazetteer.Gazetteer;
import io.rasd.core.entities.gazetteer.GazetteerEntry;
import io.rasd.core.entities.gazetteer.GazetteerMatcher;
import io.rasd.core.entities.gazetteer.WordList;
import io.rasd.core.entities.grammar.EpithetNames;
import io.rasd.core.entities.grammar.LetterAcronyms;
import io.rasd.core.entities.grammar.NameCandidate;
import io.rasd.core.entities.grammar.NameFusion;
import io.rasd.core.entities.grammar.NameGrammar;
import io.rasd.core.entities.grammar.NeverEntityFilter;
import io.rasd.core.entities.grammar.OutletNames;
import io.rasd.core.entities.grammar.PersonPatterns;
import io.rasd.core.entities.grammar.SponsoredNames;
import io.rasd.core.entities.linking.ShortFormLinker;
import io.rasd.core.entities.recognition.NerModel;
import io.rasd.core.entities.recognition.WordShape;
import io.rasd.core.model.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;

/**
 * Finds the PERSON, ORGANIZATION, LOCATION, MISC and DATE mentions of an article: the trained name finder and the
 * gazetteer per sentence ({@link NameFusion}), attached proclitics cut off, Latin acronyms in parentheses tied to the
 * name before them, and short forms of a person's name (حموشي, راي) joined to the full name. NOT thread-safe.
 */
public final class EntityExtractor {
  private final NameFinderME finder;
  private final Gazetteer gazetteer;
  private final GazetteerMatcher matcher;
  private final DateFinder dates;
  private static final java.util.Set<String> WAW_NAMES = WordList.load("/entities/waw-names.txt");
  private final PersonPatterns patterns = PersonPatterns.fromResources();
  /** Longest sentence given to the name finder, in tokens: above ANERcorp's longest (1,894), so ordinary text is not cut. */
  static final int MAX_SENTENCE_TOKENS = 2_000;
  private final NameGrammar grammar = NameGrammar.fromResources();
  private final NeverEntityFilter never = NeverEntityFilter.fromResources();
  private final SponsoredNames sponsors = SponsoredNames.fromResources();
  private final OutletNames outlets = OutletNames.fromResources();
  private final EpithetNames epithets = EpithetNames.fromResources();
  private final LetterAcronyms acronyms = LetterAcronyms.fromResources();

  EntityExtractor(NameFinderME finder, Gazetteer gazetteer, DateFinder dates) {
    this.finder = finder;
    this.gazetteer = gazetteer;
    this.matcher = new GazetteerMatcher(gazetteer);
    this.dates = dates;
  }

  public static EntityExtractor fromResources() {
    return new EntityExtractor(NerModel.newFinder(), Gazetteer.forMatching(), DateFinder.fromResources());
  }

  /**
   * Mentions in body order; {@code body.substring(start, end).equals(text)}; mentions of one thing in this article
   * share a linkKey; gazetteerId is set when a gazetteer entry matched.
   */
  public List<Mention> extract(String body) {
    return extract(AnalyzedText.analyze(body));
  }

  /** {@link #extract(String)} over the article's analysis (its name-finder words and sentences). */
  public List<Mention> extract(AnalyzedText text) {
    String body = text.body();
    if (body.isBlank()) return List.of();
    List<Token> tokens = text.words();
    List<Mention> dateMentions = dates.find(body, tokens);
    List<NameCandidate> names = new ArrayList<>();
    for (int[] r : capped(text.sentences())) {
      String[] words = new String[r[1] - r[0]];
      ArabicWord[] analysis = new ArabicWord[words.length];
      for (int i = r[0]; i < r[1]; i++) {
        words[i - r[0]] = tokens.get(i).text();
        analysis[i - r[0]] = tokens.get(i).word();
      }
      SentenceWords.bind(words, analysis);
      Span[] spans = finder.find(words);
      names.addAll(NameFusion.fuse(spans, matcher.match(analysis), grammar.find(Arrays.asList(words)), analysis, r[0]));
    }
    finder.clearAdaptiveData();
    names = acronyms.apply(names, tokens);
    names = withOutlets(names, tokens);
    names = withEpithets(names, tokens);
    names = withContextPersons(names, tokens, dateMentions);

    Set<String> articleWords = new HashSet<>();
    for (Token t : tokens) articleWords.add(t.word().nameKey());
    List<NameCandidate> kept = new ArrayList<>();
    for (NameCandidate c : names) {
      NameCandidate trimmed = trimPunctuation(c, tokens);
      int firstBefore = trimmed == null ? -1 : trimmed.first();
      if (trimmed != null) trimmed = trimPersonTail(trimmed, tokens);
      // a name that lost leading words starts inside the model's name: its first letters are no proclitics
      boolean headCut = trimmed != null && trimmed.first() != firstBefore;
      if (trimmed != null) trimmed = sponsors.retype(trimmed, tokens);
      if (trimmed == null || overlapsAny(trimmed, tokens, dateMentions)) continue;
      if (trimmed.entry() == null && never.rejects(words(tokens, trimmed))) continue;
      // a generated place list (CLDR) is not curated against the language: its ماهي is the question word
      if (trimmed.entry() != null && !Gazetteer.isCurated(trimmed.entry().id())
          && never.isListed(words(tokens, trimmed))) continue;
      if (NeverEntityFilter.accusative(words(tokens, trimmed))) continue;
      // a lone ordinary word ("دول", "بوابة") tagged by the model is noise, not a name
      if (trimmed.entry() == null && !trimmed.grammar() && trimmed.first() == trimmed.last()
          && patterns.isCommonWord(tokens.get(trimmed.first()).word())) continue;
      // nor is a lone plural of one (باحثون, مسابقات)
      if (trimmed.entry() == null && !trimmed.grammar() && trimmed.first() == trimmed.last()
          && patterns.isPluralOfOrdinaryWord(tokens.get(trimmed.first()).word())
          && !gazetteer.isNameToken(tokens.get(trimmed.first()).word().nameKey())) continue;
      boolean curated = trimmed.entry() != null || trimmed.grammar();
      kept.add(withKey(curated || headCut ? trimmed : stripClitics(trimmed, tokens, articleWords), tokens));
    }
    List<Mention> out = new ShortFormLinker(tokens, patterns::isCommonWord).link(body, kept, acronymsAfter(kept, tokens));
    out.addAll(dateMentions);
    out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    return out;
  }

  /**
   * Sentences longer than {@link #MAX_SENTENCE_TOKENS} (a list of 100,000 numbers, a page without punctuation) are
   * cut into pieces of that size: OpenNLP's sequence decoding fails on them (an NPE in NameFinderME) and news
   * sentences are far shorter.
   */
  static List<int[]> capped(List<int[]> sentences) {
    List<int[]> out = new ArrayList<>(sentences.size());
    for (int[] r : sentences) {
      for (int from = r[0]; from < r[1]; from += MAX_SENTENCE_TOKENS) {
        out.add(new int[] {from, Math.min(r[1], from + MAX_SENTENCE_TOKENS)});
      }
    }
    return out;
  }

  /**
   * Adds the news outlets cited as a source ({@link OutletNames}: "الاقتصادية", سبق - الرياض:); each replaces the names
   * it overlaps (the region الشرق الأوسط of a gazetteer, the model's LOC المدينة).
   */
  private List<NameCandidate> withOutlets(List<NameCandidate> names, List<Token> tokens) {
    List<NameCandidate> found = outlets.find(tokens);
    if (found.isEmpty()) return names;
    List<NameCandidate> out = new ArrayList<>(names);
    for (NameCandidate o : found) out.removeIf(o::overlaps);
    out.addAll(found);
    out.sort(Comparator.comparingInt(NameCandidate::first));
    return out;
  }

  /**
   * Adds the epithets that name a place alone ({@link EpithetNames}: المملكة) where no other name covers them (or
   * in place of a model name of the same span and type), each
   * with its place's gazetteer entry, or the entry of the state the article names with the epithet's head (مملكة
   * البحرين).
   */
  private List<NameCandidate> withEpithets(List<NameCandidate> names, List<Token> tokens) {
    List<EpithetNames.Found> found = epithets.find(tokens);
    if (found.isEmpty()) return names;
    List<NameCandidate> out = new ArrayList<>(names);
    for (EpithetNames.Found f : found) {
      NameCandidate e = f.candidate();
      // a model name of just the epithet (والمملكة) becomes it too, so that it links to its place
      List<NameCandidate> over = names.stream().filter(e::overlaps).toList();
      boolean same = over.size() == 1 && over.get(0).entry() == null && !over.get(0).grammar()
          && over.get(0).first() == e.first() && over.get(0).last() == e.last() && over.get(0).type().equals(e.type());
      if (!over.isEmpty() && !same) continue;
      GazetteerEntry entry = stateNamed(names, tokens, f.epithet().stateHead());
      if (entry == null) entry = gazetteer.entry(f.epithet().id());
      if (same) out.remove(over.get(0));
      out.add(new NameCandidate(e.first(), e.last(), e.cliticLength(), e.type(), entry, null, true));
    }
    out.sort(Comparator.comparingInt(NameCandidate::first));
    return out;
  }

  /** The entry of the article's first listed place named HEAD + name (مملكة البحرين), or null. */
  private static GazetteerEntry stateNamed(List<NameCandidate> names, List<Token> tokens, String head) {
    if (head == null) return null;
    for (NameCandidate c : names) {
      if (c.entry() == null || c.length() < 2 || !c.entry().type().equals("LOCATION")) continue;
      for (Reading r : tokens.get(c.first()).readings(CliticSet.NAME)) if (r.form().equals(head)) return c.entry();
    }
    return null;
  }

  /**
   * Adds the persons found by {@link PersonPatterns}; such a person replaces model names of the same person inside
   * it (a partial "ادريس" of "مولاي ادريس اكلمام") and yields to any other name it overlaps.
   */
  private List<NameCandidate> withContextPersons(List<NameCandidate> names, List<Token> tokens, List<Mention> dates) {
    boolean[] covered = new boolean[tokens.size()];
    for (NameCandidate c : names) {
      if (c.entry() == null && c.type().equals("PERSON")) continue;
      for (int i = c.first(); i <= c.last(); i++) covered[i] = true;
    }
    for (Mention d : dates) {
      for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).start() < d.end() && d.start() < tokens.get(i).end()) covered[i] = true;
    }
    List<NameCandidate> out = new ArrayList<>(names);
    for (int[] run : patterns.find(tokens, covered)) {
      NameCandidate p = new NameCandidate(run[0], run[1], 0, "PERSON", null, null);
      if (out.stream().anyMatch(c -> c.overlaps(p) && !p.contains(c))) continue;
      out.removeIf(p::contains);
      out.add(p);
    }
    out.sort(Comparator.comparingInt(NameCandidate::first));
    return out;
  }

  /** Model names lose leading and trailing punctuation tokens; a name left without letters is dropped. */
  private static NameCandidate trimPunctuation(NameCandidate c, List<Token> tokens) {
    int first = c.first();
    int last = c.last();
    while (first <= last && !hasLetter(tokens.get(first).text())) first++;
    while (last >= first && !hasLetter(tokens.get(last).text())) last--;
    if (first > last) return null;
    return first == c.first() && last == c.last() ? c
        : new NameCandidate(first, last, first == c.first() ? c.cliticLength() : 0, c.type(), c.entry(), c.lookupKey(),
            c.grammar());
  }

  /**
   * A person name found by the model loses trailing words that no name ends with ({@link
   * PersonPatterns#isNeverLastWord}: "سلمان بن عبدالعزيز ولولي", "محمد بن سلمان بالإيعاز"), which the model runs on
   * into, so that one person is not split over spellings with invented family names, and possessed ordinary nouns
   * ({@link PersonPatterns#isPossessedNoun}: "إبراهيم الربيش استقالته"); null when the name starts with one.
   */
  private NameCandidate trimPersonTail(NameCandidate c, List<Token> tokens) {
    if (c.entry() != null || c.grammar() || !c.type().equals("PERSON")) return c;
    c = trimPersonHead(c, tokens);
    if (c == null) return null;
    int last = c.last();
    // a possessed ordinary noun (استقالته, نيته) is never part of a name: a name that starts with one is none
    if (patterns.isPossessedNoun(tokens.get(c.first()).word())) return null;
    while (last > c.first() && (patterns.isNeverLastWord(tokens.get(last).word())
        || patterns.isPossessedNoun(tokens.get(last).word()))) last--;
    return last == c.last() ? c : new NameCandidate(c.first(), last, c.cliticLength(), c.type(), null, c.lookupKey());
  }

  /**
   * A model person name loses leading definite titles and roles ({@code person-leading-words.txt}: البروفسور,
   * الكولونيل, القدير) and relative adjectives of listed places (البولندي, الإريتري: Nisba), as long as a word is left
   * and that word is no name particle (المختار بن نصر keeps its first name).
   */
  private NameCandidate trimPersonHead(NameCandidate c, List<Token> tokens) {
    int first = c.first();
    while (first < c.last() && !PARTICLES.contains(tokens.get(first + 1).word().nameKey())
        && isLeadingWord(tokens.get(first).word(), first > c.first())) {
      first++;
    }
    if (first == c.first()) return c;
    // a run of such words only (التونسية الليبية) is no name
    if (first == c.last() && isLeadingWord(tokens.get(first).word(), true)) return null;
    // the word left was inside the name: the caller reads no proclitics off it (لبنى, ويلينغام)
    return new NameCandidate(first, c.last(), 0, c.type(), null, c.lookupKey());
  }

  /** {@code afterOne}: a leading word was cut before it, so an indefinite listed rank may follow (اللفتنانت جنرال). */
  private boolean isLeadingWord(ArabicWord w, boolean afterOne) {
    if (afterOne && LEADING_WORDS.contains("ال" + w.nameKey())) return true;
    for (Reading r : w.readings(CliticSet.NAME)) {
      if (!DefiniteArticle.starts(r.form())) continue;
      if (LEADING_WORDS.contains(r.form())) return true;
      for (String base : io.rasd.core.arabic.Nisba.possibleBases(r.form())) {
        if (gazetteer.isOneWordPlace(base) || gazetteer.isOneWordPlace("ال" + base)) return true;
      }
    }
    return false;
  }

  private static final Set<String> LEADING_WORDS = WordList.load("/entities/person-leading-words.txt");
  private static final Set<String> PARTICLES = WordList.load("/entities/name-particles.txt");

  private static List<String> words(List<Token> tokens, NameCandidate c) {
    List<String> out = new ArrayList<>(c.length());
    for (int i = c.first(); i <= c.last(); i++) out.add(tokens.get(i).text());
    return out;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
    return false;
  }

  private static boolean overlapsAny(NameCandidate c, List<Token> tokens, List<Mention> mentions) {
    int start = tokens.get(c.first()).start();
    int end = tokens.get(c.last()).end();
    for (Mention m : mentions) if (start < m.end() && m.start() < end) return true;
    return false;
  }

  /**
   * The model tags whole tokens (ANERcorp keeps clitics on names), so a name found by the model loses a proclitic
   * when the rest is a known name word, occurs on its own in the article, or starts with the article ال; a leading
   * و is cut unless the name is known to begin with it ({@code waw-names.txt}).
   */
  private NameCandidate stripClitics(NameCandidate c, List<Token> tokens, Set<String> articleWords) {
    ArabicWord word = tokens.get(c.first()).word();
    String token = word.surface();
    if (!word.hasArabic()) return c;
    List<Reading> readings = word.readings(CliticSet.NAME);
    if (gazetteer.isNameToken(readings.get(0).form())) return c;
    for (int k = readings.size() - 1; k >= 1; k--) {
      Reading r = readings.get(k);
      if (DefiniteArticle.startsAt(token, r.offset()) || gazetteer.isNameToken(r.form()) || articleWords.contains(r.form())) {
        return new NameCandidate(c.first(), c.last(), r.offset(), c.type(), c.entry(), c.lookupKey());
      }
    }
    // ل or ب before a hamza on alef is a preposition: no name starts لأ, لإ, بأ, بإ (لأحمد أمين, بإبراهيم)
    if (readings.size() > 1 && readings.get(1).offset() == 1 && readings.get(1).form().length() >= 3
        && (token.charAt(0) == 'ل' || token.charAt(0) == 'ب') && ArabicChars.isHamzaAlef(token.charAt(1))) {
      return new NameCandidate(c.first(), c.last(), 1, c.type(), c.entry(), c.lookupKey());
    }
    // "and" is by far the likeliest reading of a leading و, unless the name is known to start with it
    boolean conjunction = token.charAt(0) == 'و' && readings.size() > 1 && readings.get(1).form().length() >= 3;
    if (conjunction && !WAW_NAMES.contains(readings.get(0).form())) {
      return new NameCandidate(c.first(), c.last(), 1, c.type(), c.entry(), c.lookupKey());
    }
    return c;
  }

  /**
   * Sets the lookup key: name-level words of the name, the first read through its stripped proclitics, compound
   * spellings unified ({@link CompoundNames}).
   */
  public static NameCandidate withKey(NameCandidate c, List<Token> tokens) {
    List<String> written = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Token first = tokens.get(c.first());
    String firstKey = null;
    for (Reading r : first.readings(CliticSet.NAME)) if (r.offset() == c.cliticLength()) firstKey = r.form();
    if (firstKey == null) firstKey = Folding.NAME.apply(first.text().substring(c.cliticLength()));
    written.add(Folding.DISPLAY.apply(first.text().substring(c.cliticLength())));
    keys.add(firstKey);
    for (int i = c.first() + 1; i <= c.last(); i++) {
      written.add(tokens.get(i).word().displayKey());
      keys.add(tokens.get(i).word().nameKey());
    }
    return new NameCandidate(c.first(), c.last(), c.cliticLength(), c.type(), c.entry(),
        CompoundNames.key(written, keys), c.grammar());
  }

  /** Latin acronyms right after a name in parentheses ("شراكة … (TSCTP)"): the acronym index → the name's index. */
  private static Map<Integer, Integer> acronymsAfter(List<NameCandidate> names, List<Token> tokens) {
    Map<Integer, Integer> out = new HashMap<>();
    Set<Integer> covered = new HashSet<>();
    for (NameCandidate c : names) for (int i = c.first(); i <= c.last(); i++) covered.add(i);
    for (int n = 0; n < names.size(); n++) {
      int open = names.get(n).last() + 1;
      int acronym = open + 1;
      if (acronym + 1 >= tokens.size() || !tokens.get(open).text().equals("(")) continue;
      if (covered.contains(acronym) || !tokens.get(acronym + 1).text().equals(")")) continue;
      if (WordShape.of(tokens.get(acronym).text()).equals("LATIN-CAPS")) out.put(acronym, n);
    }
    return out;
  }
}
