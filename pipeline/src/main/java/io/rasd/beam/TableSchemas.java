package io.rasd.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/** The output tables and their Avro schemas, read from {@code schemas/*.avsc} (the repository's /schemas folder). */
public final class TableSchemas {
  public static final String ARTICLES = "articles";
  public static final String MENTIONS = "mentions";
  public static final String ENTITIES = "entities";
  public static final String CLAIMS = "claims";
  public static final String CLAIM_GROUPS = "claim_groups";
  public static final String REJECTS = "rejects";
  public static final List<String> ALL = List.of(ARTICLES, MENTIONS, ENTITIES, CLAIMS, CLAIM_GROUPS, REJECTS);

  private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

  private TableSchemas() {}

  public static Schema of(String table) {
    return CACHE.computeIfAbsent(table, TableSchemas::load);
  }

  private static Schema load(String table) {
    String path = "schemas/" + table + ".avsc";
    try (InputStream in = TableSchemas.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing schema on the classpath: " + path);
      }
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
