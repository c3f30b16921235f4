package io.rasd.core.claims;

import io.rasd.core.PrefixTable;
import io.rasd.core.ResourceLines;
import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.CliticSet;
import io.rasd.core.arabic.Folding;
import io.rasd.core.arabic.Phrase;
import io.rasd.core.arabic.Reading;
import io.rasd.core.arabic.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every word list of the claim extractor, loaded once from resources/claims. Immutable after load. */
final class ClaimLexicon {
  /**
   * A trigger word's reading: the metric ({@link #NO_METRIC} for a governed count that records nothing), the
   * counted-noun classes it accepts, whether it can be a verb, whether its subject is the counted person, whether its
   * claim needs a context cue, and whether it counts only a person phrase right after it ({@code next}: فقد 3
   * صيادين, not فقد الرجل ثلاثة من أبنائه), and whether it counts a sentence only with على or a punishment word
   * ({@code sentence}: حكم, حكمت are also "rule").
   */
  record Trigger(String metric, Set<String> classes, boolean verb, boolean subject, boolean cue, boolean next,
      boolean sentence) {
    boolean records() {
      return !metric.equals(NO_METRIC);
    }
  }

  /** The metric of a trigger that governs a count without recording it (نجا: survivors). */
  static final String NO_METRIC = "-";

  /**
   * A trigger whose object is an attached pronoun, glued (اعتقلته, توقيفها) or on a preposition after it (القبض
   * عليه): the trigger's readings, the pronoun, and the last token of the phrase (the preposition's, or the trigger).
   */
  record PronounObject(List<Trigger> readings, ArabicWord.AttachedPronoun pronoun, int lastToken, boolean glued,
      String form) {
    /** A verb in the imperfect (يعتقله, تقتلها, يقبض عليه): a state, an intent or a plan, not a reported event. */
    boolean imperfect() {
      return readings.stream().allMatch(Trigger::verb) && !form.isEmpty() && "يتن".indexOf(form.charAt(0)) >= 0;
    }

    /** A masdar reading (توقيفه, إصابته): it must follow a frame of pronoun_object_words.tsv. */
    boolean masdar() {
      return readings.stream().anyMatch(t -> !t.verb());
    }
  }

  /** A noun found in the text: the form plus its token span and whether it carried the article. */
  record NounHit(CountedNoun noun, int firstToken, int lastToken, boolean definite) {}

