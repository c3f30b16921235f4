package io.rasd.core.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page template on the classpath with {@code {{name}}} slots. Filling is strict: a slot without a value or a value
 * without a slot is an error, so the page and the code that fills it cannot drift apart unnoticed.
 */
final class Template {
  private static final Pattern SLOT = Pattern.compile("\\{\\{([a-z_]+)}}");

  private final String text;

  private Template(String text) {
    this.text = text;
  }

  static Template of(String text) {
    return new Template(text);
  }

  static Template load(String resource) {
    try (InputStream in = Template.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing template on the classpath: " + resource);
      }
      return new Template(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The page with each slot replaced by its value (values are HTML, inserted as they are). */
  String fill(Map<String, String> values) {
    Matcher m = SLOT.matcher(text);
    StringBuilder out = new StringBuilder(text.length() * 2);
    TreeSet<String> unused = new TreeSet<>(values.keySet());
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException("template slot {{" + m.group(1) + "}} has no value");
      }
      unused.remove(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    if (!unused.isEmpty()) {
      throw new IllegalArgumentException("values without a slot in the template: " + unused);
    }
    return m.appendTail(out).toString();
  }
}
