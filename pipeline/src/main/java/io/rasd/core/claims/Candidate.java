package io.rasd.core.claims;

/** A claim under construction: token indices and the values found so far. Mutable, local to one extraction. */
final class Candidate {
  String metric;
  Double value;
  Double valueMax;
  String qualifier = "exact";
  String counted;
  String unit;
  Integer year;
  Integer sinceYear;
  String actor;
  String source;
  String location;
  /** the mentions the actor, source and location spans overlap, null when none */
  io.rasd.core.model.MentionRef actorRef;
  io.rasd.core.model.MentionRef sourceRef;
  io.rasd.core.model.MentionRef locationRef;
  /** token of the quantity (the number, or the counted noun of an implicit 1 / dual 2) */
  int anchor;
  /** last token of the quantity phrase (number or counted noun) */
  int lastToken;
  /** last token of the counted noun, -1 when none */
  int nounLast = -1;
  /** class of the counted noun, null when none */
  String nounClass;
  /** trigger token, -1 when none */
  int trigger = -1;
  int start;
  int end;
  /** the claim whose coordinated list this one continues (حجز 3 أطنان و500 طلقة; مقتل 6 ... و11), else null */
  Candidate listHead;

  /**
   * A count found whole: {@code value} people or things under {@code metric}, its quantity at token {@code anchor},
   * its trigger at token {@code trigger} (-1 when none), ending at token {@code lastToken}, over characters
   * [start, end). The finders fill the rest (counted noun, class) where they know it.
   */
  static Candidate count(String metric, double value, int anchor, int trigger, int lastToken, int start, int end) {
    Candidate c = new Candidate();
    c.metric = metric;
    c.value = value;
    c.anchor = anchor;
    c.trigger = trigger;
    c.lastToken = lastToken;
    c.start = start;
    c.end = end;
    return c;
  }

  /** The same quantity under another metric (مقتل وإصابة عدد من: killed and wounded), starting at {@code start}. */
  Candidate as(String otherMetric, int trigger, int start) {
    Candidate c = new Candidate();
    c.metric = otherMetric;
    c.value = value;
    c.valueMax = valueMax;
    c.qualifier = qualifier;
    c.counted = counted;
    c.unit = unit;
    c.anchor = anchor;
    c.lastToken = lastToken;
    c.nounLast = nounLast;
    c.nounClass = nounClass;
    c.trigger = trigger;
    c.start = start;
    c.end = end;
    return c;
  }
}