  private final Map<String, List<Trigger>> exactTriggers = new HashMap<>();
  private final PrefixTable<List<Trigger>> prefixTriggers = new PrefixTable<>();
  /** two-word triggers (القضاء على): first word -> second word -> readings */
  private final Map<String, Map<String, List<Trigger>>> pairTriggers = new HashMap<>();
  private final Set<String> terrorWords = new HashSet<>();
  /** words that look like a trigger but are not one (بالضبط = exactly) */
  private final Set<String> notTriggers = new HashSet<>();
  private final Map<String, List<CountedNoun>> nouns = new HashMap<>();
  final List<Phrase> qualifiersBefore = new ArrayList<>();
  final List<Phrase> qualifiersAfter = new ArrayList<>();
  final List<Phrase> periodPhrases = new ArrayList<>();
  /** First words of {@link #periodPhrases}, built once they are all loaded. */
  private volatile Phrase.FirstWords periodFirstWords; // volatile: workers share the lexicon
  /** non_claim_context.tsv: role -> its folded forms (looked up by role, so no key is built per token) */
  final Map<String, Set<String>> nonClaimRoles = new HashMap<>();
  final Set<String> triggerBarriers = new HashSet<>();
  private final Set<String> demonstratives = new HashSet<>();
  /** relative pronouns and the number of people they stand for (الذي 1, اللذين 2) */
  private final Map<String, Integer> relatives = new HashMap<>();
  private final Set<String> feminineRelatives = new HashSet<>();
  /** objects of لقي that carry the victim as a pronoun (مصرعه, حتفهما) */
  private final Set<String> deathObjects = new HashSet<>();
  /** words that stand for one of a set after a trigger (أحد, إحدى) */
  private final Set<String> oneOf = new HashSet<>();
  /** folded lemmas of the nouns people_trained may count (trainee_nouns.txt) */
  private final Set<String> trainees = new HashSet<>();
  /** noun classes whose untriggered quantities become metric "other" (other_classes.txt) */
  final Set<String> otherClasses = new HashSet<>();
  /** words between a trigger and the first name of a list it counts (list_links.txt) */
  final Set<String> listLinks = new HashSet<>();
  /** named_victim_words.tsv: metrics a single named person counts 1 for, and the words between verb and name */
  final Set<String> namedVictimMetrics = new HashSet<>();
  final Set<String> namedVictimFillers = new HashSet<>();
  /** named_victim_words.tsv NOT_SINGLE: trigger verbs whose next name is no victim (يؤدي دورا, أطاح بمبارك) */
  final Set<String> notSingleVerbs = new HashSet<>();
  /** following_words.txt: "the following" before a list of names or handles (أصحاب المعرفات التالية: ...) */
  final Set<String> followingWords = new HashSet<>();
  /** fractions of a measure (fractions.tsv): نصف 0.5 */
  private final Map<String, Double> fractions = new HashMap<>();
  /** words that end an actor's or source's noun phrase */
  final Set<String> nounPhraseStops = new HashSet<>();
  final Set<String> sourceVerbs = new HashSet<>();
  final PrefixTable<Boolean> sourceVerbPrefixes = new PrefixTable<>();
  final Set<String> sourcePreps = new HashSet<>();
  final Set<String> sourceHeads = new HashSet<>();
  final Set<String> actorHeads = new HashSet<>();
  final Set<String> genericActorHeads = new HashSet<>();
  final Set<String> locationHeads = new HashSet<>();
  /** agent_words.tsv: verbs whose subject is the agent (prefixes), markers before an agent, targets, ... */
  final PrefixTable<Boolean> agentVerbPrefixes = new PrefixTable<>();
  final Set<String> agentVerbs = new HashSet<>();
  final List<String[]> agentMarkers = new ArrayList<>();
  final PrefixTable<Boolean> targetPrefixes = new PrefixTable<>();
  final Set<String> targets = new HashSet<>();
  final Set<String> subordinators = new HashSet<>();
  /** agent_words.tsv LIGHT_VERB: a verb that carries a trigger masdar as its own act (ألقت القبض, قامت بتفكيك) */
  final Set<String> lightVerbs = new HashSet<>();
  final PrefixTable<Boolean> lightVerbPrefixes = new PrefixTable<>();
  /** agent_words.tsv EVENT_NOUN: an attack or its instrument, named by a relative verb after it (بكمين نصبته X) */
  final Set<String> eventNouns = new HashSet<>();
  /** agent_words.tsv SUBORDINATE_VERB: the agent's verb only behind a SUBORDINATOR (حين فتح مسلحون النار) */
  final Set<String> subordinateVerbs = new HashSet<>();
  final PrefixTable<Boolean> subordinateVerbPrefixes = new PrefixTable<>();
  /** agent_words.tsv FORCE_NOUN: members of a security force as the counted victims (جنود, شرطي) */
  final Set<String> forceNouns = new HashSet<>();
  /** agent_words.tsv EFFORT: a body's effort, with its pronoun, before the masdar of its act (جهودها في إحباط) */
  final Set<String> effortWords = new HashSet<>();
  /** agent_words.tsv VICTIM_OF: victims of an attack whose genitive names the agent (ضحايا هجمات X) */
  final Set<String> victimWords = new HashSet<>();
  /** agent_words.tsv RAID: an air raid; with no agent of its own, the paragraph's launcher of raids (غارات شنها X) */
  final Set<String> raidNouns = new HashSet<>();
  final Set<String> securityWords = new HashSet<>();
  /** agent_words.tsv OPPONENT / OPPONENT_LINK: a fight against the agent (المواجهة مع, تصديه لـ) */
  final Set<String> opponentWords = new HashSet<>();
  final Set<String> opponentLinks = new HashSet<>();
  /** agent_words.tsv RESULT: opens the result clause of an event (مما أسفر عن) */
  final Set<String> resultConnectors = new HashSet<>();
  /** agent_words.tsv AUTHORITY_METRIC: metrics whose agent is the authority that announces them (arrests, seized) */
  final Set<String> authorityMetrics = new HashSet<>();
  /** agent_words.tsv CAUSE / HEDGE: a death's cause (متأثرا, جراء) and words before a suspected agent (يشتبه أنهم) */
  final Set<String> causeWords = new HashSet<>();
  final Set<String> hedgeWords = new HashSet<>();
  /** discourse_words.tsv: event nouns that refer back (الهجوم, المواجهة) and phrases that change the matter */
  final Set<String> eventAnaphors = new HashSet<>();
  final List<Phrase> topicShifts = new ArrayList<>();
  /** object_prepositions.txt: prepositions that carry a trigger's object as a pronoun (القبض عليه) */
  private final Set<String> objectPrepositions = new HashSet<>();
  /** pronoun_object_words.tsv FRAME: what a masdar with a glued pronoun must follow to report an event (تمكنت من) */
  final List<Phrase> masdarFrames = new ArrayList<>();
  /** pronoun_object_words.tsv SENSE: trigger prefix + next word giving another sense (أوقف + عن: suspended) */
  final List<String[]> otherSenses = new ArrayList<>();
  /** The SENSE lines of one word alone: a trigger form with any pronoun object has another sense (أطاح). */
  private final PrefixTable<Boolean> pronounSenses = new PrefixTable<>();

