package io.rasd.core.text;

import io.rasd.core.ResourceLines;
import java.util.List;
import java.util.regex.Pattern;

/** Recognises page-furniture lines (share prompts, newsletter blurbs, hashtags, widgets …) from a pattern file. */
public final class BoilerplateFilter {
  public static final String DEFAULT_RESOURCE = "clean/boilerplate.txt";

  private final List<Pattern> patterns;

  public BoilerplateFilter(List<String> regexes) {
    this.patterns =
        regexes.stream()
            .map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
            .toList();
  }

  public static BoilerplateFilter fromResources() {
    return new BoilerplateFilter(ResourceLines.read(DEFAULT_RESOURCE));
  }

  /** True when the whole (normalized, trimmed) line is furniture, or has no letter or digit at all. */
  public boolean isBoilerplate(String line) {
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return false;
    }
    if (trimmed.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return true;
    }
    for (Pattern p : patterns) {
      if (p.matcher(trimmed).matches()) {
        return true;
      }
    }
    return false;
  }
}
