package io.rasd.core.input;

import io.rasd.core.model.RawArticle;
import io.rasd.core.model.Reject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits one input file into articles. The format is sniffed from the content first and the file name second:
 * ZIP and GZIP archives (read recursively), known binary formats (rejected as {@code unsupported_format}), JSON
 * exports (array, object, JSON Lines), RSS/Atom feeds, HTML pages, and plain text (everything else, decoded later by
 * {@link TextDecoder}).
 *
 * <p>Thread-safe; never throws on bad content: problems become {@link Reject}s.
 */
public final class InputReader {

  /** What one file produced. */
  public record ReadResult(List<RawArticle> articles, List<Reject> rejects) {}

  /**
   * Safety limits for one {@link #read} call.
   *
   * @param maxExpandedBytes total bytes all archives inside one input file may decompress to (zip bomb guard)
   * @param maxArchiveDepth how many archives may be nested inside each other
   * @param maxDocumentBytes largest single document (a file or archive entry, after decompression) held in memory:
   *     a larger one is a {@code too_large} reject, refused by its declared size before any inflation when the
   *     archive says it, else as soon as inflating passes the limit
   * @param maxFileBytes largest input file that is read at all (archives and JSON exports may be larger than a
   *     document, up to this)
   * @param maxFileArticles most articles kept from one input file (a multiple of {@link #JSON_RANGE_ELEMENTS}): the
   *     rest become one {@code too_large} reject. A limit, not streaming: the DirectRunner holds every article of
   *     the run at the corpus-wide steps, so one file may not bring more than this many (README, "Reliability")
   */
  public record Limits(
      long maxExpandedBytes, int maxArchiveDepth, long maxDocumentBytes, long maxFileBytes, int maxFileArticles)
      implements java.io.Serializable {
    /**
     * Articles kept from one input file by default: 50,000, or the system property {@code rasd.maxFileArticles} (a
     * multiple of {@link #JSON_RANGE_ELEMENTS}; a larger file needs a larger heap, see README "Reliability").
     */
    public static final int MAX_FILE_ARTICLES = maxFileArticles(System.getProperty("rasd.maxFileArticles"));

    /** The articles limit a {@code rasd.maxFileArticles} value gives: 50,000 when it is not set. */
    static int maxFileArticles(String property) {
      return property == null || property.isBlank() ? 50_000 : Integer.parseInt(property.strip());
    }

    /**
     * 512 MiB of decompressed data and 8 levels of nesting per input file, 64 MiB documents, 1 GiB files, 50,000
     * articles per file.
     */
    public static final Limits DEFAULT = new Limits(512L << 20, 8, 64L << 20, 1L << 30, MAX_FILE_ARTICLES);

    public Limits {
      if (maxFileArticles < 1 || maxFileArticles % JSON_RANGE_ELEMENTS != 0) {
        throw new IllegalArgumentException(
            "maxFileArticles must be a positive multiple of " + JSON_RANGE_ELEMENTS + ": " + maxFileArticles);
      }
    }

    /** The default articles limit. */
    public Limits(long maxExpandedBytes, int maxArchiveDepth, long maxDocumentBytes, long maxFileBytes) {
      this(maxExpandedBytes, maxArchiveDepth, maxDocumentBytes, maxFileBytes, MAX_FILE_ARTICLES);
    }

    /**
     * The reject of the {@code skipped} articles (or array elements: {@code what}) of a file beyond
     * {@link #maxFileArticles}, the first at {@code at}.
     */
    public Reject overArticleLimit(String at, long skipped, String what) {
      return new Reject(
          at, Reject.TOO_LARGE,
          skipped + " more " + what + " not kept: one input file gives at most " + maxFileArticles
              + " (per-file limit, see README \"Reliability: hostile input\"); split the file to read them");
    }

    /** Why a file of {@code size} bytes starting with {@code head} is not read, or null when it may be. */
    public String refuse(long size, byte[] head, String name) {
      if (size > maxFileBytes) {
        return size + " bytes, over the " + humanBytes(maxFileBytes) + " input file limit";
      }
      boolean container =
          MagicNumbers.isZip(head) || MagicNumbers.isGzip(head) || JSON_EXTENSIONS.contains(extension(name))
              || startsLikeJson(head);
      if (size > maxDocumentBytes && !container) {
        return size + " bytes, over the " + humanBytes(maxDocumentBytes) + " document limit";
      }
      return null;
    }

    static String humanBytes(long n) {
      if (n >= 1L << 20 && n % (1L << 20) == 0) {
        return (n >> 20) + " MiB";
      }
      if (n >= 1L << 10 && n % (1L << 10) == 0) {
        return (n >> 10) + " KiB";
      }
      return n + " bytes";
    }
  }

