package io.rasd.core.input;

import io.rasd.core.model.Reject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks ZIP and GZIP inputs in memory and hands each file inside back to the format dispatch, naming entries
 * {@code archive.zip!/entry/name}. Every decompressed byte counts against {@link InputReader.Limits} (zip bombs).
 */
final class ArchiveReader {

  /** Reads the content of one file found inside an archive. */
  @FunctionalInterface
  interface Contents {
    void read(String location, String nameForType, byte[] bytes, int depth, ReadContext ctx);
  }

  private static final Charset CP437 = Charset.forName("IBM437");

  private ArchiveReader() {}

  static void readZip(String location, byte[] bytes, int depth, ReadContext ctx, Contents contents) {
    String document = MagicNumbers.zipContainerFormat(ZipDirectory.entryNames(bytes));
    if (document != null) {
      ctx.reject(location, Reject.UNSUPPORTED_FORMAT, document);
      return;
    }
    ReadContext.Mark mark = ctx.mark();
    try {
      readZipEntries(location, bytes, depth, ctx, contents, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException badEntryName) {
      // Old archivers write entry names in the DOS code page without saying so.
      ctx.rollback(mark);
      readZipEntries(location, bytes, depth, ctx, contents, CP437);
    }
  }

  private static void readZipEntries(
      String location, byte[] bytes, int depth, ReadContext ctx, Contents contents, Charset nameCharset) {
    int files = 0;
    String current = null;
    java.util.Map<String, Long> declared = new java.util.HashMap<>();
    List<ZipDirectory.Entry> directory = ZipDirectory.entries(bytes);
    for (ZipDirectory.Entry e : directory) declared.merge(e.name(), e.declaredSize(), Math::max);
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes), nameCharset)) {
      for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
        if (e.isDirectory() || isJunkEntry(e.getName())) {
          continue;
        }
        current = e.getName();
        long size = Math.max(e.getSize(), declared.getOrDefault(e.getName(), -1L));
        if (size > ctx.limits.maxDocumentBytes()) {
          files++;
          // refused before inflating a byte; the next entry is found by inflating past it, without keeping it
          ctx.reject(location + "!/" + e.getName(), Reject.TOO_LARGE, "declares " + size + " bytes, over the "
              + InputReader.Limits.humanBytes(ctx.limits.maxDocumentBytes()) + " document limit (zip bomb guard)");
          if (e.getName().equals(directory.isEmpty() ? null : directory.get(directory.size() - 1).name())) {
            return; // the last entry: nothing after it worth inflating past it for
          }
          continue;
        }
        byte[] data;
        try {
          data = ctx.readCapped(zin);
        } catch (ReadContext.DocumentTooLargeException tooLarge) {
          files++;
          ctx.reject(location + "!/" + e.getName(), Reject.TOO_LARGE, tooLarge.getMessage());
          continue;
        }
        files++;
        current = null;
        contents.read(location + "!/" + e.getName(), e.getName(), data, depth + 1, ctx);
        if (ctx.budgetExhausted()) {
          return; // the nested archive already said so
        }
      }
    } catch (ReadContext.ExpansionLimitException e) {
      ctx.reject(location, Reject.UNREADABLE, e.getMessage() + " after " + files + " files");
      return;
    } catch (IOException e) {
      String where = current == null ? "after " + files + " files" : "in " + current + " after " + files + " files";
      ctx.reject(location, Reject.UNREADABLE, "corrupt zip " + where + ": " + e.getMessage());
      return;
    }
    if (files == 0) {
      ctx.reject(location, Reject.EMPTY, "zip archive holds no files");
    }
  }

  static void readGzip(
      String location, String nameForType, byte[] bytes, int depth, ReadContext ctx, Contents contents) {
    long declared = bytes.length >= 4 ? gzipDeclaredSize(bytes) : -1;
    if (declared > ctx.limits.maxDocumentBytes()) {
      ctx.reject(location, Reject.TOO_LARGE, "declares " + declared + " bytes, over the "
          + InputReader.Limits.humanBytes(ctx.limits.maxDocumentBytes()) + " document limit (gzip bomb guard)");
      return;
    }
    byte[] data;
    try (GZIPInputStream gin = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      data = ctx.readCapped(gin);
    } catch (ReadContext.DocumentTooLargeException e) {
      ctx.reject(location, Reject.TOO_LARGE, e.getMessage());
      return;
    } catch (ReadContext.ExpansionLimitException e) {
      ctx.reject(location, Reject.UNREADABLE, e.getMessage());
      return;
    } catch (IOException e) {
      ctx.reject(location, Reject.UNREADABLE, "corrupt gzip: " + e.getMessage());
      return;
    }
    String inner = nameForType;
    String lower = inner.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      inner = inner.substring(0, inner.length() - 3);
    } else if (lower.endsWith(".tgz")) {
      inner = inner.substring(0, inner.length() - 4) + ".tar";
    }
    contents.read(location, inner, data, depth + 1, ctx);
  }

  /** The size a gzip member's trailer declares (modulo 4 GiB, so a larger bomb still meets the inflation cap). */
  private static long gzipDeclaredSize(byte[] b) {
    int n = b.length;
    return (b[n - 4] & 0xFFL) | (b[n - 3] & 0xFFL) << 8 | (b[n - 2] & 0xFFL) << 16 | (b[n - 1] & 0xFFL) << 24;
  }

  /** Archive clutter that is never an article: macOS resource forks and folder metadata files. */
  static boolean isJunkEntry(String entryName) {
    String base = entryName.substring(entryName.lastIndexOf('/') + 1);
    return entryName.startsWith("__MACOSX/")
        || base.equals(".DS_Store")
        || base.startsWith("._")
        || base.equalsIgnoreCase("Thumbs.db")
        || base.equalsIgnoreCase("desktop.ini");
  }
}
