package io.rasd.core.entities.recognition;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/** Converts between BIO tags (B-PERS, I-PERS, O) and typed token spans. */
public final class BioTags {
  private BioTags() {}

  public static Span[] toSpans(List<String> tags) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean continues = type != null && tag.equals("I-" + type);
      if (!continues && type != null) {
        spans.add(new Span(start, i, type));
        type = null;
      }
      if (!continues && (tag.startsWith("B-") || tag.startsWith("I-"))) {
        start = i;
        type = tag.substring(2);
      }
    }
    return spans.toArray(new Span[0]);
  }

  public static String[] toTags(Span[] spans, int length) {
    String[] tags = new String[length];
    java.util.Arrays.fill(tags, "O");
    for (Span s : spans) {
      tags[s.getStart()] = "B-" + s.getType();
      for (int i = s.getStart() + 1; i < s.getEnd(); i++) tags[i] = "I-" + s.getType();
    }
    return tags;
  }
}