  /**
   * Elements {@code startIndex} to {@code startIndex + count - 1} of a file that is one JSON array, the first of
   * them starting at byte {@code startByte}.
   */
  public record JsonRange(long startByte, int startIndex, int count) implements java.io.Serializable {}

  /**
   * Elements per {@link JsonRange}: a JSON array file with more is read range by range (a million-element export
   * is never held whole), each range a separate unit of work holding at most this many articles.
   */
  public static final int JSON_RANGE_ELEMENTS = 1000;

  /**
   * Whether a file starting with {@code head} may be one JSON array to read in ranges: its first non-blank byte is
   * '[' in an ASCII-compatible encoding (no byte order mark, no UTF-16).
   */
  public static boolean mayBeJsonArray(byte[] head) {
    int start = 0;
    while (start < head.length && (head[start] == ' ' || head[start] == '\t' || head[start] == '\r' || head[start] == '\n')) {
      start++;
    }
    return start < head.length && head[start] == '[' && (start + 1 >= head.length || head[start + 1] != 0);
  }

  /**
   * The ranges of {@link #JSON_RANGE_ELEMENTS} elements of a file that is one clean UTF-8 JSON array, read from
   * {@code in} once in bounded memory; null when it is not (or has at most one range): then {@link #read} it whole.
   */
  public static List<JsonRange> planJsonArray(InputStream in) {
    List<JsonRange> ranges = JsonArticleReader.planArray(in, JSON_RANGE_ELEMENTS);
    return ranges == null || ranges.size() < 2 ? null : ranges;
  }

  /** The ranges of a planned array that are read, and the reject of those beyond the articles limit (or null). */
  public record PlannedRanges(List<JsonRange> read, Reject beyondLimit) {}

  /**
   * Splits {@code ranges} at {@link Limits#maxFileArticles()}: ranges from there on are never read, and stand as one
   * {@code too_large} reject located at their first element.
   */
  public static PlannedRanges limitRanges(String sourceFile, List<JsonRange> ranges, Limits limits) {
    List<JsonRange> read = new java.util.ArrayList<>();
    JsonRange firstSkipped = null;
    long skipped = 0;
    for (JsonRange r : ranges) {
      if (r.startIndex() + (long) r.count() <= limits.maxFileArticles()) {
        read.add(r);
      } else {
        firstSkipped = firstSkipped == null ? r : firstSkipped;
        skipped += r.count();
      }
    }
    Reject beyond =
        firstSkipped == null ? null
            : limits.overArticleLimit(RawArticle.location(sourceFile, firstSkipped.startIndex()), skipped, "array element(s)");
    return new PlannedRanges(List.copyOf(read), beyond);
  }

  /** One range of {@link #planJsonArray}: {@code atStart} is the file positioned at its {@code startByte}. */
  public static ReadResult readJsonRange(String sourceFile, InputStream atStart, JsonRange range) {
    ReadContext ctx = new ReadContext(Limits.DEFAULT);
    try {
      JsonArticleReader.readRange(sourceFile, atStart, range, ctx);
    } catch (RuntimeException | StackOverflowError e) {
      ctx.reject(RawArticle.location(sourceFile, range.startIndex()), Reject.UNREADABLE, "reader failed: " + e);
    }
    return ctx.result();
  }

  private static final Set<String> JSON_EXTENSIONS = Set.of("json", "jsonl", "ndjson");
  private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml");
  private static final byte[] XML_PROLOG = "<?xml".getBytes(StandardCharsets.US_ASCII);

  private InputReader() {}

  /** {@code sourceFile}: the path as given (kept in every row); {@code bytes}: the whole file. */
  public static ReadResult read(String sourceFile, byte[] bytes) {
    return read(sourceFile, bytes, Limits.DEFAULT);
  }

