package io.rasd.cli;

import io.rasd.beam.ParquetTables;
import io.rasd.beam.TableSchemas;
import io.rasd.core.eval.NewsClaimScore;
import io.rasd.core.eval.NewsClaimScorer;
import io.rasd.core.eval.NewsGold;
import io.rasd.core.eval.NewsPrediction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;

/** {@code eval} on a real-news claims gold: a run's claims joined to the gold's articles by their URL. */
final class NewsClaimEval {
  private NewsClaimEval() {}

  static NewsClaimScore score(Path gold, Path output) throws Exception {
    NewsGold g = NewsGold.read(gold);
    Map<String, String> urlByArticle = new HashMap<>();
    for (GenericRecord a : ParquetTables.read(output, TableSchemas.ARTICLES)) {
      Object url = a.get("url");
      if (url != null) urlByArticle.put(a.get("article_id").toString(), url.toString());
    }
    boolean contextColumn = TableSchemas.of(TableSchemas.CLAIMS).getField("context") != null;
    Map<String, List<NewsPrediction>> predicted = new HashMap<>();
    for (GenericRecord c : ParquetTables.read(output, TableSchemas.CLAIMS)) {
      String url = urlByArticle.get(c.get("article_id").toString());
      if (url != null && g.articles().containsKey(url)) {
        Object context = contextColumn ? c.get("context") : null;
        predicted.computeIfAbsent(url, k -> new ArrayList<>())
            .add(new NewsPrediction(EvalCommand.claim(c), context == null ? null : context.toString()));
      }
    }
    return NewsClaimScorer.score(g, predicted, contextColumn);
  }
}
