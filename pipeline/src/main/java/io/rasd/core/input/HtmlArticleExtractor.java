package io.rasd.core.input;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Pulls one article out of a web page: body text (paragraphs separated by a blank line), title, date and other
 * metadata. Which elements count is configured by CSS selectors in {@code input/html-extraction.properties}.
 */
final class HtmlArticleExtractor {

  /** What a page yielded; {@code body} may be empty when the page holds no article text. */
  record Extracted(String body, String title, String date, String url, String source, String author) {}

  private static final Properties RULES = loadRules("/input/html-extraction.properties");
  private static final String DROP = required("drop");
  private static final String NOISE = required("noise");
  private static final List<String> BODY = split(required("body"));
  private static final List<String> TITLE = split(required("title"));
  private static final List<String> DATE = split(required("date"));
  private static final List<String> URL = split(required("url"));
  private static final List<String> SOURCE = split(required("source"));
  private static final List<String> AUTHOR = split(required("author"));

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "(?:<meta[^>]{0,200}?charset|<\\?xml[^>]{0,100}?encoding)\\s*=\\s*[\"']?([A-Za-z0-9_:.\\-]+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MARKUP_TAG =
      Pattern.compile(
          "</?(?:p|br|div|span|a|b|strong|i|em|u|h[1-6]|ul|ol|li|blockquote|img|figure|table|tr|td)\\b[^<>]{0,500}>",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LINE_BREAKS = Pattern.compile("[\r\n]+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

  /** Deeper markup than this is no page layout but an attack: jsoup's tree building is quadratic in the depth. */
  static final int MAX_NESTING = 512;
  /** Wrapper tags that carry no text of their own, dropped from pages nested deeper than {@link #MAX_NESTING}. */
  private static final Pattern WRAPPER_TAG =
      Pattern.compile("</?(?:div|span|section|font|center|ins|del)\\b[^<>]{0,500}+>", Pattern.CASE_INSENSITIVE);

  private HtmlArticleExtractor() {}

  /**
   * The page as it is, or without its wrapper tags when they nest deeper than {@link #MAX_NESTING} (50,000 nested
   * {@code <div>} took 75 s to parse and search); the text and the paragraph tags stay.
   */
  static String shallow(String html) {
    return nestingDepth(html) > MAX_NESTING ? WRAPPER_TAG.matcher(html).replaceAll("") : html;
  }

  /** Deepest nesting of open tags, counted in one pass (void, self-closed and often unclosed p/li do not nest). */
  static int nestingDepth(String html) {
    int depth = 0;
    int max = 0;
    for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
      char c = html.charAt(i + 1);
      if (c == '/') {
        depth = Math.max(0, depth - 1);
      } else if (Character.isLetter(c)) {
        int end = html.indexOf('>', i);
        if (end < 0) break;
        if (html.charAt(end - 1) != '/' && !isVoid(html, i + 1)) max = Math.max(max, ++depth);
      }
    }
    return max;
  }

  private static boolean isVoid(String html, int nameStart) {
    int end = nameStart;
    while (end < html.length() && Character.isLetterOrDigit(html.charAt(end))) end++;
    return VOID_TAGS.contains(html.substring(nameStart, end).toLowerCase(java.util.Locale.ROOT));
  }

  private static final java.util.Set<String> VOID_TAGS =
      java.util.Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li");

  /**
   * Decodes the page (valid UTF-8 first, then the charset the page declares, then detection) and extracts from it. A
   * page that is not text at all gives the decoder's reject instead.
   */
  static TextDecoder.Result decodePage(byte[] bytes) {
    if (Utf8Scan.of(bytes, 0).valid()) {
      return TextDecoder.decode(bytes, "UTF-8");
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      TextDecoder.Result declared = TextDecoder.decode(bytes, m.group(1));
      if (declared.ok()) {
        return declared;
      }
    }
    return TextDecoder.decode(bytes, null);
  }

  static Extracted extract(String html, String baseUri) {
    Document doc = Jsoup.parse(shallow(html), baseUri);
    doc.select(DROP).remove();

    String title = firstValue(doc, TITLE);
    String date = firstValue(doc, DATE);
    String url = firstValue(doc, URL);
    String source = firstValue(doc, SOURCE);
    String author = firstValue(doc, AUTHOR);
    doc.select(NOISE).remove();

    Element root = bodyRoot(doc);
    if (title != null) {
      // The headline is metadata, not body text.
      for (Element h1 : root.select("h1")) {
        if (normalise(h1.text()).equals(title)) {
          h1.remove();
        }
      }
    }
    return new Extracted(blockText(root), title, date, url, source, author);
  }

  /** The element holding the article: first configured selector that matches text, else densest paragraphs. */
  private static Element bodyRoot(Document doc) {
    for (String selector : BODY) {
      Element best = null;
      int bestLen = 0;
      for (Element e : doc.select(selector)) {
        int len = e.text().length();
        if (len > bestLen) {
          best = e;
          bestLen = len;
        }
      }
      if (best != null) {
        return best;
      }
    }
    Map<Element, Integer> paragraphText = new HashMap<>();
    Element best = null;
    int bestLen = 0;
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int len = paragraphText.merge(parent, p.text().length(), Integer::sum);
      if (len > bestLen) {
        best = parent;
        bestLen = len;
      }
    }
    if (best != null) {
      return best;
    }
    return doc.body() != null ? doc.body() : doc;
  }

