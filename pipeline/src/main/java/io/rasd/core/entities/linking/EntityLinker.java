package io.rasd.core.entities.linking;

import io.rasd.core.entities.gazetteer.Gazetteer;
import io.rasd.core.entities.gazetteer.GazetteerEntry;
import io.rasd.core.UnionFind;
import io.rasd.core.model.Ids;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Joins the name groups of all articles into entities: one entity per gazetteer entry, else one per (type, loose
 * key) ({@link NameVariants}). The entity id is a hash of that cluster key, so it does not depend on input order or
 * on the other articles of the run. DATE mentions get no entity.
 */
public final class EntityLinker {
  /** All mentions of one (type, linkKey) pair across the corpus, aggregated. */
  public record NameGroup(String type, String linkKey, String gazetteerId, Map<String, Long> surfaces,
      long mentionCount, Set<String> articleIds) {}

  public record EntityRow(String entityId, String type, String canonicalName, String latinName, String wikidataId,
      List<String> aliases, long mentionCount, long articleCount) {}

  public record Linking(List<EntityRow> entities, Map<String, String> entityIdByGroupKey) {}

  private final Gazetteer gazetteer;
  private final NameVariants variants;
  private final LatinNames latinNames = new LatinNames();

  public EntityLinker(Gazetteer gazetteer, NameVariants variants) {
    this.gazetteer = gazetteer;
    this.variants = variants;
  }

  public static EntityLinker fromResources() {
    return new EntityLinker(Gazetteer.forMatching(), NameVariants.fromResources());
  }

  /** Key used in {@link Linking#entityIdByGroupKey()}. */
  public static String groupKey(String type, String linkKey) {
    return type + "|" + linkKey;
  }

  /** {@link #cluster} with every entity's Latin name. */
  public Linking link(Collection<NameGroup> groups) {
    Linking clusters = cluster(groups);
    return new Linking(clusters.entities().stream().map(this::withLatinName).toList(), clusters.entityIdByGroupKey());
  }

  /**
   * The entities and the id of each name group; Latin names only from the gazetteer (else null, see {@link
   * #withLatinName}), so a pipeline can hand out the ids before the slow transliteration of 50,000 names.
   */
  public Linking cluster(Collection<NameGroup> groups) {
    Map<String, List<NameGroup>> clusters = new TreeMap<>();
    Map<String, List<NameGroup>> buckets = new TreeMap<>();
    for (NameGroup g : groups) {
      if (g == null || g.type() == null || g.linkKey() == null || g.type().equals("DATE")) continue;
      GazetteerEntry entry = g.gazetteerId() == null ? null : gazetteer.entry(g.gazetteerId());
      if (entry != null) {
        clusters.computeIfAbsent("gz:" + entry.id(), k -> new ArrayList<>()).add(g);
      } else {
        buckets.computeIfAbsent(g.type() + "|" + variants.skeleton(name(g)), k -> new ArrayList<>()).add(g);
      }
    }
    buckets.forEach((bucket, members) -> clusters.putAll(similarNames(bucket, members)));
    List<EntityRow> rows = new ArrayList<>();
    Map<String, String> ids = new TreeMap<>();
    for (Map.Entry<String, List<NameGroup>> c : clusters.entrySet()) {
      EntityRow row = row(c.getKey(), c.getValue());
      rows.add(row);
      for (NameGroup g : c.getValue()) ids.put(groupKey(g.type(), g.linkKey()), row.entityId());
    }
    rows.sort(Comparator.comparing(EntityRow::entityId));
    return new Linking(List.copyOf(rows), Map.copyOf(ids));
  }

  private static String name(NameGroup g) {
    return g.linkKey().startsWith("nm:") ? g.linkKey().substring(3) : g.linkKey();
  }

  /**
   * Groups of one bucket joined by {@link NameVariants#sameName} (connected components, so the result does not
   * depend on order); each cluster is keyed by the bucket and its smallest name.
   */
  private Map<String, List<NameGroup>> similarNames(String bucket, List<NameGroup> members) {
    members.sort(Comparator.comparing(EntityLinker::name).thenComparing(NameGroup::linkKey));
    int n = members.size();
    UnionFind names = new UnionFind(n);
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (!variants.sameName(name(members.get(i)), name(members.get(j)))) continue;
        names.union(i, j); // the root stays the smallest name
      }
    }
    Map<String, List<NameGroup>> out = new TreeMap<>();
    Map<Integer, String> keyOfRoot = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int root = names.find(i);
      String key = keyOfRoot.computeIfAbsent(root, r -> bucket + "|" + name(members.get(r)));
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(members.get(i));
    }
    return out;
  }

  private EntityRow row(String clusterKey, List<NameGroup> members) {
    Map<String, Long> surfaces = new HashMap<>();
    Set<String> articles = new HashSet<>();
    long mentions = 0;
    for (NameGroup g : members) {
      if (g.surfaces() != null) g.surfaces().forEach((s, n) -> surfaces.merge(s, n, Long::sum));
      if (g.articleIds() != null) articles.addAll(g.articleIds());
      mentions += g.mentionCount();
    }
    GazetteerEntry entry = clusterKey.startsWith("gz:") ? gazetteer.entry(clusterKey.substring(3)) : null;
    String type = entry != null ? entry.type() : members.get(0).type();
    String canonical = entry != null ? entry.arabicName() : bestSurface(surfaces, members);
    String latin = entry != null && !entry.latinName().isEmpty() ? entry.latinName() : null;
    return new EntityRow(Ids.entityId(clusterKey), type, canonical, latin, entry == null ? null : entry.wikidataId(),
        List.copyOf(new TreeSet<>(surfaces.keySet())), mentions, articles.size());
  }

  /** The fullest name (most words), then the most frequent, then the first in code-point order. */
  private static String bestSurface(Map<String, Long> surfaces, List<NameGroup> members) {
    Comparator<Map.Entry<String, Long>> order = Comparator
        .comparingInt((Map.Entry<String, Long> e) -> -e.getKey().split("\\s+").length)
        .thenComparing(e -> -e.getValue())
        .thenComparing(Map.Entry::getKey);
    return surfaces.entrySet().stream().sorted(order).map(Map.Entry::getKey).findFirst()
        .orElse(members.get(0).linkKey());
  }

  /** The row with a Latin name: the gazetteer's, else the canonical name transliterated ({@link LatinNames}). */
  public EntityRow withLatinName(EntityRow e) {
    if (e.latinName() != null) {
      return e;
    }
    return new EntityRow(e.entityId(), e.type(), e.canonicalName(), latinNames.of(e.canonicalName()), e.wikidataId(),
        e.aliases(), e.mentionCount(), e.articleCount());
  }
}
