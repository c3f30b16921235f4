package io.rasd.core.entities.grammar;

import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.CliticSet;
import io.rasd.core.arabic.Folding;
import io.rasd.core.arabic.Reading;
import io.rasd.core.entities.gazetteer.Gazetteer;
import io.rasd.core.entities.gazetteer.GazetteerMatch;
import io.rasd.core.entities.gazetteer.WordList;
import io.rasd.core.entities.recognition.MentionTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Combines the statistical model and the gazetteer in one sentence: strong gazetteer matches always count, weak
 * ones (aliases that are also common words) only where the model sees a name; a model name of another type that
 * strictly contains a gazetteer match replaces it (ORG "جامعة الرباط" over LOC "الرباط"), any other overlap is won by
 * the gazetteer (its span and type are curated: LOC "الساحل" rather than "دول الساحل"). Names of the
 * organization/place grammar ({@link NameGrammar}) come between the two: one that strictly contains a gazetteer
 * match of another type replaces it (ORG "جامعة الملك عبدالعزيز" over the person inside it), and one of the same
 * type when the match is from the generated lists (LOC "محافظة صبيا" over "صبيا"), else
 * the gazetteer wins an overlap; a grammar name wins any overlap with a model name, unless the model's name of the
 * same type strictly contains it. A grammar name that only adds adjectives to a match of the generated lists (ولاية
 * بشار الحدودية over ولاية بشار) keeps that match's entry: it names the same place.
 */
public final class NameFusion {
  private NameFusion() {}

  /** Token indices are sentence-relative; {@code offset} shifts them to article positions. */
  public static List<NameCandidate> fuse(Span[] model, List<GazetteerMatch> gazetteer, int offset) {
    return fuse(model, gazetteer, List.of(), null, offset);
  }

  /** {@code words}: the sentence's words, for the complement rule (none without them). */
  public static List<NameCandidate> fuse(Span[] model, List<GazetteerMatch> gazetteer, List<NameGrammar.Match> grammar,
      ArabicWord[] words, int offset) {
    List<NameCandidate> modelNames = new ArrayList<>();
    for (Span s : model) {
      modelNames.add(new NameCandidate(s.getStart() + offset, s.getEnd() - 1 + offset, 0,
          MentionTypes.fromAnercorp(s.getType()), null, null));
    }
    List<NameCandidate> gazNames = new ArrayList<>();
    for (GazetteerMatch m : gazetteer) {
      NameCandidate c = new NameCandidate(m.first() + offset, m.last() + offset, m.cliticLength(), m.entry().type(),
          m.entry(), null);
      if (!m.weak() || modelNames.stream().anyMatch(c::overlaps)) gazNames.add(c);
    }
    List<NameCandidate> grammarNames = new ArrayList<>();
    for (NameGrammar.Match m : grammar) {
      NameCandidate found = new NameCandidate(m.first() + offset, m.last() + offset, m.cliticLength(), m.type(), null,
          null, true);
      // the model's longer name wins, unless it only runs on past where the grammar ended the name on purpose
      // (جامعة الملك عبدالعزيز بجدة, جامعة ويتيشيا الأمريكية)
      boolean inModel = modelNames.stream()
          .anyMatch(n -> n.contains(found) && n.length() > found.length() && n.type().equals(found.type())
              && !(m.closed() && n.last() > found.last()));
      if (inModel) continue;
      NameCandidate c = found;
      // a state's head before a listed country (جمهورية تشاد, مملكة البحرين) is that country's name
      if (m.state()) {
        for (NameCandidate g : gazNames) {
          if (g.first() == c.first() + 1 && g.last() == c.last() && g.type().equals(c.type())) {
            c = new NameCandidate(c.first(), c.last(), c.cliticLength(), c.type(), g.entry(), null, true);
            break;
          }
        }
      }
      // a listed name that the grammar only extends by adjectives (ولاية بشار الحدودية) is still that name
      for (NameCandidate g : gazNames) {
        if (c.entry() != null) break;
        if (g.first() == c.first() && g.last() < c.last() && g.last() + 1 - offset >= m.adjectivesFrom()
            && g.type().equals(c.type()) && !curated(g)) {
          c = new NameCandidate(c.first(), c.last(), c.cliticLength(), c.type(), g.entry(), null, true);
          break;
        }
      }
      grammarNames.add(c);
    }
    List<NameCandidate> out = new ArrayList<>();
    for (NameCandidate g : gazNames) {
      // a model name that a grammar name beats (it overlaps one) replaces no listed name either
      boolean replaced = modelNames.stream()
          .anyMatch(m -> m.contains(g) && m.length() > g.length() && !m.type().equals(g.type())
              && !g.type().equals("PERSON") && grammarNames.stream().noneMatch(n -> n.overlaps(m)))
          || grammarNames.stream().anyMatch(n -> n.contains(g) && n.length() > g.length()
              && (!n.type().equals(g.type()) || !curated(g) || g.entry().equals(n.entry())
                  || divisionOf(g, n, words, offset)));
      // a listed organization after ل, two or more words into a longer organization's name, is its complement, and
      // that name another body (الأمانة العامة لمجلس التعاون الخليجي, الجمعية العامة للأمم المتحدة)
      replaced |= words != null && g.type().equals("ORGANIZATION")
          && (grammarNames.stream().anyMatch(n -> complementOf(g, n, words, offset))
          || modelNames.stream().anyMatch(m -> complementOf(g, m, words, offset)
              && grammarNames.stream().noneMatch(n -> n.overlaps(m))));
      if (!replaced) out.add(g);
    }
    for (NameCandidate n : grammarNames) {
      if (out.stream().noneMatch(g -> g.overlaps(n))) out.add(n);
    }
    for (NameCandidate m : modelNames) {
      boolean blocked = out.stream().anyMatch(g -> g.overlaps(m));
      if (!blocked) out.add(m);
    }
    out.sort((a, b) -> Integer.compare(a.first(), b.first()));
    return out;
  }