  static ClaimLexicon load() {
    ClaimLexicon l = new ClaimLexicon();
    for (String[] f : ResourceLines.readTsv("claims/taxonomy.tsv", 5)) {
      if (f[0].startsWith("!")) {
        String no = Folding.MATCH.apply(f[0].substring(1));
        l.notTriggers.add(no);
        // a ة noun's dual construct before a pronoun too: بقبضتيه is قبضتي + ه (his two fists)
        if (f[0].endsWith("ة")) l.notTriggers.add(no.substring(0, no.length() - 1) + "تي");
        continue;
      }
      Trigger t = new Trigger(f[1], Set.of(f[2].split(",")), !f[3].equals("N"), f[3].equals("S"), f[4].equals("cue"),
          f[4].equals("next"), f[4].equals("sentence"));
      if (f[0].contains(" ")) {
        String[] w = Folding.MATCH.apply(f[0]).split(" ");
        l.pairTriggers.computeIfAbsent(ArabicWord.withoutArticle(w[0]), k -> new HashMap<>())
            .computeIfAbsent(w[1], k -> new ArrayList<>()).add(t);
        continue;
      }
      boolean prefix = f[0].endsWith("*");
      String form = Folding.MATCH.apply(prefix ? f[0].substring(0, f[0].length() - 1) : f[0]);
      if (prefix) l.prefixTriggers.computeIfAbsent(form, k -> new ArrayList<>()).add(t);
      else l.exactTriggers.computeIfAbsent(form, k -> new ArrayList<>()).add(t);
    }
    for (String[] f : ResourceLines.readTsv("claims/counted_nouns.tsv", 4)) l.addNoun(f);
    for (String w : ResourceLines.read("claims/sentence_cues.txt")) l.sentenceCues.add(Folding.MATCH.apply(w.strip()));
    for (String w : ResourceLines.read("claims/terror_words.txt")) l.terrorWords.add(Folding.MATCH.apply(w.strip()));
    for (String[] f : ResourceLines.readTsv("claims/qualifiers.tsv", 3)) {
      for (String text : gluedVariants(f[0])) {
        (f[2].equals("after") ? l.qualifiersAfter : l.qualifiersBefore).add(phrase(text, f[1]));
      }
    }
    for (String[] f : ResourceLines.readTsv("claims/period_words.tsv", 2)) l.periodPhrases.add(phrase(f[0], f[1]));
    for (String[] f : ResourceLines.readTsv("claims/non_claim_context.tsv", 2)) {
      l.nonClaimRoles.computeIfAbsent(f[1], k -> new HashSet<>()).add(Folding.MATCH.apply(f[0]));
    }
    for (String w : ResourceLines.read("claims/noun_phrase_stops.txt")) l.nounPhraseStops.add(Folding.MATCH.apply(w));
    for (String[] f : ResourceLines.readTsv("claims/person_pointers.tsv", 3)) {
      String w = Folding.MATCH.apply(f[0]);
      if (f[1].equals("one_of")) {
        l.oneOf.add(w);
        continue;
      }
      l.relatives.put(w, Integer.valueOf(f[1]));
      if (f[2].equals("f")) l.feminineRelatives.add(w);
    }
    for (String w : ResourceLines.read("claims/death_objects.txt")) l.deathObjects.add(Folding.MATCH.apply(w));
    for (String w : ResourceLines.read("claims/trainee_nouns.txt")) l.trainees.add(Folding.MATCH.apply(w));
    l.otherClasses.addAll(ResourceLines.read("claims/other_classes.txt"));
    for (String w : ResourceLines.read("claims/list_links.txt")) l.listLinks.add(Folding.MATCH.apply(w));
    for (String w : ResourceLines.read("claims/following_words.txt")) {
      l.followingWords.add(ArabicWord.withoutArticle(Folding.MATCH.apply(w)));
    }
    for (String[] f : ResourceLines.readTsv("claims/named_victim_words.tsv", 2)) {
      switch (f[1]) {
        case "METRIC" -> l.namedVictimMetrics.add(f[0]);
        case "FILLER" -> l.namedVictimFillers.add(Folding.MATCH.apply(f[0]));
        case "NOT_SINGLE" -> l.notSingleVerbs.add(Folding.MATCH.apply(f[0]));
        default -> throw new IllegalStateException("unknown named-victim role " + f[1]);
      }
    }
    for (String[] f : ResourceLines.readTsv("claims/fractions.tsv", 2)) {
      l.fractions.put(Folding.MATCH.apply(f[0]), Double.valueOf(f[1]));
    }
    for (String w : ResourceLines.read("claims/demonstratives.txt")) l.demonstratives.add(Folding.MATCH.apply(w.strip()));
    for (String w : ResourceLines.read("claims/trigger_barriers.tsv")) {
      l.triggerBarriers.add(Folding.MATCH.apply(w.strip()));
    }
    for (String[] f : ResourceLines.readTsv("claims/attribution_words.tsv", 2)) {
      boolean prefix = f[0].endsWith("*");
      String form = Folding.MATCH.apply(prefix ? f[0].substring(0, f[0].length() - 1) : f[0]);
      switch (f[1]) {
        case "SOURCE_VERB" -> addForm(l.sourceVerbs, l.sourceVerbPrefixes, form, prefix);
        case "SOURCE_PREP" -> l.sourcePreps.add(form);
        case "SOURCE_HEAD" -> l.sourceHeads.add(ArabicWord.withoutArticle(form));
        case "ACTOR_HEAD" -> l.actorHeads.add(ArabicWord.withoutArticle(form));
        case "GENERIC_ACTOR_HEAD" -> {
          l.actorHeads.add(ArabicWord.withoutArticle(form));
          l.genericActorHeads.add(ArabicWord.withoutArticle(form));
        }
        case "LOCATION_HEAD" -> l.locationHeads.add(form);
        default -> throw new IllegalStateException("unknown attribution role " + f[1]);
      }
    }
    for (String[] f : ResourceLines.readTsv("claims/agent_words.tsv", 2)) {
      boolean prefix = f[0].endsWith("*");
      String form = Folding.MATCH.apply(prefix ? f[0].substring(0, f[0].length() - 1) : f[0]);
      switch (f[1]) {
        case "AGENT_VERB" -> addForm(l.agentVerbs, l.agentVerbPrefixes, form, prefix);
        case "AGENT_MARKER" -> l.agentMarkers.add(form.split(" "));
        case "TARGET" -> addForm(l.targets, l.targetPrefixes, form, prefix);
        case "SUBORDINATOR" -> l.subordinators.add(form);
        case "LIGHT_VERB" -> addForm(l.lightVerbs, l.lightVerbPrefixes, form, prefix);
        case "EVENT_NOUN" -> l.eventNouns.add(ArabicWord.withoutArticle(form));
        case "SUBORDINATE_VERB" -> addForm(l.subordinateVerbs, l.subordinateVerbPrefixes, form, prefix);
        case "FORCE_NOUN" -> l.forceNouns.add(ArabicWord.withoutArticle(form));
        case "EFFORT" -> l.effortWords.add(ArabicWord.withoutArticle(form));
        case "VICTIM_OF" -> l.victimWords.add(ArabicWord.withoutArticle(form));
        case "RAID" -> l.raidNouns.add(ArabicWord.withoutArticle(form));
        case "SECURITY_WORD" -> l.securityWords.add(ArabicWord.withoutArticle(form));
        case "OPPONENT" -> l.opponentWords.add(ArabicWord.withoutArticle(form));
        case "OPPONENT_LINK" -> l.opponentLinks.add(form);
        case "RESULT" -> l.resultConnectors.add(form);
        case "AUTHORITY_METRIC" -> l.authorityMetrics.add(f[0]);
        case "CAUSE" -> l.causeWords.add(form);
        case "HEDGE" -> l.hedgeWords.add(form);
        default -> throw new IllegalStateException("unknown agent role " + f[1]);
      }
    }
    for (String[] f : ResourceLines.readTsv("claims/discourse_words.tsv", 2)) {
      switch (f[1]) {
        case "EVENT_ANAPHOR" -> l.eventAnaphors.add(ArabicWord.withoutArticle(Folding.MATCH.apply(f[0])));
        case "TOPIC_SHIFT" -> l.topicShifts.add(Phrase.of(f[0], ""));
        default -> throw new IllegalStateException("unknown discourse role " + f[1]);
      }
    }
    for (String w : ResourceLines.read("claims/object_prepositions.txt")) {
      l.objectPrepositions.add(Folding.MATCH.apply(w.strip()));
    }
    for (String[] f : ResourceLines.readTsv("claims/pronoun_object_words.tsv", 2)) {
      switch (f[1]) {
        case "FRAME" -> l.masdarFrames.add(Phrase.of(f[0], ""));
        case "SENSE" -> {
          String[] w = Folding.MATCH.apply(f[0]).split(" ");
          l.otherSenses.add(w);
          if (w.length == 1) l.pronounSenses.add(w[0]);
        }
        default -> throw new IllegalStateException("unknown pronoun-object role " + f[1]);
      }
    }
    for (List<Phrase> ps : List.of(l.qualifiersBefore, l.qualifiersAfter, l.periodPhrases, l.masdarFrames)) {
      ps.sort((a, b) -> b.length() - a.length());
    }
    return l;
  }

