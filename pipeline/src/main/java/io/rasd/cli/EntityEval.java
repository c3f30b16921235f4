package io.rasd.cli;

import io.rasd.beam.ParquetTables;
import io.rasd.beam.TableSchemas;
import io.rasd.core.eval.EntityScore;
import io.rasd.core.eval.EntityScorer;
import io.rasd.core.eval.GoldMentionReader;
import io.rasd.core.eval.ScoredMention;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;

/** {@code eval --entities-gold=DIR}: a run's mentions and entity ids against the news-entities gold, by url. */
final class EntityEval {
  private EntityEval() {}

  static EntityScore score(Path gold, Path output) throws Exception {
    Map<String, String> bodyByUrl = new HashMap<>();
    Map<String, String> urlByArticle = new HashMap<>();
    for (GenericRecord a : ParquetTables.read(output, TableSchemas.ARTICLES)) {
      Object url = a.get("url");
      if (url == null) continue;
      bodyByUrl.put(url.toString(), a.get("body").toString());
      urlByArticle.put(a.get("article_id").toString(), url.toString());
    }
    List<ScoredMention> predicted = new ArrayList<>();
    for (GenericRecord m : ParquetTables.read(output, TableSchemas.MENTIONS)) {
      String url = urlByArticle.get(m.get("article_id").toString());
      if (url == null) continue;
      Object id = m.get("entity_id");
      predicted.add(new ScoredMention(url, m.get("type").toString(), m.get("text").toString(), (Integer) m.get("start"),
          (Integer) m.get("end"), id == null ? null : id.toString()));
    }
    return EntityScorer.score(GoldMentionReader.mentions(gold), GoldMentionReader.articleUrls(gold), bodyByUrl,
        predicted);
  }
}