  /** True when a text field carries HTML markup (paragraph/line/inline tags), not just a stray '<'. */
  static boolean looksLikeMarkup(String text) {
    return text.indexOf('<') >= 0 && MARKUP_TAG.matcher(text).find();
  }

  /** The text of an HTML fragment (e.g. a JSON export's content field), same rules as a page body. */
  static String fragmentText(String html) {
    Document doc = Jsoup.parseBodyFragment(shallow(html));
    doc.select(DROP).remove();
    return blockText(doc.body());
  }

  /** Text with block elements as paragraph breaks and {@code <br>} as line breaks, whitespace collapsed. */
  static String blockText(Element root) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          private int inPre;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              // Source line breaks are just spaces in HTML, except inside <pre>.
              String text = t.getWholeText();
              sb.append(inPre > 0 ? text : LINE_BREAKS.matcher(text).replaceAll(" "));
            } else if (node instanceof Element e) {
              if (e.nameIs("br")) {
                sb.append('\n');
              } else if (e.isBlock()) {
                sb.append("\n\n");
              }
              if (e.nameIs("pre")) {
                inPre++;
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              if (e.nameIs("pre")) {
                inPre--;
              }
              if (e.isBlock()) {
                sb.append("\n\n");
              }
            }
          }
        },
        root);
    List<String> paragraphs = new ArrayList<>();
    for (String block : sb.toString().split("\n\\s*\n")) {
      List<String> lines = new ArrayList<>();
      for (String line : block.split("\n")) {
        String l = normalise(line);
        if (!l.isEmpty()) {
          lines.add(l);
        }
      }
      if (!lines.isEmpty()) {
        paragraphs.add(String.join("\n", lines));
      }
    }
    return String.join("\n\n", paragraphs);
  }

  private static String firstValue(Document doc, List<String> selectors) {
    for (String selector : selectors) {
      for (Element e : doc.select(selector)) {
        String v;
        if (e.hasAttr("content")) {
          v = e.attr("content");
        } else if (e.hasAttr("datetime")) {
          v = e.attr("datetime");
        } else if (e.nameIs("link")) {
          v = e.attr("href");
        } else {
          v = e.text();
        }
        v = normalise(v);
        if (!v.isEmpty()) {
          return v;
        }
      }
    }
    return null;
  }

  private static String normalise(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  private static String required(String key) {
    String v = RULES.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException("html-extraction.properties: missing " + key);
    }
    return v;
  }

  private static List<String> split(String selectors) {
    List<String> out = new ArrayList<>();
    for (String s : selectors.split(",")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return List.copyOf(out);
  }

  private static Properties loadRules(String resource) {
    return io.rasd.core.ResourceLines.properties(resource);
  }
}

