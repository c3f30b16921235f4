package io.rasd.core.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.rasd.core.model.RawArticle;
import io.rasd.core.model.Reject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON article exports: an array of objects, a single object (or a wrapper object holding an array), JSON Lines,
 * or several concatenated objects. One {@link RawArticle} per article object; a bad element becomes one reject
 * located {@code file#index} and the others still come through.
 *
 * <p>Streams with Jackson's {@link JsonParser}: only one element at a time is held as a tree.
 */
final class JsonArticleReader {

  /** Scraped exports often carry raw newlines in strings, trailing commas or comments: accept them. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(64_000_000).build())
          .build();

  /** Non-blank lines looked at to recognise JSON Lines. */
  private static final int SNIFF_LINES = 5;

  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
  private static final ObjectReader ONE_VALUE =
      MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final String name;
  private final boolean declaredJson;
  private final boolean declaredLines;
  private final ReadContext ctx;
  private final JsonFieldMapping mapping;
  private int index;
  private int emitted;
  /** The charset the file's text was decoded from. */
  private String charset = "UTF-8";

  private JsonArticleReader(
      String name, boolean declaredJson, boolean declaredLines, ReadContext ctx, JsonFieldMapping mapping) {
    this.name = name;
    this.declaredJson = declaredJson || declaredLines;
    this.declaredLines = declaredLines;
    this.ctx = ctx;
    this.mapping = mapping;
  }

  /**
   * Reads {@code bytes} as JSON into {@code ctx}. Returns false, having added nothing, when the content only looked
   * like JSON (no article parsed, syntax error, name not *.json): the caller then reads it as plain text.
   *
   * @param extension the file name's extension: json (declared JSON), jsonl/ndjson (declared JSON Lines) or other
   */
  static boolean read(String name, byte[] bytes, String extension, ReadContext ctx) {
    boolean lines = extension.equals("jsonl") || extension.equals("ndjson");
    return new JsonArticleReader(name, extension.equals("json"), lines, ctx, JsonFieldMapping.DEFAULT).read(bytes);
  }

  private boolean read(byte[] bytes) {
    if (!Utf8Scan.of(bytes, 0).valid()) {
      // JSON in a legacy code page or UTF-16: decode first, then parse the UTF-8 re-encoding.
      TextDecoder.Result text = TextDecoder.decode(bytes, null);
      if (!text.ok()) {
        if (!declaredJson) {
          return false;
        }
        ctx.reject(name, text.rejectReason(), text.rejectDetail());
        return true;
      }
      bytes = text.text().getBytes(StandardCharsets.UTF_8);
      charset = text.charset();
    }
    ReadContext.Mark mark = ctx.mark();
    try {
      if (isJsonLines(bytes)) {
        readLines(bytes);
      } else {
        readStream(bytes);
      }
    } catch (IOException e) {
      if (emitted == 0 && !declaredJson) {
        ctx.rollback(mark);
        return false;
      }
      ctx.reject(name, Reject.MALFORMED, "invalid JSON" + where(e) + " after " + index + " elements: " + message(e));
    }
    return true;
  }

  /**
   * JSON Lines: declared by the name, or at least two of the first few non-blank lines are complete objects on their
   * own (so one broken first line does not hide the format). A single-line file is an ordinary single object.
   */
  private boolean isJsonLines(byte[] b) {
    if (declaredLines) {
      return true;
    }
    int start = skipBomAndBlank(b, 0);
    if (start >= b.length || b[start] != '{') {
      return false;
    }
    int objects = 0;
    int pos = start;
    for (int line = 0; line < SNIFF_LINES && pos < b.length; line++) {
      int end = lineEnd(b, pos);
      if (isObject(b, pos, end) && ++objects >= 2) {
        return true;
      }
      pos = skipBomAndBlank(b, end);
    }
    return false;
  }

  private static boolean isObject(byte[] b, int start, int end) {
    try {
      return ONE_VALUE.readTree(b, start, end - start).isObject();
    } catch (IOException e) {
      return false; // e.g. one line of a pretty-printed object
    }
  }

  private void readLines(byte[] b) {
    int lineNo = 0;
    for (int pos = 0; pos < b.length; ) {
      int end = lineEnd(b, pos);
      lineNo++;
      int start = skipBomAndBlank(b, pos);
      if (start < end) {
        int at = index++;
        try {
          element(ONE_VALUE.readTree(b, start, end - start), at);
        } catch (IOException e) {
          ctx.reject(name + "#" + at, Reject.MALFORMED, "invalid JSON on line " + lineNo + ": " + message(e));
        }
      }
      pos = end + 1;
    }
  }

  private void readStream(byte[] b) throws IOException {
    try (JsonParser p = FACTORY.createParser(b)) {
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        if (t == JsonToken.START_ARRAY) {
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
              throw new IOException("unexpected end of input inside the array");
            }
            element(MAPPER.readTree(p), index++);
          }
        } else {
          rootValue(MAPPER.readTree(p));
        }
      }
    }
  }

  /**
   * Splits a file that is one UTF-8 JSON array (nothing before or after it) into ranges of {@code perRange}
   * elements, each with the byte offset where its first element starts, reading the stream once and holding one
   * value at a time. Null when the content is anything else or is not clean UTF-8 JSON: the whole-file reader then
   * decides, as it does for small files.
   */
  static List<InputReader.JsonRange> planArray(InputStream in, int perRange) {
    List<InputReader.JsonRange> ranges = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return null;
      }
      int index = 0;
      int count = 0;
      long start = -1;
      for (JsonToken t; (t = p.nextToken()) != JsonToken.END_ARRAY; ) {
        if (t == null) {
          return null; // truncated: the whole-file reader reports where
        }
        if (count == 0) {
          start = p.currentTokenLocation().getByteOffset();
          if (start < 0) {
            return null; // not a byte-based (UTF-8) parser
          }
        }
        skipDecoding(p, t);
        index++;
        if (++count == perRange) {
          ranges.add(new InputReader.JsonRange(start, index - count, count));
          count = 0;
        }
      }
      if (count > 0) {
        ranges.add(new InputReader.JsonRange(start, index - count, count));
      }
      return p.nextToken() == null ? ranges : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Steps over one value, decoding its strings (so invalid UTF-8 is found here, not in a range's read). */
  private static void skipDecoding(JsonParser p, JsonToken first) throws IOException {
    int depth = 0;
    for (JsonToken t = first; ; t = p.nextToken()) {
      if (t == null) {
        throw new IOException("unexpected end of input");
      }
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        depth++;
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        depth--;
      } else if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
        p.getTextLength();
      }
      if (depth == 0) {
        return;
      }
    }
  }

  /**
   * Reads one range of {@link #planArray}: {@code atStart} is the file positioned at the range's first element.
   * Only this range's articles are held.
   */
  static void readRange(String name, InputStream atStart, InputReader.JsonRange range, ReadContext ctx) {
    JsonArticleReader reader = new JsonArticleReader(name, true, false, ctx, JsonFieldMapping.DEFAULT);
    reader.index = range.startIndex();
    // The elements from here on are an array's tail: parse them as one ("[" + tail).
    InputStream tail = new SequenceInputStream(new ByteArrayInputStream(new byte[] {'['}), atStart);
    try (JsonParser p = FACTORY.createParser(tail)) {
      p.nextToken();
      for (int k = 0; k < range.count(); k++) {
        JsonToken t = p.nextToken();
        if (t == null || t == JsonToken.END_ARRAY) {
          throw new IOException("the array ends before element " + reader.index);
        }
        reader.element(MAPPER.readTree(p), reader.index++);
      }
    } catch (IOException e) {
      ctx.reject(
          RawArticle.location(name, reader.index), Reject.MALFORMED,
          "invalid JSON in elements " + reader.index + "-" + (range.startIndex() + range.count() - 1) + ": "
              + message(e));
    }
  }

  /** A top-level value: an article, or a wrapper like {"articles": [...]} whose array holds the articles. */
  private void rootValue(JsonNode root) {
    if (root.isObject() && !mapping.hasContentKey(root)) {
      for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) root::fields) {
        JsonNode v = field.getValue();
        if (v.isArray() && v.size() > 0 && v.get(0).isObject()) {
          for (JsonNode item : v) {
            element(item, index++);
          }
          return;
        }
      }
    }
    element(root, index++);
  }

  private void element(JsonNode node, int at) {
    String location = name + "#" + at;
    if (node == null || !node.isObject()) {
      ctx.reject(location, Reject.MALFORMED, "element is " + kind(node) + ", not an object");
      return;
    }
    Map<String, JsonNode> fields = JsonFieldMapping.lowerCaseFields(node);
    String content = mapping.value(fields, JsonFieldMapping.CONTENT);
    if (content == null) {
      String keys = String.join("/", mapping.keys(JsonFieldMapping.CONTENT));
      if (mapping.hasContentKey(node)) {
        ctx.reject(location, Reject.NO_TEXT, "empty content field (" + keys + ")");
      } else {
        ctx.reject(location, Reject.MALFORMED, "no content field (" + keys + ")");
      }
      return;
    }
    if (HtmlArticleExtractor.looksLikeMarkup(content)) {
      // Some exports store the page's HTML fragment as the article text.
      content = HtmlArticleExtractor.fragmentText(content);
      if (TextDecoder.isBlank(content)) {
        ctx.reject(location, Reject.NO_TEXT, "content field holds HTML without text");
        return;
      }
    }
    ctx.article(
        RawArticle.text(
            name,
            at,
            content,
            charset,
            mapping.value(fields, JsonFieldMapping.TITLE),
            mapping.value(fields, JsonFieldMapping.DATE),
            mapping.value(fields, JsonFieldMapping.URL),
            mapping.value(fields, JsonFieldMapping.SOURCE),
            mapping.value(fields, JsonFieldMapping.AUTHOR)));
    emitted++;
  }

  private static String kind(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }

  private static String where(IOException e) {
    if (e instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
      JsonLocation l = jpe.getLocation();
      return " at line " + l.getLineNr() + " column " + l.getColumnNr();
    }
    return "";
  }

  private static String message(IOException e) {
    String m = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    if (m == null) {
      m = e.getClass().getSimpleName();
    }
    m = m.replace('\n', ' ');
    return m.length() > 160 ? m.substring(0, 160) + "…" : m;
  }

  private static int lineEnd(byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return b.length;
  }

  /** First index at or after {@code from} that is not whitespace or a UTF-8 BOM byte sequence. */
  static int skipBomAndBlank(byte[] b, int from) {
    int i = from;
    while (i < b.length) {
      if (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
        i++;
      } else if (MagicNumbers.startsWith(b, i, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
        i += 3;
      } else {
        break;
      }
    }
    return i;
  }
}