  public static ReadResult read(String sourceFile, byte[] bytes, Limits limits) {
    ReadContext ctx = new ReadContext(limits);
    String name = sourceFile == null ? "" : sourceFile;
    try {
      readAny(name, name, bytes == null ? new byte[0] : bytes, 0, ctx);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug or an input beyond our means must not take the whole batch down.
      ctx.reject(name, Reject.UNREADABLE, "reader failed: " + e);
    }
    return ctx.result();
  }

  /**
   * @param location what rows name this content by ({@code a.zip!/b.json})
   * @param nameForType the file name whose extension hints at the format (for {@code x.json.gz}: {@code x.json})
   */
  private static void readAny(String location, String nameForType, byte[] bytes, int depth, ReadContext ctx) {
    String ext = extension(nameForType);
    if (MagicNumbers.isZip(bytes)) {
      if (tooDeep(location, depth, ctx)) {
        return;
      }
      ArchiveReader.readZip(location, bytes, depth, ctx, InputReader::readAny);
      return;
    }
    if (MagicNumbers.isGzip(bytes)) {
      if (tooDeep(location, depth, ctx)) {
        return;
      }
      ArchiveReader.readGzip(location, nameForType, bytes, depth, ctx, InputReader::readAny);
      return;
    }
    String unsupported = MagicNumbers.unsupportedFormat(bytes);
    if (unsupported != null) {
      ctx.reject(location, Reject.UNSUPPORTED_FORMAT, unsupported);
      return;
    }
    int start = JsonArticleReader.skipBomAndBlank(bytes, 0);
    int first = start < bytes.length ? bytes[start] : -1;
    if (first == '<') {
      if (FeedReader.looksLikeFeed(bytes, start)) {
        FeedReader.read(location, bytes, ctx);
        return;
      }
      if (looksLikeHtml(bytes, start) || HTML_EXTENSIONS.contains(ext)) {
        readHtml(location, bytes, ctx);
        return;
      }
      if (MagicNumbers.startsWith(bytes, start, XML_PROLOG)) {
        ctx.reject(location, Reject.UNSUPPORTED_FORMAT, "XML document (not HTML, RSS or Atom)");
        return;
      }
    } else if (first == '[' || first == '{' || JSON_EXTENSIONS.contains(ext)) {
      if (JsonArticleReader.read(location, bytes, ext, ctx)) {
        return;
      }
    } else if (HTML_EXTENSIONS.contains(ext)) {
      readHtml(location, bytes, ctx);
      return;
    }
    // Plain text, and anything unrecognised: TextDecoder decides later whether it is text at all.
    ctx.article(RawArticle.plain(location, 0, bytes));
  }

  private static boolean tooDeep(String location, int depth, ReadContext ctx) {
    if (depth < ctx.limits.maxArchiveDepth()) {
      return false;
    }
    ctx.reject(
        location, Reject.UNREADABLE, "archives nested more than " + ctx.limits.maxArchiveDepth() + " deep");
    return true;
  }

  private static void readHtml(String location, byte[] bytes, ReadContext ctx) {
    TextDecoder.Result page = HtmlArticleExtractor.decodePage(bytes);
    if (!page.ok()) {
      ctx.reject(location, page.rejectReason(), page.rejectDetail());
      return;
    }
    HtmlArticleExtractor.Extracted x = HtmlArticleExtractor.extract(page.text(), "");
    if (x.body().isBlank()) {
      ctx.reject(location, Reject.NO_TEXT, "no article text found in the HTML page");
      return;
    }
    ctx.article(
        RawArticle.text(
            location,
            0,
            x.body(),
            page.charset(),
            x.title(),
            x.date(),
            x.url(),
            x.source(),
            x.author())
            .withReaderRepairs(page.repairs()));
  }

  private static boolean startsLikeJson(byte[] head) {
    int start = JsonArticleReader.skipBomAndBlank(head, 0);
    return start < head.length && (head[start] == '[' || head[start] == '{');
  }

  /** Sniffs markup: starts with '<' and names html/head/body within the first KiB. */
  static boolean looksLikeHtml(byte[] bytes, int start) {
    if (start >= bytes.length || bytes[start] != '<') {
      return false;
    }
    String head =
        new String(bytes, start, Math.min(bytes.length - start, 1024), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html")
        || head.contains("<html")
        || head.contains("<head")
        || head.contains("<body");
  }

  /** Lower-case extension of the last path segment (after any {@code !/}), or "". */
  static String extension(String name) {
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = base.lastIndexOf('.');
    return dot <= 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