  /**
   * Whether {@code g} ends {@code n}'s name of its type as its complement: two or more of n's words before it and
   * g after ل (للأمم المتحدة, للفيفا; without it a lone word is as often an adjective, قوات التمرد الحوثي, and a
   * longer name two names run together, منظمة كان الاتحاد الأوروبي); not a conjunct (قوات صالح والحوثيين) and not
   * after a word that relates one body to another (القوات الموالية للحوثيين).
   */
  private static boolean complementOf(NameCandidate g, NameCandidate n, ArabicWord[] words, int offset) {
    if (!n.type().equals(g.type()) || g.first() - n.first() < 2 || n.last() != g.last()) return false;
    String first = words[g.first() - offset].surface();
    String clitics = first.substring(0, Math.min(g.cliticLength(), first.length()));
    if (clitics.startsWith("و") || clitics.startsWith("ف")) return false;
    if (!clitics.endsWith("ل") && !first.startsWith("لل")) return false; // للأمم المتحدة, لمجلس التعاون
    for (int i = n.first(); i < g.first(); i++) {
      if (RELATIONAL.contains(words[i - offset].nameKey())) return false;
    }
    return true;
  }

  private static final Set<String> RELATIONAL = WordList.load("/entities/grammar/relational.txt");
  private static final Set<String> DIVISION_HEADS = WordList.load("/entities/grammar/division-heads.txt").stream()
      .map(Folding.NAME::apply).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Whether the place name {@code n} is a division head ({@code division-heads.txt}: ولاية, إقليم) right before
   * the listed place {@code g} and nothing else: the division named after a city is another place than the city
   * (ولاية واشنطن is not Washington, D.C.), so the grammar's span wins even over a curated
   * one. منطقة is no such head: before a foreign place it is a descriptor (منطقة شيكاغو is Chicago).
   */
  private static boolean divisionOf(NameCandidate g, NameCandidate n, ArabicWord[] words, int offset) {
    if (words == null || !g.type().equals("LOCATION") || !n.type().equals("LOCATION")) return false;
    if (n.first() != g.first() - 1 || n.last() != g.last()) return false;
    for (Reading r : words[n.first() - offset].readings(CliticSet.NAME)) {
      if (DIVISION_HEADS.contains(Folding.NAME.apply(r.form()))) return true;
    }
    return false;
  }

  /** An entry of gazetteer.tsv, whose span is curated, not of the generated lists (any name of them may be longer). */
  private static boolean curated(NameCandidate g) {
    return Gazetteer.isCurated(g.entry().id());
  }
}
