package io.rasd.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads gold claims in the seeds-gold format: one JSON object a line (file, metric, value, qualifier, ...). */
public final class GoldClaimReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldClaimReader() {}

  /** claims.jsonl inside a gold folder, or the file itself when {@code path} is a file. */
  public static List<GoldClaim> read(Path path) {
    Path file = Files.isDirectory(path) ? path.resolve("claims.jsonl") : path;
    if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no gold claims file at " + file);
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Parses JSON lines; a malformed line fails with its line number. Blank lines are skipped. */
  public static List<GoldClaim> read(Reader in, String name) throws IOException {
    List<GoldClaim> out = new ArrayList<>();
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank()) continue;
      try {
        JsonNode n = JSON.readTree(line);
        String file = text(n, "file");
        String metric = text(n, "metric");
        if (file == null || metric == null) throw new IllegalArgumentException("file and metric are required");
        String qualifier = text(n, "qualifier");
        out.add(new GoldClaim(file, metric, number(n, "value"), qualifier == null ? "exact" : qualifier,
            integer(n, "year"), integer(n, "since"), text(n, "location"), text(n, "evidence"),
            !n.has("required") || n.get("required").asBoolean(true)));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException(name + ":" + no + ": bad gold line: " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static String text(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** A numeric field, null when absent or null; anything else fails. */
  static Double number(JsonNode n, String f) {
    JsonNode v = n.get(f);
    if (v == null || v.isNull()) return null;
    if (!v.isNumber()) throw new IllegalArgumentException(f + " is not a number");
    return v.asDouble();
  }

  private static Integer integer(JsonNode n, String f) {
    Double d = number(n, f);
    return d == null ? null : d.intValue();
  }
}
