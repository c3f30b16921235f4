package io.rasd.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rasd.beam.ParquetTables;
import io.rasd.beam.TableSchemas;
import io.rasd.core.eval.ClaimScore;
import io.rasd.core.eval.ClaimScorer;
import io.rasd.core.eval.EntityScorer;
import io.rasd.core.eval.GoldClaimReader;
import io.rasd.core.eval.NewsClaimScorer;
import io.rasd.core.eval.NewsGold;
import io.rasd.core.model.Claim;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.generic.GenericRecord;

/**
 * {@code rasd.jar eval --gold=DIR --output=DIR}: precision and recall of the {@code claims} a run wrote against a
 * gold folder in the seeds-gold format ({@code claims.jsonl}, optionally {@code articles.jsonl} naming the files
 * the gold covers). Articles are matched to gold rows by file name. A real-news gold (rows keyed by url, see
 * {@link NewsGold}) is scored by {@link NewsClaimEval} instead. {@code --entities-gold=DIR} also (or only) scores
 * the run's mentions and entity ids against the news-entities gold ({@link EntityEval}).
 */
public final class EvalCommand {
  private EvalCommand() {}

  public static int run(String[] args) throws Exception {
    Flags flags = Flags.parse(args, Set.of("gold", "output", "entities-gold"));
    Path output = Path.of(flags.get("output", "output"));
    String entitiesGold = flags.get("entities-gold", "");
    if (!entitiesGold.isEmpty()) {
      System.out.println(EntityScorer.report(EntityEval.score(Path.of(entitiesGold), output)));
      if (flags.get("gold", "").isEmpty()) return 0;
    }
    Path gold = Path.of(flags.require("gold"));
    if (NewsGold.isNewsGold(gold)) {
      System.out.print(NewsClaimScorer.report(NewsClaimEval.score(gold, output)));
      return 0;
    }
    System.out.println(ClaimScorer.report(score(gold, output)));
    return 0;
  }

  /** The score of the claims under {@code output} against the gold folder. */
  public static ClaimScore score(Path gold, Path output) throws Exception {
    Map<String, String> fileByArticle = new HashMap<>();
    for (GenericRecord a : ParquetTables.read(output, TableSchemas.ARTICLES)) {
      fileByArticle.put(a.get("article_id").toString(), fileName(a.get("source_file").toString()));
    }
    Set<String> covered = coveredFiles(gold);
    Map<String, List<Claim>> predicted = new HashMap<>();
    for (GenericRecord c : ParquetTables.read(output, TableSchemas.CLAIMS)) {
      String file = fileByArticle.get(c.get("article_id").toString());
      if (file != null && (covered.isEmpty() || covered.contains(file))) {
        predicted.computeIfAbsent(file, k -> new ArrayList<>()).add(claim(c));
      }
    }
    return ClaimScorer.score(GoldClaimReader.read(gold), predicted);
  }

  /** Files listed in the gold's articles.jsonl (the articles it covers, with or without claims), if present. */
  private static Set<String> coveredFiles(Path gold) throws Exception {
    Set<String> files = new HashSet<>();
    Path articles = gold.resolve("articles.jsonl");
    if (Files.isRegularFile(articles)) {
      ObjectMapper json = new ObjectMapper();
      for (String line : Files.readAllLines(articles)) {
        if (!line.isBlank()) {
          files.add(json.readTree(line).get("file").asText());
        }
      }
    }
    return files;
  }

  private static String fileName(String sourceFile) {
    String s = sourceFile.replace('\\', '/');
    return s.substring(s.lastIndexOf('/') + 1);
  }

  static Claim claim(GenericRecord r) {
    return new Claim(
        str(r, "metric"), (Double) r.get("value"), (Double) r.get("value_max"), str(r, "qualifier"),
        str(r, "counted"), str(r, "unit"), (Integer) r.get("year"), (Integer) r.get("since_year"),
        str(r, "actor"), str(r, "source"), str(r, "location"), str(r, "text"),
        (Integer) r.get("start"), (Integer) r.get("end"));
  }

  private static String str(GenericRecord r, String field) {
    Object v = r.get(field);
    return v == null ? null : v.toString();
  }
}