  /** Particles news text often glues to the next word (مالايقل عن = ما لا يقل عن). */
  private static final Set<String> GLUED_PARTICLES = Set.of("ما", "لا");

  /**
   * A phrase and its spellings with a leading particle glued to the word after it: ما لا يقل عن, مالا يقل عن,
   * ما لايقل عن, مالايقل عن.
   */
  static List<String> gluedVariants(String text) {
    String[] w = text.strip().split(" +");
    List<String> out = new ArrayList<>();
    out.add(String.join(" ", w));
    // each of the first particles may be glued to what follows it (bitmask over the gaps after them)
    int particles = 0;
    while (particles < w.length - 1 && GLUED_PARTICLES.contains(w[particles])) particles++;
    for (int mask = 1; mask < (1 << particles); mask++) {
      StringBuilder b = new StringBuilder(w[0]);
      for (int k = 1; k < w.length; k++) {
        if (k - 1 < particles && (mask & (1 << (k - 1))) != 0) b.append(w[k]);
        else b.append(' ').append(w[k]);
      }
      out.add(b.toString());
    }
    return out;
  }

  /** Whether the noun is آخر / آخرين (others): they join people named before them. */
  boolean isOthers(CountedNoun n) {
    return n.lemma().equals(OTHERS_LEMMA);
  }

  /** The lemma of "others" in counted_nouns.tsv. */
  private static final String OTHERS_LEMMA = "آخر";

  /** Whether people_trained may count this noun (a force, a militant, a religious guide). */
  boolean isTrainee(CountedNoun n) {
    return trainees.contains(Folding.MATCH.apply(n.lemma()));
  }

