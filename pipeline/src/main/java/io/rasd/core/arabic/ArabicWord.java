package io.rasd.core.arabic;

import java.util.List;

/**
 * What the layer knows about one written word: its keys at each folding level and its proclitic readings, each
 * computed once (an article shares one instance among all tokens spelled alike). Not thread-safe: readings are
 * filled in lazily by the one thread that analyses the article.
 */
public final class ArabicWord {
  private final String surface;
  private final String nameKey;
  private final String matchKey;
  private final boolean arabic;
  @SuppressWarnings("unchecked")
  private final List<Reading>[] readings = new List[CliticSet.values().length];
  private String displayKey;
  private AttachedPronoun pronoun;
  private boolean pronounKnown;

  private ArabicWord(String surface) {
    this.surface = surface;
    this.nameKey = Folding.NAME.apply(surface);
    this.matchKey = Folding.MATCH.apply(surface);
    this.arabic = ArabicChars.hasArabic(surface);
  }

  public static ArabicWord of(String surface) {
    return new ArabicWord(surface);
  }

  public String surface() {
    return surface;
  }

  /** {@link Folding#NAME} key. */
  public String nameKey() {
    return nameKey;
  }

  /** {@link Folding#MATCH} key. */
  public String matchKey() {
    return matchKey;
  }

  /** {@link Folding#DISPLAY} form. */
  public String displayKey() {
    if (displayKey == null) displayKey = Folding.DISPLAY.apply(surface);
    return displayKey;
  }

  public boolean hasArabic() {
    return arabic;
  }

  /** Readings through the proclitics of {@code set}, least stripped first; the first is the whole word. */
  public List<Reading> readings(CliticSet set) {
    List<Reading> r = readings[set.ordinal()];
    if (r == null) {
      r = List.copyOf(Clitics.readings(surface, set.level == Folding.NAME ? nameKey : matchKey, set));
      readings[set.ordinal()] = r;
    }
    return r;
  }

  /** The name key with every {@link CliticSet#NAME} proclitic stripped (وبالرباط → الرباط). */
  public String stripped() {
    List<Reading> r = readings(CliticSet.NAME);
    return r.get(r.size() - 1).form();
  }

  /** A folded lexicon entry without its leading article: how word lists are keyed (الخلايا → خلايا). */
  public static String withoutArticle(String folded) {
    return Clitics.withoutArticle(folded);
  }

  /**
   * A MATCH-folded word without the ending of a sound masculine plural or dual (ون, ين, ان), when at least three letters
   * remain: مسلحون, مسلحين → مسلح; other words as given. For comparing the words of two phrases, not a stemmer.
   */
  public static String withoutSoundPlural(String folded) {
    for (String e : new String[] {"ون", "ين", "ان"}) {
      if (folded.length() - 2 >= 3 && folded.endsWith(e)) return folded.substring(0, folded.length() - 2);
    }
    return folded;
  }

  /**
   * The construct state of a MATCH-folded sound masculine plural, before its genitive: the ن dropped (مسلحين →
   * مسلحي, مواطنون → مواطنو: ثلاثة من مسلحي التنظيم); null for a word with no such ending after at least three letters.
   */
  public static String soundPluralConstruct(String folded) {
    boolean sound = folded.length() - 2 >= 3 && (folded.endsWith("ين") || folded.endsWith("ون"));
    return sound ? folded.substring(0, folded.length() - 1) : null;
  }

  /**
   * {@link #withoutSoundPlural}, then without a final taa marbuta (folded ه) or accusative alef, when at least four
   * letters remain: a member and his body compare equal (مقاوما, مقاومين, المقاومه without its article → مقاوم). For
   * comparing the words of two phrases, not a stemmer.
   */
  public static String groupStem(String folded) {
    String w = withoutSoundPlural(folded);
    if (w.length() - 1 >= 4 && (w.endsWith("ه") || w.endsWith("ا"))) return w.substring(0, w.length() - 1);
    return w;
  }

  /**
   * The construct-state duals of a folded singular noun, nominative and oblique (مطار → مطارا, مطاري; حديقه →
   * حديقتا, حديقتي: a taa marbuta written ت before the ending; ميناء → ميناءا, مينائي): the form before a
   * genitive, مطارا جدة والطائف.
   */
  public static List<String> constructDuals(String folded) {
    if (folded.endsWith("ء")) {
      // a final hamza sits on the oblique ending's yaa: ميناء → ميناءا, مينائي
      String stem = folded.substring(0, folded.length() - 1);
      return List.of(folded + "ا", stem + "ئي");
    }
    String base = folded.endsWith("ه") || folded.endsWith("ة")
        ? folded.substring(0, folded.length() - 1) + "ت" : folded;
    return List.of(base + "ا", base + "ي");
  }

