package io.rasd.core.model;

import io.rasd.core.ResourceLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The claim metric names and their traits, from {@code claims/metrics.tsv} (loaded once). */
public final class ClaimMetrics {
  public static final String RESOURCE = "claims/metrics.tsv";
  /** The metric of a quantity no trigger governs (off by default; {@code --claimsOther}). */
  public static final String OTHER = "other";

  /** Metrics of the taxonomy, in report order ({@code other} excluded). */
  public static final List<String> TAXONOMY;
  /** Metrics the news gold records that the taxonomy lacks. */
  public static final List<String> GOLD_ONLY;
  private static final Set<String> PEOPLE;
  private static final Set<String> NOUN_WINS;

  static {
    List<String> taxonomy = new ArrayList<>(), goldOnly = new ArrayList<>(), people = new ArrayList<>(),
        nounWins = new ArrayList<>();
    for (String[] row : ResourceLines.readTsv(RESOURCE, 2)) {
      List<String> traits = row[1].isEmpty() ? List.of() : Arrays.asList(row[1].split(","));
      for (String t : traits) {
        if (!Set.of("people", "noun-wins", "gold-only").contains(t)) {
          throw new IllegalStateException(RESOURCE + ": unknown trait " + t + " of " + row[0]);
        }
      }
      (traits.contains("gold-only") ? goldOnly : taxonomy).add(row[0]);
      if (traits.contains("people")) people.add(row[0]);
      if (traits.contains("noun-wins")) nounWins.add(row[0]);
    }
    TAXONOMY = List.copyOf(taxonomy);
    GOLD_ONLY = List.copyOf(goldOnly);
    PEOPLE = Set.copyOf(people);
    NOUN_WINS = Set.copyOf(nounWins);
  }

  private ClaimMetrics() {}

  public static boolean isTaxonomy(String metric) {
    return TAXONOMY.contains(metric);
  }

  /** The metric counts people: a close quantity with no recognised noun may belong to it. */
  public static boolean countsPeople(String metric) {
    return PEOPLE.contains(metric);
  }

  /** A counted noun of this metric (قتلى, جرحى) overrides the trigger's metric. */
  public static boolean nounWins(String metric) {
    return NOUN_WINS.contains(metric);
  }
}
