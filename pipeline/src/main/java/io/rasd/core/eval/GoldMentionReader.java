package io.rasd.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the news-entities gold folder: {@code articles.jsonl} (the articles covered) and {@code mentions.jsonl}. */
public final class GoldMentionReader {
  public static final String ARTICLES = "articles.jsonl";
  public static final String MENTIONS = "mentions.jsonl";

  private GoldMentionReader() {}

  /** True when {@code dir} looks like an entity gold (has a mentions.jsonl). */
  public static boolean isEntityGold(Path dir) {
    return Files.isRegularFile(dir.resolve(MENTIONS));
  }

  public static List<GoldMention> mentions(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<GoldMention> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(dir.resolve(MENTIONS), StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) continue;
      JsonNode m = json.readTree(line);
      for (String f : List.of("url", "type", "text", "start", "end", "key", "occurrence")) {
        if (!m.hasNonNull(f)) throw new IOException(MENTIONS + ":" + n + ": missing field " + f);
      }
      out.add(new GoldMention(m.get("url").asText(), m.get("type").asText(), m.get("text").asText(),
          m.get("start").asInt(), m.get("end").asInt(), m.get("key").asText(), m.get("occurrence").asInt()));
    }
    return out;
  }

  /** The urls of the articles the gold covers, with or without mentions. */
  public static Set<String> articleUrls(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> urls = new LinkedHashSet<>();
    for (String line : Files.readAllLines(dir.resolve(ARTICLES), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) urls.add(json.readTree(line).get("url").asText());
    }
    return urls;
  }
}
