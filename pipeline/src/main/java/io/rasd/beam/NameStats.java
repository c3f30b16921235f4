package io.rasd.beam;

import io.rasd.core.entities.linking.EntityLinker;
import io.rasd.core.model.Mention;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Accumulates the mentions of one (type, linkKey) across the corpus: surfaces, counts and articles. */
public final class NameStats implements Serializable {
  String type;
  String linkKey;
  String gazetteerId;
  final Map<String, Long> surfaces = new TreeMap<>();
  long mentionCount;
  final Set<String> articleIds = new HashSet<>();
  /** Smallest {@link EntityLinker#seenKey} of the mentions: the entity ids are anchored on it. */
  String firstSeen;

  /** @param linkKey the mention's {@link EntityLinker#corpusLinkKey} */
  void add(String articleId, String seen, String linkKey, Mention m) {
    type = m.type();
    this.linkKey = linkKey;
    gazetteerId = smaller(gazetteerId, m.gazetteerId());
    firstSeen = earlier(firstSeen, seen);
    surfaces.merge(m.text(), 1L, Long::sum);
    mentionCount++;
    articleIds.add(articleId);
  }

  NameStats merge(NameStats other) {
    if (type == null) {
      type = other.type;
      linkKey = other.linkKey;
    }
    gazetteerId = smaller(gazetteerId, other.gazetteerId);
    firstSeen = earlier(firstSeen, other.firstSeen);
    other.surfaces.forEach((k, v) -> surfaces.merge(k, v, Long::sum));
    mentionCount += other.mentionCount;
    articleIds.addAll(other.articleIds);
    return this;
  }

  /**
   * Of two mentions' gazetteer ids, the smaller: the group's id must not depend on which article came first (an
   * incremental run adds the base's mentions in another order than a full run), so linking is a function of the set.
   */
  private static String smaller(String a, String b) {
    return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NameStats n
        && java.util.Objects.equals(type, n.type)
        && java.util.Objects.equals(linkKey, n.linkKey)
        && java.util.Objects.equals(gazetteerId, n.gazetteerId)
        && java.util.Objects.equals(firstSeen, n.firstSeen)
        && surfaces.equals(n.surfaces)
        && mentionCount == n.mentionCount
        && articleIds.equals(n.articleIds);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(type, linkKey, mentionCount);
  }

  EntityLinker.NameGroup toNameGroup() {
    return new EntityLinker.NameGroup(type, linkKey, gazetteerId, surfaces, mentionCount, articleIds, firstSeen);
  }

  private static String earlier(String a, String b) {
    if (a == null) return b;
    return b == null || a.compareTo(b) <= 0 ? a : b;
  }
}
