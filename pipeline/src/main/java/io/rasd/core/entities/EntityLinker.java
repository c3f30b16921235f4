package io.rasd.core.entities;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** PLACEHOLDER until the entities branch lands (same API). */
public final class EntityLinker {
  public record NameGroup(
      String type, String linkKey, String gazetteerId, Map<String, Long> surfaces, long mentionCount, Set<String> articleIds) {}

  public record EntityRow(
      String entityId, String type, String canonicalName, String latinName, String wikidataId, List<String> aliases,
      long mentionCount, long articleCount) {}

  public record Linking(List<EntityRow> entities, Map<String, String> entityIdByGroupKey) {}

  public static String groupKey(String type, String linkKey) {
    return type + "|" + linkKey;
  }

  public static EntityLinker fromResources() {
    return new EntityLinker();
  }

  public Linking link(Collection<NameGroup> groups) {
    return new Linking(List.of(), Map.of());
  }
}
