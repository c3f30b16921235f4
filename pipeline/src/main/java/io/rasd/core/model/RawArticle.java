package io.rasd.core.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * One article as found inside an input file: the Read step's output.
 *
 * <p>A plain text file gives one {@code RawArticle} with {@code sourceIndex} 0 and its undecoded bytes in
 * {@code content}; a JSON export, feed or HTML page gives one per element with the text its reader already
 * extracted in {@code text} (never re-encoded to bytes). Exactly one of the two is set. The metadata fields are null
 * when the input format does not carry them.
 */
public record RawArticle(
    String sourceFile,
    int sourceIndex,
    /** Undecoded bytes of a raw file, or null when {@code text} is set. */
    byte[] content,
    /** Text a reader already decoded, or null for a raw file. */
    String text,
    /** For {@code text}: the charset it was decoded from; for {@code content}: a known charset, or null (detect). */
    String knownCharset,
    String title,
    String date,
    String url,
    String source,
    String author,
    /** For {@code text}: damaged bytes and stray NULs its reader already repaired while decoding (an HTML page). */
    int readerRepairs)
    implements Serializable {

  public RawArticle {
    if ((content == null) == (text == null)) {
      throw new IllegalArgumentException("a raw article has either bytes or text");
    }
  }

  /** A raw file's bytes, to be decoded. */
  public static RawArticle plain(String sourceFile, int sourceIndex, byte[] content) {
    return new RawArticle(sourceFile, sourceIndex, content, null, null, null, null, null, null, null, 0);
  }

  /** Text a reader extracted, with the metadata it found. */
  public static RawArticle text(
      String sourceFile, int sourceIndex, String text, String charset, String title, String date, String url,
      String source, String author) {
    return new RawArticle(sourceFile, sourceIndex, null, text, charset, title, date, url, source, author, 0);
  }

  /** This article with {@code n} repairs its reader made while decoding its text. */
  public RawArticle withReaderRepairs(int n) {
    return new RawArticle(sourceFile, sourceIndex, content, text, knownCharset, title, date, url, source, author, n);
  }

  /** Size for spreading work: bytes of a raw file, characters of text. */
  public long size() {
    return content != null ? content.length : text.length();
  }

  /** The metadata, without the content. */
  public ArticleMeta meta() {
    return new ArticleMeta(sourceFile, sourceIndex, title, date, url, source, author);
  }

  /** Where this article came from, for rejects and logs: {@code file} or {@code file#index}. */
  public String location() {
    return location(sourceFile, sourceIndex);
  }

  /** {@code file} for the first (or only) article of a file, {@code file#index} for the others. */
  public static String location(String sourceFile, int sourceIndex) {
    return sourceIndex == 0 ? sourceFile : sourceFile + "#" + sourceIndex;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawArticle r
        && sourceFile.equals(r.sourceFile)
        && sourceIndex == r.sourceIndex
        && Arrays.equals(content, r.content)
        && Objects.equals(text, r.text)
        && Objects.equals(knownCharset, r.knownCharset)
        && Objects.equals(title, r.title)
        && Objects.equals(date, r.date)
        && Objects.equals(url, r.url)
        && Objects.equals(source, r.source)
        && Objects.equals(author, r.author)
        && readerRepairs == r.readerRepairs;
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceFile, sourceIndex, Arrays.hashCode(content), text);
  }

  @Override
  public String toString() {
    return "RawArticle[" + location() + ", " + (content != null ? content.length + " bytes]" : text.length() + " chars]");
  }
}