  /** The value of a fraction word (نصف, ونصف), else null. */
  Double fraction(Token t) {
    if (!t.isWord()) return null;
    for (Reading v : t.readings(CliticSet.LEXICON)) {
      Double f = fractions.get(v.form());
      if (f != null && !v.definite()) return f;
    }
    return null;
  }

  private static Phrase phrase(String text, String value) {
    return Phrase.of(text, value);
  }

  private void addNoun(String[] f) {
    String[] words = Folding.MATCH.apply(f[0]).split(" ");
    String self = null;
    boolean sound = false;
    boolean unit = false;
    boolean homograph = false;
    for (String flag : f[3].split(",")) {
      if (flag.equals("homograph")) homograph = true;
      else if (flag.equals("sound")) sound = true;
      else if (flag.equals("unit")) unit = true;
      else if (flag.startsWith("self:")) self = flag.substring(5);
    }
    String second = words.length > 1 ? words[1] : null;
    if (Set.of(f[3].split(",")).contains("terror_only")) f[2] = f[2] + "?";
    CountedNoun sg =
        new CountedNoun(f[0], f[2], CountedNoun.Number.SINGULAR, self, unit, words.length, second, homograph);
    putNoun(words[0], sg);
    Set<String> plurals = new HashSet<>();
    for (String p : f[1].split(",")) {
      if (p.isBlank()) continue;
      String[] pw = Folding.MATCH.apply(p).split(" ");
      plurals.add(pw[0]);
      putNoun(pw[0], sg.as(CountedNoun.Number.PLURAL));
    }
    // a sound plural before its genitive drops its ن (ثلاثة من مسلحي التنظيم, مواطنو الدولة); not a noun that names
    // its metric alone: 19 من مصابي الحادث, 7 من معتقلي الجبهة are part of a known set told something else of
    if (sound && self == null) {
      for (String p : List.copyOf(plurals)) {
        String construct = ArabicWord.soundPluralConstruct(p);
        if (construct != null && !plurals.contains(construct) && !nouns.containsKey(construct)) {
          putNoun(construct, sg.as(CountedNoun.Number.PLURAL));
        }
      }
    }
    for (String d : duals(words[0], sound)) {
      if (!plurals.contains(d)) putNoun(d, sg.as(CountedNoun.Number.DUAL));
    }
  }

  /** Dual forms derived from a folded singular: -ان/-ين (-تان/-تين after taa marbuta); -ين skipped for sound plurals. */
  private static List<String> duals(String s, boolean sound) {
    List<String> out = new ArrayList<>();
    String base = s.endsWith("ه") ? s.substring(0, s.length() - 1) + "ت" : s;
    out.add(base + "ان");
    if (!sound) out.add(base + "ين");
    if (s.endsWith("ه")) {
      out.add(base + "ا");
      out.add(base + "ي");
    }
    return out;
  }

  private void putNoun(String form, CountedNoun n) {
    nouns.computeIfAbsent(form, k -> new ArrayList<>()).add(n);
  }

