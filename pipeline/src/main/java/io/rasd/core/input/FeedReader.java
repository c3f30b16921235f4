package io.rasd.core.input;

import io.rasd.core.model.RawArticle;
import io.rasd.core.model.Reject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads news feeds (RSS 2.0, RSS 1.0/RDF, Atom): one {@link RawArticle} per item, {@code sourceIndex} = the item's
 * position. Element names come from {@code input/feed-fields.properties}.
 */
final class FeedReader {

  private static final Properties RULES = load("/input/feed-fields.properties");
  private static final String ITEM = RULES.getProperty("item");
  private static final List<String> TITLE = split("title");
  private static final List<String> CONTENT = split("content");
  private static final List<String> DATE = split("date");
  private static final List<String> URL = split("url");
  private static final List<String> AUTHOR = split("author");
  private static final List<String> SOURCE = split("source");

  private FeedReader() {}

  /** Sniffs a feed: markup naming rss, an Atom feed or RDF within the first KiB. */
  static boolean looksLikeFeed(byte[] bytes, int start) {
    if (start >= bytes.length || bytes[start] != '<') {
      return false;
    }
    String head =
        new String(bytes, start, Math.min(bytes.length - start, 1024), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
  }

  static void read(String location, byte[] bytes, ReadContext ctx) {
    TextDecoder.Result xml = HtmlArticleExtractor.decodePage(bytes);
    if (!xml.ok()) {
      ctx.reject(location, xml.rejectReason(), xml.rejectDetail());
      return;
    }
    Document doc = Jsoup.parse(xml.text(), "", Parser.xmlParser());
    String source = first(doc, SOURCE);
    int index = 0;
    for (Element item : doc.select(ITEM)) {
      int at = index++;
      String content = first(item, CONTENT);
      if (content != null && HtmlArticleExtractor.looksLikeMarkup(content)) {
        content = HtmlArticleExtractor.fragmentText(content);
      }
      if (content == null || TextDecoder.isBlank(content)) {
        ctx.reject(location + "#" + at, Reject.NO_TEXT, "feed item without text");
        continue;
      }
      ctx.article(
          RawArticle.text(
              location,
              at,
              content.strip(),
              "UTF-8",
              first(item, TITLE),
              first(item, DATE),
              first(item, URL),
              source,
              first(item, AUTHOR)));
    }
    if (index == 0) {
      ctx.reject(location, Reject.NO_TEXT, "feed without items");
    }
  }

  private static String first(Element scope, List<String> selectors) {
    for (String selector : selectors) {
      for (Element e : scope.select(selector)) {
        String v = e.hasAttr("href") ? e.attr("href") : e.wholeText();
        if (v != null && !TextDecoder.isBlank(v)) {
          return v.strip();
        }
      }
    }
    return null;
  }

  private static List<String> split(String key) {
    String v = RULES.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException("feed-fields.properties: missing " + key);
    }
    List<String> out = new ArrayList<>();
    for (String s : v.split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return List.copyOf(out);
  }

  private static Properties load(String resource) {
    return io.rasd.core.ResourceLines.properties(resource);
  }
}
