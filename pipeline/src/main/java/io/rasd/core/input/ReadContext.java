package io.rasd.core.input;

import io.rasd.core.model.RawArticle;
import io.rasd.core.model.Reject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The mutable state of one {@link InputReader#read} call: collected output and the decompression budget. */
final class ReadContext {

  /** Thrown when one decompressed document would pass {@link InputReader.Limits#maxDocumentBytes()}. */
  static final class DocumentTooLargeException extends IOException {
    DocumentTooLargeException(String message) {
      super(message);
    }
  }

  /** Thrown when decompressing would pass {@link InputReader.Limits#maxExpandedBytes()}. */
  static final class ExpansionLimitException extends IOException {
    ExpansionLimitException(String message) {
      super(message);
    }
  }

  final InputReader.Limits limits;
  final List<RawArticle> articles = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();
  private long expandedBytes;
  private boolean budgetExhausted;
  /** Articles past {@link InputReader.Limits#maxFileArticles()}: counted, not kept; the first one's location. */
  private long beyondLimit;
  private String firstBeyond;

  ReadContext(InputReader.Limits limits) {
    this.limits = limits;
  }

  void article(RawArticle a) {
    if (articles.size() < limits.maxFileArticles()) {
      articles.add(a);
    } else {
      firstBeyond = beyondLimit++ == 0 ? a.location() : firstBeyond;
    }
  }

  /** What was read: the articles kept, the rejects, and one reject for the articles past the per-file limit. */
  InputReader.ReadResult result() {
    List<Reject> all = new ArrayList<>(rejects);
    if (beyondLimit > 0) {
      all.add(limits.overArticleLimit(firstBeyond, beyondLimit, "article(s)"));
    }
    return new InputReader.ReadResult(List.copyOf(articles), List.copyOf(all));
  }

  void reject(String location, String reason, String detail) {
    rejects.add(new Reject(location, reason, detail));
  }

  boolean budgetExhausted() {
    return budgetExhausted;
  }

  /** Reads a decompressing stream to its end, counting every byte against the shared budget. */
  byte[] readCapped(InputStream in) throws IOException {
    if (budgetExhausted) {
      throw new ExpansionLimitException("decompression budget already used up");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long document = 0;
    for (int n; (n = in.read(buf)) > 0; ) {
      document += n;
      if (document > limits.maxDocumentBytes()) {
        throw new DocumentTooLargeException(
            "inflates past the " + InputReader.Limits.humanBytes(limits.maxDocumentBytes()) + " document limit");
      }
      expandedBytes += n;
      if (expandedBytes > limits.maxExpandedBytes()) {
        budgetExhausted = true;
        throw new ExpansionLimitException(
            "archive expands past the " + InputReader.Limits.humanBytes(limits.maxExpandedBytes())
                + " decompression cap (zip bomb guard); rest skipped");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** A point to roll back to when an archive has to be re-read another way. */
  Mark mark() {
    return new Mark(articles.size(), rejects.size(), expandedBytes, beyondLimit, firstBeyond);
  }

  void rollback(Mark mark) {
    articles.subList(mark.articles, articles.size()).clear();
    rejects.subList(mark.rejects, rejects.size()).clear();
    expandedBytes = mark.expandedBytes;
    beyondLimit = mark.beyondLimit;
    firstBeyond = mark.firstBeyond;
  }

  record Mark(int articles, int rejects, long expandedBytes, long beyondLimit, String firstBeyond) {}
}
