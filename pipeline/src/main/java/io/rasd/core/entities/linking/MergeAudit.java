package io.rasd.core.entities.linking;

import io.rasd.core.entities.recognition.AnercorpReader;
import io.rasd.core.entities.recognition.BioTags;
import io.rasd.core.entities.recognition.ConllSentence;
import io.rasd.core.arabic.Folding;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import opennlp.tools.util.Span;

/**
 * Measures the cross-article similarity rule on a corpus: every pair of distinct names of one type that
 * {@link NameVariants#sameName} would merge is printed, to be judged by hand (true variant or false merge).
 */
public final class MergeAudit {
  private MergeAudit() {}

  /** Prints the merged pairs per ANERcorp type; returns the number of merged pairs. */
  public static int run(List<ConllSentence> sentences, NameVariants variants, PrintStream out) {
    int total = 0;
    for (String type : AnercorpReader.TYPES) {
      TreeSet<String> names = new TreeSet<>();
      for (ConllSentence s : sentences) {
        for (Span sp : BioTags.toSpans(s.tags())) {
          if (!sp.getType().equals(type)) continue;
          List<String> words = new ArrayList<>();
          for (int i = sp.getStart(); i < sp.getEnd(); i++) words.add(Folding.NAME.apply(s.tokens().get(i)));
          names.add(String.join(" ", words));
        }
      }
      List<String> list = new ArrayList<>(names);
      int merged = 0;
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          if (variants.sameName(list.get(i), list.get(j))) {
            out.println(type + "\t" + list.get(i) + "\t" + list.get(j));
            merged++;
          }
        }
      }
      out.printf("%s: %d distinct names, %d merged pairs of %d%n", type, list.size(), merged,
          (long) list.size() * (list.size() - 1) / 2);
      total += merged;
    }
    return total;
  }
}