  /**
   * Readings of token i as a trigger (after proclitic / article stripping), empty if none. A counted noun (القتلى,
   * الجرحى) is not a trigger even when it shares a trigger's stem: its metric comes from the noun itself.
   */
  List<Trigger> triggers(List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size()) return triggers(tokens, i, null);
    return memoized(memo(tokens).triggers, i, k -> triggers(tokens, k, null));
  }

  /**
   * The answers of {@link #noun}, {@link #triggers} and {@link #pronounObject} for one article's tokens: the rules ask
   * the same token many times (JFR on ClaimExtractorBenchmark: 40% of the extractor under these three). Kept per
   * thread, keyed by the identity of the token list, replaced when another article's list comes.
   */
  private static final class Memo {
    private List<Token> tokens;
    private Object[] nouns;
    private Object[] pronouns;
    private Object[] triggers;

    void on(List<Token> t) {
      if (tokens == t) return;
      tokens = t;
      nouns = new Object[t.size()];
      pronouns = new Object[t.size()];
      triggers = new Object[t.size()];
    }
  }

  /** What a memo slot holds for a null answer. */
  private static final Object NONE = new Object();
  private final ThreadLocal<Memo> memos = ThreadLocal.withInitial(Memo::new);

  /** The answer in slot i, computed on the first ask; a null answer is kept as {@link #NONE}. */
  @SuppressWarnings("unchecked")
  private static <T> T memoized(Object[] slots, int i, java.util.function.IntFunction<T> compute) {
    Object o = slots[i];
    if (o == null) {
      T v = compute.apply(i);
      slots[i] = v == null ? NONE : v;
      return v;
    }
    return o == NONE ? null : (T) o;
  }

  private Memo memo(List<Token> tokens) {
    Memo m = memos.get();
    m.on(tokens);
    return m;
  }

  /**
   * {@link #triggers} read as a verb: not through ب or ك, which never attach to a verb, nor through ل unless an
   * imperfect follows it (ليقتل: purpose), so لقتل, بقتل, كقتل are the masdar.
   */
  List<Trigger> verbTriggers(List<Token> tokens, int i) {
    return triggers(tokens, i, tokens.get(i).text());
  }

  private static boolean nominalProclitic(String surface, Reading v) {
    String pre = Folding.MATCH.apply(surface.substring(0, v.offset()));
    if (pre.indexOf('ب') >= 0 || pre.indexOf('ك') >= 0) return true;
    return pre.indexOf('ل') >= 0 && (v.form().isEmpty() || "يتنا".indexOf(v.form().charAt(0)) < 0);
  }

  /** Whether a period phrase can start at token t (a prefilter: the phrases must still be matched). */
  boolean mayStartPeriod(Token t) {
    Phrase.FirstWords f = periodFirstWords;
    if (f == null) periodFirstWords = f = new Phrase.FirstWords(periodPhrases);
    return f.mayStart(t);
  }

  /** Whether token t reads as a NOT_SINGLE verb of named_victim_words.tsv (a trailing * matches any ending). */
  boolean notSingle(Token t) {
    for (Reading v : t.readings(CliticSet.LEXICON)) {
      for (String e : notSingleVerbs) {
        if (e.endsWith("*") ? v.form().startsWith(e.substring(0, e.length() - 1)) : v.form().equals(e)) return true;
      }
    }
    return false;
  }

  /**
   * Token i as a trigger with an attached object pronoun: glued, when the word without the pronoun reads as a trigger
   * (اعتقلته → اعتقلت, أردته → أردت, توقيفها → توقيف), or a trigger followed by a preposition of
   * object_prepositions.txt carrying it (القبض عليه). Null when none; a two-word trigger (راح ضحيته) is none.
   */
  PronounObject pronounObject(List<Token> tokens, int i) {
    return memoized(memo(tokens).pronouns, i, k -> computePronounObject(tokens, k));
  }

  private PronounObject computePronounObject(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.isWord() || noun(tokens, i) != null || notTriggers.contains(t.norm()) || isPairTrigger(tokens, i)) {
      return null;
    }
    ArabicWord.AttachedPronoun glued = t.word().attachedPronoun();
    if (glued != null) {
      for (Reading v : t.readings(CliticSet.LEXICON)) {
        if (v.definite()) continue;
        // every stem's readings: اصابته is أصابت + ه (a verb) or إصابة + ه (a masdar, his injury)
        List<Trigger> out = new ArrayList<>();
        for (String stem : glued.stems(v.form())) {
          // a noun of taxonomy.tsv's "!" lines read with its ة before the pronoun: أسرته is his family, not أسرت + ه
          if (notTriggers.contains(Folding.MATCH.apply(stem))) return null;
          out.addAll(triggersOfForm(stem));
        }
        if (!out.isEmpty()) return new PronounObject(List.copyOf(out), glued, i, true, v.form());
      }
    }
    if (i + 1 >= tokens.size() || !tokens.get(i + 1).isWord()) return null;
    ArabicWord.AttachedPronoun carried = tokens.get(i + 1).word().attachedPronoun();
    if (carried == null) return null;
    for (String stem : carried.stems(tokens.get(i + 1).norm())) {
      if (objectPrepositions.contains(stem)) {
        List<Trigger> out = triggers(tokens, i);
        if (out.isEmpty()) return null;
        String form = "";
        for (Reading v : t.readings(CliticSet.LEXICON)) {
          if (!v.definite() && !triggersOfForm(v.form()).isEmpty()) form = v.form();
        }
        return new PronounObject(out, carried, i + 1, false, form);
      }
    }
    return null;
  }

  /** The trigger readings of one folded form, exact first, then the longest prefix entry. */
  private List<Trigger> triggersOfForm(String f) {
    List<Trigger> out = exactTriggers.get(f);
    if (out != null) return out;
    List<Trigger> p = prefixTriggers.longestPrefixOf(f, 2);
    return p != null ? p : List.of();
  }

  /** With {@code verbSurface} (the token's text) set, readings through a nominal proclitic are skipped. */
  private List<Trigger> triggers(List<Token> tokens, int i, String verbSurface) {
    Token t = tokens.get(i);
    if (!t.isWord()) return List.of();
    if (noun(tokens, i) != null || notTriggers.contains(t.norm())) return List.of();
    if (i + 1 < tokens.size()) {
      for (Reading v : t.readings(CliticSet.LEXICON)) {
        if (verbSurface != null && nominalProclitic(verbSurface, v)) continue;
        Map<String, List<Trigger>> second = pairTriggers.get(ArabicWord.withoutArticle(v.form()));
        if (second != null && second.containsKey(tokens.get(i + 1).norm())) return second.get(tokens.get(i + 1).norm());
      }
    }
    for (Reading v : t.readings(CliticSet.LEXICON)) {
      if (verbSurface != null && nominalProclitic(verbSurface, v)) continue;
      List<Trigger> out = exactTriggers.get(v.form());
      if (out != null) return out;
      List<Trigger> p = prefixTriggers.longestPrefixOf(v.form(), 2);
      if (p != null) return p;
    }
    return List.of();
  }

  /** The counted noun starting at token i (a two-word noun when its second word follows), or null. */
  NounHit noun(List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size() || !tokens.get(i).isWord()) return null;
    return memoized(memo(tokens).nouns, i, k -> computeNoun(tokens, k));
  }

  private NounHit computeNoun(List<Token> tokens, int i) {
    for (Reading v : tokens.get(i).readings(CliticSet.LEXICON)) {
      NounHit hit = nounForm(tokens, i, v.form(), v.definite());
      if (hit == null && v.form().length() > 3 && v.form().endsWith("ا")) {
        // accusative tanween alef: شخصًا, فردا
        hit = nounForm(tokens, i, v.form().substring(0, v.form().length() - 1), v.definite());
      }
      if (hit != null) return hit;
    }
    // a noun with an attached pronoun is definite (شقيقه, والدتها); a construct dual before it (والداه) is 2
    for (Reading v : tokens.get(i).readings(CliticSet.LEXICON)) {
      if (v.definite()) continue;
      for (String stem : ArabicWord.withoutPronounSuffix(v.form())) {
        NounHit hit = nounForm(tokens, i, stem, true);
        if (hit != null && hit.noun().words() == 1) return hit;
        if (stem.endsWith("ا")) {
          NounHit sg = nounForm(tokens, i, stem.substring(0, stem.length() - 1), true);
          if (sg != null && sg.noun().words() == 1 && sg.noun().number() == CountedNoun.Number.SINGULAR) {
            return new NounHit(sg.noun().as(CountedNoun.Number.DUAL), i, i, true);
          }
        }
      }
    }
    return null;
  }

  /** Whether token i starts a two-word trigger (راح ضحيته): its count comes after both words. */
  boolean isPairTrigger(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size() || !tokens.get(i).isWord()) return false;
    for (Reading v : tokens.get(i).readings(CliticSet.LEXICON)) {
      Map<String, List<Trigger>> second = pairTriggers.get(ArabicWord.withoutArticle(v.form()));
      if (second != null && second.containsKey(tokens.get(i + 1).norm())) return true;
    }
    return false;
  }

  /** The number of people a relative pronoun stands for (الذي 1, اللذين 2), null when the token is none. */
  Integer relativeCount(Token t) {
    if (!t.isWord()) return null;
    for (Reading v : t.readings(CliticSet.LEXICON)) {
      Integer n = relatives.get(v.form());
      if (n != null && !v.definite()) return n;
    }
    return null;
  }

  /** Whether a relative pronoun (as {@link #relativeCount}) is feminine (التي, اللتين). */
  boolean isFeminineRelative(Token t) {
    for (Reading v : t.readings(CliticSet.LEXICON)) if (feminineRelatives.contains(v.form())) return true;
    return false;
  }

  /** People a death object's pronoun stands for (مصرعه 1, حتفهما 2, مصرعهم 3 = plural), 0 when the token is none. */
  int deathObjectPeople(Token t) {
    if (!t.isWord()) return 0;
    for (Reading v : t.readings(CliticSet.LEXICON)) {
      if (v.definite()) continue;
      for (String stem : ArabicWord.withoutPronounSuffix(v.form())) {
        if (deathObjects.contains(stem)) return ArabicWord.pronounPeople(v.form());
      }
    }
    return 0;
  }

  /** sentence_cues.txt: words of a court's sentence (بالسجن, بالإعدام, عاما), folded */
  final Set<String> sentenceCues = new HashSet<>();

  /**
   * Whether token i is a trigger that names a sentence only in a sentencing construction (column 5 "sentence": حكم,
   * حكمت, also rule or government): على after it before the count, or a word of sentence_cues.txt in its clause.
   */
  boolean needsSentencing(List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size()) return false;
    for (Trigger t : triggers(tokens, i)) if (t.sentence()) return true;
    return false;
  }

  /** Whether a trigger reading of token i keeps its claim only beside a context cue (وفاة, توفي). */
  boolean needsCue(List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size()) return false;
    for (Trigger t : triggers(tokens, i)) if (t.cue()) return true;
    return false;
  }

  /** Whether the token is أحد / إحدى (one of): a trigger before it counts one person of the set after it. */
  boolean isOneOf(Token t) {
    if (!t.isWord()) return false;
    for (Reading v : t.readings(CliticSet.LEXICON)) if (!v.definite() && oneOf.contains(v.form())) return true;
    return false;
  }

  /** Whether token i is a demonstrative (تلك, هؤلاء): skipped between a partitive من and its noun. */
  boolean isDemonstrative(Token t) {
    return t.isWord() && demonstratives.contains(t.norm());
  }

  /**
   * A noun whose class ends in "?" (عملية, شبكة, محاولة) has that class only when a terror word follows within
   * two tokens (عملية إرهابية); otherwise it is GENERIC: counted, but no metric.
   */
  private NounHit resolveTerror(List<Token> tokens, NounHit hit) {
    if (hit == null || !hit.noun().nounClass().endsWith("?")) return hit;
    String cls = hit.noun().nounClass();
    boolean terror = false;
    for (int k = hit.lastToken() + 1; k <= hit.lastToken() + 2 && k < tokens.size() && !terror; k++) {
      for (Reading v : tokens.get(k).readings(CliticSet.LEXICON)) {
        for (String w : terrorWords) if (v.form().startsWith(w)) terror = true;
      }
    }
    CountedNoun r = hit.noun().withClass(terror ? cls.substring(0, cls.length() - 1) : "GENERIC");
    return new NounHit(r, hit.firstToken(), hit.lastToken(), hit.definite());
  }

  private NounHit nounForm(List<Token> tokens, int i, String form, boolean definite) {
    return resolveTerror(tokens, rawNounForm(tokens, i, form, definite));
  }

  private NounHit rawNounForm(List<Token> tokens, int i, String form, boolean definite) {
    List<CountedNoun> cands = nouns.get(form);
    if (cands == null) return null;
    for (CountedNoun n : cands) {
      if (n.words() == 2 && i + 1 < tokens.size()
          && ArabicWord.withoutArticle(tokens.get(i + 1).norm()).equals(ArabicWord.withoutArticle(n.second()))) {
        return new NounHit(n, i, i + 1, definite);
      }
    }
    for (CountedNoun n : cands) {
      if (n.words() == 1) return new NounHit(n, i, i, definite);
    }
    return null;
  }

  /** How far before its trigger a negation may stand (لم يتم القبض, نفت الشرطة اعتقال). */
  private static final int NEGATION_WINDOW = 4;

  /**
   * The trigger at {@code trig} is negated: a NEGATION word of non_claim_context.tsv up to {@link #NEGATION_WINDOW}
   * tokens before it in its clause, or between it and its quantity at {@code quantityStart}; or an ATTEMPT word
   * (محاولة) right before it, whose genitive it is (بمحاولة قتله, محاولة اعتقال المطلوب: no killing, no arrest; محاولة
   * تفجير أسفرت عن مقتل: the killing stands).
   */
  boolean negated(List<Token> tokens, io.rasd.core.arabic.AnalyzedText seg, int trig, int quantityStart) {
    if (trig > 0 && seg.clauseOf(trig - 1) == seg.clauseOf(trig) && hasRole(tokens.get(trig - 1), "ATTEMPT")) {
      return true;
    }
    int from = Math.max(0, trig - NEGATION_WINDOW);
    int to = Math.max(trig, quantityStart);
    for (int i = from; i < to; i++) {
      if (i == trig || seg.clauseOf(i) != seg.clauseOf(trig)) continue;
      // لا سيما (especially) is no negation
      if (i + 1 < tokens.size() && tokens.get(i + 1).norm().startsWith("سيما")) continue;
      if (hasRole(tokens.get(i), "NEGATION")) return true;
    }
    return false;
  }

  /** A SENSE line alone of pronoun_object_words.tsv: this trigger form with any pronoun object has another sense. */
  boolean pronounSense(String form) {
    return pronounSenses.startsAny(form);
  }

  boolean hasRole(Token t, String role) {
    if (!t.isWord()) return false;
    Set<String> forms = nonClaimRoles.getOrDefault(role, Set.of());
    if (forms.contains(t.norm())) return true;
    for (Reading v : t.readings(CliticSet.LEXICON)) {
      if (!v.definite() && forms.contains(v.form())) return true;
    }
    return false;
  }

  boolean isTriggerBarrier(Token t) {
    if (!t.isWord()) return false;
    for (String b : triggerBarriers) if (Phrase.firstWordMatches(t, b)) return true;
    return false;
  }

  boolean isSourceVerb(Token t) {
    return isVerbOf(t, sourceVerbs, sourceVerbPrefixes);
  }

  /** A word list's line: an exact form, or with a trailing * in the file, a prefix of forms. */
  private static void addForm(Set<String> exact, PrefixTable<Boolean> prefixes, String form, boolean prefix) {
    if (prefix) prefixes.add(form);
    else exact.add(form);
  }

  /** A verb (no article) of the set or starting with one of the prefixes: source verbs, agent verbs, targets. */
  boolean isVerbOf(Token t, Set<String> exact, PrefixTable<Boolean> prefixes) {
    return verbOf(t, exact, prefixes, false);
  }

  /**
   * {@link #isVerbOf} read as a verb only: not through ب or ك, nor ل before anything but an imperfect (بقصف, لقصف are
   * the masdar: a complement, not a clause's verb).
   */
  boolean isVerbReadingOf(Token t, Set<String> exact, PrefixTable<Boolean> prefixes) {
    return verbOf(t, exact, prefixes, true);
  }

  private static boolean verbOf(Token t, Set<String> exact, PrefixTable<Boolean> prefixes, boolean verbOnly) {
    if (!t.isWord()) return false;
    for (Reading v : t.readings(CliticSet.LEXICON)) {
      if (v.definite() || verbOnly && nominalProclitic(t.text(), v)) continue;
      if (exact.contains(v.form()) || prefixes.startsAny(v.form())) return true;
    }
    return false;
  }

  /** A preposition that carries a trigger's object (القبض على 72), object_prepositions.txt. */
  boolean isObjectPreposition(Token t) {
    return t.isWord() && objectPrepositions.contains(Folding.MATCH.apply(t.norm()));
  }

  boolean inSet(Token t, Set<String> set) {
    if (!t.isWord()) return false;
    for (Reading v : t.readings(CliticSet.LEXICON)) if (set.contains(v.form())) return true;
    return false;
  }
}
