package io.rasd.core.entities.dates;

import io.rasd.core.arabic.Folding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Month names (all Arabic month systems) and year cue words from {@code entities/dates.tsv}, normalized. */
public final class DateVocabulary {
  public static final String RESOURCE = "/entities/dates.tsv";
  private static volatile DateVocabulary shared;

  /** Month name as normalized tokens. */
  record MonthName(List<String> tokens, int month) {}

  private final Map<String, List<MonthName>> monthsByFirstToken = new HashMap<>();
  private final Set<String> yearCues = new HashSet<>();

  private DateVocabulary(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      if (f[0].equals("month") && f.length >= 3) {
        List<String> tokens = new ArrayList<>();
        for (String t : f[1].strip().split("\\s+")) tokens.add(Folding.NAME.apply(t));
        monthsByFirstToken.computeIfAbsent(tokens.get(0), k -> new ArrayList<>())
            .add(new MonthName(tokens, Integer.parseInt(f[2].strip())));
      } else if (f[0].equals("year-cue") && f.length >= 2) {
        yearCues.add(Folding.NAME.apply(f[1]));
      }
    }
  }

  public static DateVocabulary fromResources() {
    DateVocabulary v = shared;
    if (v == null) {
      synchronized (DateVocabulary.class) {
        if (shared == null) {
          try (InputStream in = DateVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            shared = new DateVocabulary(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        v = shared;
      }
    }
    return v;
  }

  List<MonthName> monthsStartingWith(String normalizedToken) {
    return monthsByFirstToken.getOrDefault(normalizedToken, List.of());
  }

  boolean isYearCue(String normalizedToken) {
    return yearCues.contains(normalizedToken);
  }
}
