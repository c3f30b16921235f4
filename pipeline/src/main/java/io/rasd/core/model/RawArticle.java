package io.rasd.core.model;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * One article as found inside an input file, before decoding: the Read step's output.
 *
 * <p>A plain text file gives one {@code RawArticle} with {@code sourceIndex} 0; a JSON export or an archive gives one
 * per element. {@code content} holds the article's text bytes (for structured inputs, already extracted and UTF-8
 * encoded); the metadata fields are null when the input format does not carry them.
 */
public record RawArticle(
    String sourceFile,
    int sourceIndex,
    byte[] content,
    /** Charset the reader already knows the content is in (e.g. UTF-8 for JSON); null means "detect". */
    String knownCharset,
    String title,
    String date,
    String url,
    String source,
    String author)
    implements Serializable {

  public static RawArticle plain(String sourceFile, int sourceIndex, byte[] content) {
    return new RawArticle(sourceFile, sourceIndex, content, null, null, null, null, null, null);
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
        && Objects.equals(knownCharset, r.knownCharset)
        && Objects.equals(title, r.title)
        && Objects.equals(date, r.date)
        && Objects.equals(url, r.url)
        && Objects.equals(source, r.source)
        && Objects.equals(author, r.author);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceFile, sourceIndex, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "RawArticle[" + location() + ", " + content.length + " bytes]";
  }
}
