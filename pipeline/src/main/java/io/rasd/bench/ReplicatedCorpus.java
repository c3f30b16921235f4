package io.rasd.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rasd.core.input.InputReader;
import io.rasd.core.input.TextDecoder;
import io.rasd.core.model.RawArticle;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a corpus K times over as JSON Lines, each copy's titles marked with its number, so the copies are distinct
 * articles (not duplicates) and a run over it does K times the work: the input of the linear-growth benchmark.
 */
public final class ReplicatedCorpus {
  private ReplicatedCorpus() {}

  /** @return the folder holding the K copies */
  public static Path write(List<String> files, int copies, Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Files.createDirectories(dir);
    for (int f = 0; f < files.size(); f++) {
      List<RawArticle> articles = InputReader.read(files.get(f), Files.readAllBytes(Path.of(files.get(f)))).articles();
      for (int c = 0; c < copies; c++) {
        Path out = dir.resolve(String.format("copy%02d-file%03d.jsonl", c, f));
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          for (RawArticle a : articles) {
            TextDecoder.Result text = TextDecoder.decode(a);
            ObjectNode row = json.createObjectNode();
            row.put("title", (a.title() == null ? "" : a.title()) + " [" + (c + 1) + "]");
            row.put("content", text.ok() ? text.text() : "");
            row.put("date", a.date());
            row.put("url", a.url());
            row.put("source", a.source());
            w.write(json.writeValueAsString(row));
            w.newLine();
          }
        }
      }
    }
    return dir;
  }
}