  /** Attached object/possessive pronouns, longest first (MATCH-folded): شقيقه, والدتها, زملائهم. */
  private static final String[] PRONOUN_SUFFIXES = {"هما", "هم", "هن", "ها", "كم", "نا", "ه", "ك"};

  /**
   * Stems of a MATCH-folded word without an attached pronoun, each keeping at least three letters; a stem ending in
   * ت is also given with its taa marbuta restored (والدته → والدت, والده). شقيقه → شقيق; زملايهم → زملاي, and
   * none for a word without such an ending.
   */
  public static List<String> withoutPronounSuffix(String folded) {
    List<String> out = new java.util.ArrayList<>(2);
    for (String suffix : PRONOUN_SUFFIXES) {
      if (folded.length() - suffix.length() >= 3 && folded.endsWith(suffix)) {
        String stem = folded.substring(0, folded.length() - suffix.length());
        out.add(stem);
        if (stem.endsWith("ت")) out.add(stem.substring(0, stem.length() - 1) + "ه");
        break;
      }
    }
    return out;
  }

  /**
   * How many people an attached pronoun of a MATCH-folded word stands for: 1 (ه, ها), 2 (هما), 3 for a plural (هم,
   * هن), 0 without one. مصرعهما → 2. The caller knows the stem carries a pronoun (a final ه may be a taa marbuta).
   */
  public static int pronounPeople(String folded) {
    if (folded.endsWith("هما")) return 2;
    if (folded.endsWith("هم") || folded.endsWith("هن")) return 3;
    if (folded.endsWith("ها") || folded.endsWith("ه")) return 1;
    return 0;
  }

  /**
   * A third-person pronoun attached to a written word (اعتقلته, أصابها, توقيفهما, عليه): the people it stands for (1
   * for ه and ها, 2 for هما, 3 for a plural هم / هن), whether it is the feminine singular ها, and its MATCH-folded
   * letters. Read on the written letters, so a taa marbuta is never a pronoun (إصابة is not أصاب + ه). Null when the
   * word ends in no such pronoun after at least two letters.
   */
  public static AttachedPronoun attachedPronoun(String surface) {
    return attachedPronoun(Folding.DISPLAY.apply(surface), Folding.MATCH.apply(surface));
  }

  /** {@link #attachedPronoun(String)} of this word, computed once (the claim rules ask it of every token). */
  public AttachedPronoun attachedPronoun() {
    if (!pronounKnown) {
      pronoun = attachedPronoun(displayKey(), matchKey);
      pronounKnown = true;
    }
    return pronoun;
  }

  private static AttachedPronoun attachedPronoun(String written, String folded) {
    if (written.isEmpty() || written.charAt(written.length() - 1) == 'ة') return null;
    for (String s : new String[] {"هما", "هم", "هن", "ها", "ه"}) {
      if (folded.endsWith(s) && folded.length() - s.length() >= 2) {
        return new AttachedPronoun(pronounPeople(folded), s.equals("ها"), s);
      }
    }
    return null;
  }

  /** See {@link #attachedPronoun}. */
  public record AttachedPronoun(int people, boolean feminine, String suffix) {
    /**
     * The stems of a MATCH-folded reading of the word without this pronoun: as written, and a stem ending in ا with
     * the alef maqsura it stands for before a pronoun (أرداه → اردي), one ending in و with the plural's alef
     * (اختطفوه → اختطفوا), one ending in ت with its taa marbuta (إصابته → اصابه). Empty when the reading does not end
     * in the pronoun.
     */
    public List<String> stems(String folded) {
      if (!folded.endsWith(suffix) || folded.length() - suffix.length() < 2) return List.of();
      String stem = folded.substring(0, folded.length() - suffix.length());
      List<String> out = new java.util.ArrayList<>(2);
      out.add(stem);
      if (stem.endsWith("ا")) out.add(stem.substring(0, stem.length() - 1) + "ي");
      if (stem.endsWith("و")) out.add(stem + "ا");
      if (stem.endsWith("ت")) out.add(stem.substring(0, stem.length() - 1) + "ه");
      return out;
    }
  }

  /**
   * Whether a written singular noun is feminine by its form: it ends in taa marbuta (امرأة, طفلة, فتاة) or alef
   * maqsura (أنثى). Nouns feminine by meaning alone (أم, بنت) are not known here.
   */
  public static boolean feminineByForm(String surface) {
    String w = Folding.DISPLAY.apply(surface);
    if (w.isEmpty()) return false;
    char last = w.charAt(w.length() - 1);
    return last == 'ة' || last == 'ى';
  }

  @Override
  public String toString() {
    return surface;
  }
}
