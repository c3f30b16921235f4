package io.rasd.core.model;

import java.io.Serializable;

/**
 * A numeric claim an article makes: {@code body.substring(start, end).equals(text)} is the evidence span.
 *
 * @param metric arrests, cells_dismantled, plots_foiled, killed, wounded, kidnapped, seized, people_trained, missing, sentenced,
 *     convicted, extradited, other
 * @param value the number, null for a vague quantity
 * @param valueMax upper bound of a range, else null
 * @param qualifier exact, approximately, more_than, at_least, less_than, at_most, range, vague
 * @param counted the counted noun as written (خلية, شخص)
 * @param unit unit of a seized quantity (درهم, طن, قطعة سلاح), else null
 * @param actor who did it, as written in the clause, or null
 * @param source who says so (a report, a ministry statement), or null
 * @param location place named in the clause, or null
 * @param context security, crime, accident, disaster or other: the kind of event the count belongs to (cue words
 *     of the clause, else of the article); a security metric in an accident is kept and marked so. Null only for
 *     claims built without an article (tests, older tables)
 * @param actorRef the mention of the article the actor span overlaps, or null (no actor, or none of the mentions)
 * @param sourceRef the mention the source span overlaps, or null
 * @param locationRef the mention the location span overlaps, or null
 */
public record Claim(
    String metric,
    Double value,
    Double valueMax,
    String qualifier,
    String counted,
    String unit,
    Integer year,
    Integer sinceYear,
    String actor,
    String source,
    String location,
    String text,
    int start,
    int end,
    String context,
    MentionRef actorRef,
    MentionRef sourceRef,
    MentionRef locationRef)
    implements Serializable {

  /** A claim whose actor, source and location are no mention of the article. */
  public Claim(String metric, Double value, Double valueMax, String qualifier, String counted, String unit, Integer year,
      Integer sinceYear, String actor, String source, String location, String text, int start, int end,
      String context) {
    this(metric, value, valueMax, qualifier, counted, unit, year, sinceYear, actor, source, location, text, start, end,
        context, null, null, null);
  }

  /** A claim without a context (read from a table without the column, or built in a test). */
  public Claim(String metric, Double value, Double valueMax, String qualifier, String counted, String unit, Integer year,
      Integer sinceYear, String actor, String source, String location, String text, int start, int end) {
    this(metric, value, valueMax, qualifier, counted, unit, year, sinceYear, actor, source, location, text, start, end,
        (String) null);
  }
}
