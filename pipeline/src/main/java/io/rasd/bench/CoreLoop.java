package io.rasd.bench;

import io.rasd.core.ArticleExtraction;
import io.rasd.core.limits.GuardedExtraction;
import io.rasd.core.input.InputReader;
import io.rasd.core.input.TextDecoder;
import io.rasd.core.model.Article;
import io.rasd.core.model.DecodedArticle;
import io.rasd.core.model.RawArticle;
import io.rasd.core.text.ArticleCleaner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The extraction core in a plain loop on N threads, without Beam: read, decode, clean, deduplicate, extract
 * entities and claims. The yardstick for the pipeline's overhead.
 */
public final class CoreLoop {
  /** What the loop saw: articles after deduplication, words of their bodies, mentions and claims found. */
  public record Counts(long articles, long words, long mentions, long claims) {}

  private CoreLoop() {}

  public static Counts run(List<String> files, int threads) throws Exception {
    AtomicLong articles = new AtomicLong();
    AtomicLong words = new AtomicLong();
    AtomicLong mentions = new AtomicLong();
    AtomicLong claims = new AtomicLong();
    Set<String> seen = ConcurrentHashMap.newKeySet();
    ThreadLocal<ArticleExtraction> extraction = ThreadLocal.withInitial(ArticleExtraction::fromResources);
    ThreadLocal<ArticleCleaner> cleaners = ThreadLocal.withInitial(ArticleCleaner::fromResources);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done =
          files.stream()
              .<Future<?>>map(
                  file ->
                      pool.submit(
                          () -> {
                            for (RawArticle raw : InputReader.read(file, readAll(file)).articles()) {
                              TextDecoder.Result text = TextDecoder.decode(raw);
                              if (!text.ok()) {
                                continue;
                              }
                              Article a = cleaners.get().clean(new DecodedArticle(raw.meta(), text.text(), text.charset(), text.repairs())).article();
                              if (a == null || !seen.add(a.articleId())) {
                                continue;
                              }
                              articles.incrementAndGet();
                              words.addAndGet(ArticleCleaner.wordCount(a.body()));
                              GuardedExtraction.Outcome found = extraction.get().extract(a);
                              mentions.addAndGet(found.mentions().size());
                              claims.addAndGet(found.claims().size());
                            }
                            return null; // a Callable: the extraction may be interrupted
                          }))
              .toList();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return new Counts(articles.get(), words.get(), mentions.get(), claims.get());
  }

  private static byte[] readAll(String file) {
    try {
      return Files.readAllBytes(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
