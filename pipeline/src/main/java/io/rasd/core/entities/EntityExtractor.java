package io.rasd.core.entities;

import io.rasd.core.model.Mention;
import java.util.List;

/** PLACEHOLDER until the entities branch lands (same API). */
public final class EntityExtractor {
  public static EntityExtractor fromResources() {
    return new EntityExtractor();
  }

  public List<Mention> extract(String body) {
    return List.of();
  }
}
