package io.rasd.core.input;

import io.rasd.core.ResourceLines;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which JSON keys feed which article field, loaded from {@code input/json-fields.properties} so a new export format
 * needs a line there, not code. Keys match case-insensitively; the first present, non-blank one wins.
 */
final class JsonFieldMapping {

  static final String TITLE = "title";
  static final String CONTENT = "content";
  static final String DATE = "date";
  static final String URL = "url";
  static final String SOURCE = "source";
  static final String AUTHOR = "author";

  private static final List<String> FIELDS = List.of(TITLE, CONTENT, DATE, URL, SOURCE, AUTHOR);

  private final Map<String, List<String>> keysByField;

  private JsonFieldMapping(Map<String, List<String>> keysByField) {
    this.keysByField = keysByField;
  }

  static final JsonFieldMapping DEFAULT = load("/input/json-fields.properties");

  static JsonFieldMapping load(String resource) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (String line : ResourceLines.read(resource)) {
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new IllegalStateException(resource + ": expected field = keys: " + line);
      }
      String field = line.substring(0, eq).strip();
      if (!FIELDS.contains(field)) {
        throw new IllegalStateException(resource + ": unknown field " + field + " (known: " + FIELDS + ")");
      }
      List<String> keys = new ArrayList<>();
      for (String k : line.substring(eq + 1).split(",")) {
        if (!k.isBlank()) {
          keys.add(k.strip().toLowerCase(Locale.ROOT));
        }
      }
      map.put(field, List.copyOf(keys));
    }
    if (!map.containsKey(CONTENT)) {
      throw new IllegalStateException(resource + ": no content mapping");
    }
    return new JsonFieldMapping(map);
  }

  /** The JSON keys tried for {@code field}, for messages. */
  List<String> keys(String field) {
    return keysByField.getOrDefault(field, List.of());
  }

  /** True if the object has any of the content keys at all (even with an empty value). */
  boolean hasContentKey(JsonNode object) {
    Map<String, JsonNode> lower = lowerCaseFields(object);
    return keys(CONTENT).stream().anyMatch(lower::containsKey);
  }

  /** The field's value as text, or null when no mapped key is present with a non-blank value. */
  String value(JsonNode object, String field) {
    return value(lowerCaseFields(object), field);
  }

  String value(Map<String, JsonNode> lowerCaseFields, String field) {
    String separator = CONTENT.equals(field) ? "\n\n" : ", ";
    for (String key : keys(field)) {
      String text = asText(lowerCaseFields.get(key), separator);
      if (text != null && !TextDecoder.isBlank(text)) {
        return text;
      }
    }
    return null;
  }

  /** The object's fields by lower-cased name (first spelling wins). */
  static Map<String, JsonNode> lowerCaseFields(JsonNode object) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
    }
    return out;
  }

  private static String asText(JsonNode v, String separator) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return null;
    }
    if (v.isValueNode()) {
      return v.asText();
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode item : v) {
        String s = asText(item, separator);
        if (s != null && !TextDecoder.isBlank(s)) {
          parts.add(s.strip());
        }
      }
      return parts.isEmpty() ? null : String.join(separator, parts);
    }
    // An object, e.g. "author": {"name": "..."}
    JsonNode name = v.get("name");
    return name != null && name.isValueNode() ? name.asText() : null;
  }

  @Override
  public String toString() {
    return "JsonFieldMapping" + keysByField;
  }
}
