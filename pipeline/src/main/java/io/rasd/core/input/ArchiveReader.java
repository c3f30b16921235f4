package io.rasd.core.input;

import io.rasd.core.model.Reject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
    try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes), nameCharset)) {
      for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
        if (e.isDirectory() || isJunkEntry(e.getName())) {
          continue;
        }
        current = e.getName();
        byte[] data = ctx.readCapped(zin);
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
    byte[] data;
    try (GZIPInputStream gin = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      data = ctx.readCapped(gin);
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
