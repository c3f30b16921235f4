package io.rasd.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A real-news claims gold folder: {@code articles.jsonl} (every article the gold covers: url, sample_key and set,
 * {@code security} or {@code ordinary}) and {@code claims.jsonl} (the counts, see {@link NewsGoldClaim}). Rows
 * name articles by URL, not by file, which tells this format from the seeds gold. Reading checks every row:
 * a malformed one fails with its file and line.
 *
 * @param articles the set of each covered article, by URL, in file order
 */
public record NewsGold(Map<String, String> articles, List<NewsGoldClaim> claims) {
  public static final Set<String> QUALIFIERS =
      Set.of("exact", "approximately", "more_than", "at_least", "less_than", "at_most", "range", "vague");
  public static final Set<String> CONTEXTS = Set.of("security", "crime", "accident", "disaster", "other");
  public static final Set<String> SETS = Set.of("security", "ordinary");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** True when {@code dir} holds a gold of this format (its claims.jsonl rows have a url, not a file). */
  public static boolean isNewsGold(Path dir) {
    Path claims = dir.resolve("claims.jsonl");
    if (!Files.isRegularFile(claims) || !Files.isRegularFile(dir.resolve("articles.jsonl"))) return false;
    try {
      for (String line : Files.readAllLines(claims, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) return JSON.readTree(line).has("url");
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + claims, e);
    }
  }

  public static NewsGold read(Path dir) {
    Map<String, String> articles = new LinkedHashMap<>();
    forEachRow(dir.resolve("articles.jsonl"), n -> {
      String url = text(n, "url", true);
      String set = text(n, "set", true);
      if (!SETS.contains(set)) throw new IllegalArgumentException("set must be one of " + SETS);
      if (articles.put(url, set) != null) throw new IllegalArgumentException("url listed twice: " + url);
    });
    List<NewsGoldClaim> claims = new ArrayList<>();
    forEachRow(dir.resolve("claims.jsonl"), n -> claims.add(claim(n, articles)));
    return new NewsGold(Collections.unmodifiableMap(articles), List.copyOf(claims));
  }

  private static NewsGoldClaim claim(JsonNode n, Map<String, String> articles) {
    String url = text(n, "url", true);
    if (!articles.containsKey(url)) throw new IllegalArgumentException("url not in articles.jsonl: " + url);
    String qualifier = text(n, "qualifier", true);
    if (!QUALIFIERS.contains(qualifier)) throw new IllegalArgumentException("qualifier must be one of " + QUALIFIERS);
    String context = text(n, "context", true);
    if (!CONTEXTS.contains(context)) throw new IllegalArgumentException("context must be one of " + CONTEXTS);
    Double value = GoldClaimReader.number(n, "value");
    if ((value == null) != qualifier.equals("vague")) {
      throw new IllegalArgumentException("value is null exactly when the qualifier is vague");
    }
    Double valueMax = GoldClaimReader.number(n, "value_max");
    if (valueMax != null && !qualifier.equals("range")) throw new IllegalArgumentException("value_max needs range");
    String evidence = text(n, "evidence", true);
    if (evidence.isBlank()) throw new IllegalArgumentException("evidence is blank");
    JsonNode required = n.get("required");
    if (required == null || !required.isBoolean()) throw new IllegalArgumentException("required must be true or false");
    return new NewsGoldClaim(url, text(n, "metric", true), value, valueMax, qualifier, text(n, "unit", false),
        integer(n, "year"), integer(n, "since_year"), text(n, "actor", false), context, evidence,
        required.asBoolean());
  }

  private interface Row {
    void accept(JsonNode n);
  }

  private static void forEachRow(Path file, Row row) {
    if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no gold file at " + file);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) continue;
      try {
        row.accept(JSON.readTree(lines.get(i)));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": bad gold line: " + e.getMessage(), e);
      }
    }
  }

  private static String text(JsonNode n, String field, boolean required) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      if (required) throw new IllegalArgumentException(field + " is required");
      return null;
    }
    if (!v.isTextual()) throw new IllegalArgumentException(field + " is not a string");
    return v.asText();
  }

  private static Integer integer(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) return null;
    if (!v.isInt()) throw new IllegalArgumentException(field + " is not a whole number");
    return v.asInt();
  }
}
