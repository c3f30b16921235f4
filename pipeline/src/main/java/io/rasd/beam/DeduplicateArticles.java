package io.rasd.beam;

import io.rasd.core.model.Article;
import io.rasd.core.model.Reject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Inputs with identical cleaned content give one article (the first by source file and index, so the choice does
 * not depend on input order) and a {@code duplicate} reject for each other copy, naming the one kept.
 */
public class DeduplicateArticles extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<Article> UNIQUE = new TupleTag<>() {};
  public static final TupleTag<Reject> DUPLICATES = new TupleTag<>() {};

  /**
   * Articles are grouped by a prefix of their id, not the id itself: far fewer keys (the DirectRunner slows down
   * with one key per article), and copies still meet in the same group.
   */
  static final int ID_PREFIX = 2;

  private static final Comparator<Article> FIRST =
      Comparator.comparing(Article::sourceFile).thenComparingInt(Article::sourceIndex);

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple out =
        articles
            .apply(
                "KeyByIdPrefix",
                WithKeys.of((Article a) -> a.articleId().substring(0, ID_PREFIX)).withKeyType(TypeDescriptors.strings()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(Article.class)))
            .apply("GroupSameContent", GroupByKey.create())
            .apply("KeepFirst", ParDo.of(new KeepFirstFn()).withOutputTags(UNIQUE, TupleTagList.of(DUPLICATES)));
    out.get(UNIQUE).setCoder(SerializableCoder.of(Article.class));
    out.get(DUPLICATES).setCoder(SerializableCoder.of(Reject.class));
    return out;
  }

  static String location(Article a) {
    return io.rasd.core.model.RawArticle.location(a.sourceFile(), a.sourceIndex());
  }

  static class KeepFirstFn extends DoFn<KV<String, Iterable<Article>>, Article> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<Article>> group, MultiOutputReceiver out) {
      Map<String, List<Article>> byId = new HashMap<>();
      for (Article a : group.getValue()) {
        byId.computeIfAbsent(a.articleId(), k -> new ArrayList<>()).add(a);
      }
      for (List<Article> copies : byId.values()) {
        copies.sort(FIRST);
        Article kept = copies.get(0);
        out.get(UNIQUE).output(kept);
        for (Article dup : copies.subList(1, copies.size())) {
          out.get(DUPLICATES)
              .output(
                  new Reject(
                      location(dup),
                      Reject.DUPLICATE,
                      "same cleaned content as " + location(kept) + " (article_id " + kept.articleId() + ")"));
        }
      }
    }
  }
}
