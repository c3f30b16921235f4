package io.rasd.beam;

import io.rasd.beam.shuffle.Mergeable;
import io.rasd.core.entities.linking.EntityLinker;
import io.rasd.core.model.Mention;
import java.util.HashMap;
import java.util.Map;

/** Name groups keyed by {@code EntityLinker.groupKey(type, linkKey)}: a partial or the corpus-wide aggregate. */
public final class NameIndex implements Mergeable<NameIndex> {
  final Map<String, NameStats> groups = new HashMap<>();

  /**
   * @param groupKey {@link LinkEntities#groupKey} of the mention
   * @param seen {@link io.rasd.core.entities.EntityLinker#seenKey} of its article
   * @param linkKey its {@link io.rasd.core.entities.EntityLinker#corpusLinkKey}
   */
  void add(String groupKey, String articleId, String seen, String linkKey, Mention m) {
    groups.computeIfAbsent(groupKey, k -> new NameStats()).add(articleId, seen, linkKey, m);
  }

  @Override
  public NameIndex mergeFrom(NameIndex other) {
    // Copy into our own stats: the other index may be a pipeline element, which must never be mutated.
    other.groups.forEach((k, v) -> groups.computeIfAbsent(k, x -> new NameStats()).merge(v));
    return this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NameIndex n && groups.equals(n.groups);
  }

  @Override
  public int hashCode() {
    return groups.hashCode();
  }
}
