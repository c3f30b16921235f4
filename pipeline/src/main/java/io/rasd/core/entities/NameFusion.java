package io.rasd.core.entities;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Combines the statistical model and the gazetteer in one sentence: strong gazetteer matches always count, weak
 * ones (aliases that are also common words) only where the model sees a name; a model name of another type that
 * strictly contains a gazetteer match replaces it (ORG "جامعة الرباط" over LOC "الرباط"), any other overlap is won by
 * the gazetteer (its span and type are curated: LOC "الساحل" rather than "دول الساحل"). A curated person is never
 * swallowed by a longer model name: the model's ORG spans run on into the name that follows an acronym or a title
 * ("DGST عبد اللطيف حموشي").
 */
final class NameFusion {
  private NameFusion() {}

  /** Token indices are sentence-relative; {@code offset} shifts them to article positions. */
  static List<NameCandidate> fuse(Span[] model, List<GazetteerMatch> gazetteer, int offset) {
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
    List<NameCandidate> out = new ArrayList<>();
    for (NameCandidate g : gazNames) {
      boolean replaced = modelNames.stream()
          .anyMatch(m -> m.contains(g) && m.length() > g.length() && !m.type().equals(g.type())
              && !g.type().equals("PERSON"));
      if (!replaced) out.add(g);
    }
    for (NameCandidate m : modelNames) {
      boolean blocked = out.stream().anyMatch(g -> g.overlaps(m));
      if (!blocked) out.add(m);
    }
    out.sort((a, b) -> Integer.compare(a.first(), b.first()));
    return out;
  }
}
