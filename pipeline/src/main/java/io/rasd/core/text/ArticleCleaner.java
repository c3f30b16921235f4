package io.rasd.core.text;

import io.rasd.core.model.Article;
import io.rasd.core.model.DecodedArticle;
import io.rasd.core.model.Ids;
import io.rasd.core.model.ArticleMeta;
import io.rasd.core.model.Reject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns decoded text into an {@link Article}: normalized characters, page furniture removed, and the headline,
 * publication date and dateline read from the head of the page. Every real paragraph stays in {@code body}, which
 * starts with the headline when there is one.
 */
public final class ArticleCleaner {
  /** Lines of the page head examined for a headline, kicker and date line. */
  private static final int HEAD_LINES = 6;
  /** A headline is a short line; anything longer is body text. */
  private static final int MAX_TITLE_WORDS = 30;
  /** A kicker (section label above a headline) is a few words ending in a colon. */
  private static final int MAX_KICKER_WORDS = 5;
  /** "الرباط – …", "القاهرة (رويترز) - …": one to three words of place, optional agency, then a dash. */
  private static final Pattern DATELINE =
      Pattern.compile("^(\\p{L}+(?: \\p{L}+){0,2})\\s*(?:\\([^)\\d]{1,30}\\))?\\s*[–—-]\\s*(?=\\S)");

  private final BoilerplateFilter boilerplate;
  private final ArabicDateParser dates;

  public ArticleCleaner(BoilerplateFilter boilerplate, ArabicDateParser dates) {
    this.boilerplate = boilerplate;
    this.dates = dates;
  }

  public static ArticleCleaner fromResources() {
    return new ArticleCleaner(BoilerplateFilter.fromResources(), ArabicDateParser.instance());
  }

  /** The cleaned article, or the reason it has no text left. */
  public Result clean(DecodedArticle decoded) {
    ArticleMeta raw = decoded.meta();
    List<String> lines = new ArrayList<>();
    for (String line : TextNormalizer.normalize(decoded.text()).split("\n", -1)) {
      lines.add(boilerplate.isBoilerplate(line) ? "" : line.strip());
    }

    String title = raw.title() == null ? null : emptyToNull(TextNormalizer.normalize(raw.title()).strip());
    LocalDate published = dates.parseAny(raw.date()).orElse(null);
    boolean lookForTitle = title == null;
    boolean seenContent = false;
    int examined = 0;
    for (int i = 0; i < lines.size() && examined < HEAD_LINES; i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      examined++;
      if (isKicker(line)) {
        lines.set(i, "");
        continue;
      }
      Optional<LocalDate> dateLine = dates.parseDateLine(line);
      if (dateLine.isPresent()) {
        if (published == null) {
          published = dateLine.get();
        }
        lines.set(i, "");
        continue;
      }
      if (lookForTitle && !seenContent && isHeadline(line)) {
        title = line;
        lines.set(i, "");
        lookForTitle = false;
        continue;
      }
      seenContent = true;
      if (wordCount(line) > MAX_TITLE_WORDS) {
        break; // the first real paragraph ends the page head
      }
    }

    String text = joinParagraphs(lines);
    if (text.isEmpty()) {
      return Result.rejected(new Reject(raw.location(), Reject.NO_TEXT, "no text left after removing page furniture"));
    }
    String dateline = dateline(text);
    // The headline opens the body, so what it names and claims gets offsets like any other paragraph (and a fact
    // stated in headline and text becomes one claim).
    String body = title == null ? text : title + "\n\n" + text;
    String id = Ids.of(title, body);
    return Result.of(
        new Article(
            id,
            raw.sourceFile(),
            raw.sourceIndex(),
            title,
            published,
            dateline,
            body,
            raw.url(),
            raw.source(),
            raw.author(),
            decoded.charset(),
            decoded.decodeRepairs()));
  }

  static boolean isKicker(String line) {
    return line.endsWith(":") && wordCount(line) <= MAX_KICKER_WORDS;
  }

  /** A headline: a short line that is not a sentence (no final period or colon) and has no dateline. */
  boolean isHeadline(String line) {
    int words = wordCount(line);
    char last = line.charAt(line.length() - 1);
    return words >= 2
        && words <= MAX_TITLE_WORDS
        && last != '.'
        && last != ':'
        && last != '،'
        && !DATELINE.matcher(line).find();
  }

  /** The dateline city of the first paragraph, or null. */
  static String dateline(String body) {
    int end = body.indexOf('\n');
    Matcher m = DATELINE.matcher(end < 0 ? body : body.substring(0, end));
    return m.find() ? m.group(1) : null;
  }

  /** Non-empty lines in order; a run of blank lines becomes one blank line (a paragraph break). */
  static String joinParagraphs(List<String> lines) {
    StringBuilder out = new StringBuilder();
    boolean gap = false;
    for (String line : lines) {
      if (line.isEmpty()) {
        gap = out.length() > 0;
        continue;
      }
      if (out.length() > 0) {
        out.append(gap ? "\n\n" : "\n");
      }
      out.append(line);
      gap = false;
    }
    return out.toString();
  }

  /** Whitespace-separated words. */
  public static int wordCount(String line) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      boolean space = Character.isWhitespace(line.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  /** Either an article or a reject. */
  public record Result(Article article, Reject reject) {
    static Result of(Article article) {
      return new Result(article, null);
    }

    static Result rejected(Reject reject) {
      return new Result(null, reject);
    }
  }
}
