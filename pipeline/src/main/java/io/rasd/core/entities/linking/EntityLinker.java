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
 * Joins the name groups of all articles into entities: one entity per gazetteer entry; one per lone name of one
 * article ({@link ShortFormLinker#LONE}: a bare محمد is never an entity across articles); else the names of one type
 * that are spelling variants ({@link NameVariants}) or, for persons, one the other's shorter form ({@link
 * NasabLinks}: سلمان بن عبدالعزيز / سلمان بن عبدالعزيز آل سعود), taken as connected components. A function of the
 * set of name groups: neither input order nor partitioning changes the result. DATE mentions get no entity.
 *
 * <p>Entity ids survive the corpus growing: a cluster's id hashes its <em>anchor</em>, the name group seen first
 * (earliest publication date, then article id, then link key; {@link #seenKey}), not its smallest name, so a new
 * spelling that sorts first does not move it; only two clusters that a new name joins lose one id (the later one).
 */
public final class EntityLinker {
  /**
   * All mentions of one (type, linkKey) pair across the corpus, aggregated; {@code firstSeen} is the smallest
   * {@link #seenKey} of its mentions (null when unknown: then it sorts last).
   */
  public record NameGroup(String type, String linkKey, String gazetteerId, Map<String, Long> surfaces,
      long mentionCount, Set<String> articleIds, String firstSeen) {
    public NameGroup(String type, String linkKey, String gazetteerId, Map<String, Long> surfaces, long mentionCount,
        Set<String> articleIds) {
      this(type, linkKey, gazetteerId, surfaces, mentionCount, articleIds, null);
    }
  }

  public record EntityRow(String entityId, String type, String canonicalName, String latinName, String wikidataId,
      List<String> aliases, long mentionCount, long articleCount) {}

  public record Linking(List<EntityRow> entities, Map<String, String> entityIdByGroupKey) {}

  /** Sorts after every date: mentions of articles without a publication date are the last seen. */
  private static final String UNDATED = "~";

  private final Gazetteer gazetteer;
  private final NameVariants variants;
  private final PersonNames personNames;
  private final LatinNames latinNames = new LatinNames();

  public EntityLinker(Gazetteer gazetteer, NameVariants variants) {
    this.gazetteer = gazetteer;
    this.variants = variants;
    this.personNames = PersonNames.fromResources();
  }

  public static EntityLinker fromResources() {
    return new EntityLinker(Gazetteer.forMatching(), NameVariants.fromResources());
  }

  /** Key used in {@link Linking#entityIdByGroupKey()}. */
  public static String groupKey(String type, String linkKey) {
    return type + "|" + linkKey;
  }

  /**
   * The link key a mention of article {@code articleId} is aggregated under across the corpus: its own, but an
   * article-local lone name's is scoped to its article (ln:ARTICLE:محمد), so no two articles share it.
   */
  public static String corpusLinkKey(String articleId, String linkKey) {
    return linkKey != null && linkKey.startsWith(ShortFormLinker.LONE)
        ? ShortFormLinker.LONE + articleId + ":" + linkKey.substring(ShortFormLinker.LONE.length())
        : linkKey;
  }

  /** When a mention was seen, as a sortable key: publication date (ISO; undated last), then the article id. */
  public static String seenKey(java.time.LocalDate published, String articleId) {
    return (published == null ? UNDATED : published.toString()) + " " + articleId;
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
    List<NameGroup> named = new ArrayList<>();
    for (NameGroup g : groups) {
      if (g == null || g.type() == null || g.linkKey() == null || g.type().equals("DATE")) continue;
      GazetteerEntry entry = g.gazetteerId() == null ? null : gazetteer.entry(g.gazetteerId());
      if (entry != null) {
        clusters.computeIfAbsent("gz:" + entry.id(), k -> new ArrayList<>()).add(g);
      } else if (g.linkKey().startsWith(ShortFormLinker.LONE)) {
        clusters.computeIfAbsent(groupKey(g.type(), g.linkKey()), k -> new ArrayList<>()).add(g);
      } else {
        String variantOf = gazetteerVariant(g);
        if (variantOf != null) {
          clusters.computeIfAbsent("gz:" + variantOf, k -> new ArrayList<>()).add(g);
        } else {
          named.add(g);
        }
      }
    }
    clusters.putAll(similarNames(named));
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

  /**
   * The gazetteer entry of this type that the name is a spelling variant of ({@link NameVariants#sameName}: شيكاجو
   * of شيكاغو), or for a state's long form the place its nisba names ({@link StateNames}: الجمهورية اليمنية →
   * اليمن), when exactly one is; else null. Weak aliases (words that are also common words) take no variants.
   */
  private String gazetteerVariant(NameGroup g) {
    String n = name(g);
    Set<String> found = new TreeSet<>();
    if (g.type().equals("LOCATION")) {
      for (String base : StateNames.bases(List.of(n.split(" ")))) {
        found.addAll(gazetteerPlaces().getOrDefault(base, List.of()));
      }
      if (!found.isEmpty()) return found.size() == 1 ? found.iterator().next() : null;
    }
    for (String[] alias : gazetteerNames().getOrDefault(g.type() + "|" + variants.skeleton(n), List.of())) {
      if (variants.sameName(n, alias[1])) found.add(alias[0]);
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  private static final class Default {
    static final EntityLinker LINKER = fromResources();
  }

  /**
   * The gazetteer place that a LOCATION name outside the gazetteer is a spelling variant of (شيكاجو of شيكاغو), as
   * {@link #gazetteerVariant} finds it across articles (a state's long form is left to the article's own rule);
   * null when none or several, or when the gazetteer holds the name as written. {@code name}: its link-key words.
   */
  static String gazetteerPlaceVariant(String name) {
    EntityLinker linker = Default.LINKER;
    Set<String> found = new TreeSet<>();
    for (String[] alias : linker.gazetteerNames().getOrDefault("LOCATION|" + linker.variants.skeleton(name), List.of())) {
      // a name the gazetteer holds as written is the matcher's to mark; left unmarked, it was so for a reason
      if (alias[1].equals(name)) return null;
      if (linker.variants.sameName(name, alias[1])) found.add(alias[0]);
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /** (entry id, name as a link key) of every Arabic name and strong alias, by type and skeleton; built once. */
  private Map<String, List<String[]>> gazetteerNames() {
    Map<String, List<String[]>> index = gazetteerNames;
    if (index == null) {
      index = new HashMap<>();
      for (GazetteerEntry e : gazetteer.entries().values()) {
        List<String> names = new ArrayList<>(e.aliases());
        names.add(e.arabicName());
        for (String raw : new TreeSet<>(names)) {
          if (raw.startsWith("~") || !io.rasd.core.arabic.ArabicChars.hasArabic(raw)) continue;
          String key = linkKeyOf(raw);
          index.computeIfAbsent(e.type() + "|" + variants.skeleton(key), k -> new ArrayList<>())
              .add(new String[] {e.id(), key});
        }
      }
      gazetteerNames = index;
    }
    return index;
  }

  private volatile Map<String, List<String[]>> gazetteerNames;

  /** Entry ids of the one-word place names of the gazetteer, by that word without the article (a state's name). */
  private Map<String, List<String>> gazetteerPlaces() {
    Map<String, List<String>> index = gazetteerPlaces;
    if (index == null) {
      Map<String, Set<String>> ids = new HashMap<>();
      for (List<String[]> names : gazetteerNames().values()) {
        for (String[] alias : names) {
          GazetteerEntry e = gazetteer.entry(alias[0]);
          if (e.type().equals("LOCATION") && !alias[1].contains(" ")) {
            ids.computeIfAbsent(io.rasd.core.arabic.ArabicWord.withoutArticle(alias[1]), k -> new TreeSet<>())
                .add(alias[0]);
          }
        }
      }
      index = new HashMap<>();
      for (Map.Entry<String, Set<String>> e : ids.entrySet()) index.put(e.getKey(), List.copyOf(e.getValue()));
      gazetteerPlaces = index;
    }
    return index;
  }

  private volatile Map<String, List<String>> gazetteerPlaces;

  /** A written name keyed as the extractor keys a name's words (compound spellings joined). */
  static String linkKeyOf(String text) {
    List<String> display = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (io.rasd.core.arabic.Token t : io.rasd.core.arabic.AnalyzedText.analyze(text).words()) {
      display.add(t.word().displayKey());
      keys.add(t.word().nameKey());
    }
    return io.rasd.core.arabic.CompoundNames.key(display, keys);
  }

  private static String name(NameGroup g) {
    return g.linkKey().startsWith("nm:") ? g.linkKey().substring(3) : g.linkKey();
  }

  /**
   * Names outside the gazetteer joined by {@link NameVariants#sameName} within a bucket of one type and skeleton, and
   * persons by {@link NasabLinks}, as connected components (so the result does not depend on order); each cluster
   * is keyed by its {@link #anchor}'s type, skeleton and name.
   */
  private Map<String, List<NameGroup>> similarNames(List<NameGroup> named) {
    List<NameGroup> members = new ArrayList<>(named);
    members.sort(Comparator.comparing(NameGroup::type).thenComparing(EntityLinker::name)
        .thenComparing(NameGroup::linkKey));
    int n = members.size();
    UnionFind same = new UnionFind(n);
    Map<String, List<Integer>> buckets = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      NameGroup g = members.get(i);
      buckets.computeIfAbsent(g.type() + "|" + variants.skeleton(name(g)), k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> bucket : buckets.values()) {
      for (int a = 0; a < bucket.size(); a++) {
        for (int b = a + 1; b < bucket.size(); b++) {
          int i = bucket.get(a);
          int j = bucket.get(b);
          if (variants.sameName(name(members.get(i)), name(members.get(j)))) same.union(i, j);
        }
      }
    }
    List<Integer> persons = new ArrayList<>();
    List<PersonName> parsed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!members.get(i).type().equals("PERSON")) continue;
      persons.add(i);
      parsed.add(personNames.parse(name(members.get(i))));
    }
    for (int[] p : NasabLinks.of(parsed, k -> members.get(persons.get(k)).articleIds().size())) {
      same.union(persons.get(p[0]), persons.get(p[1]));
    }

    Map<Integer, List<NameGroup>> components = new TreeMap<>();
    for (int i = 0; i < n; i++) components.computeIfAbsent(same.find(i), r -> new ArrayList<>()).add(members.get(i));
    Map<String, List<NameGroup>> out = new TreeMap<>();
    for (List<NameGroup> component : components.values()) {
      NameGroup anchor = anchor(component);
      out.put(anchor.type() + "|" + variants.skeleton(name(anchor)) + "|" + name(anchor), component);
    }
    return out;
  }

  /** The group seen first: smallest {@link NameGroup#firstSeen} (unknown last), then smallest link key. */
  static NameGroup anchor(List<NameGroup> component) {
    return component.stream()
        .min(Comparator.comparing((NameGroup g) -> g.firstSeen() == null ? UNDATED : g.firstSeen())
            .thenComparing(NameGroup::linkKey))
        .orElseThrow();
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
