package io.rasd.core.eval;

/**
 * One line of a real-news claims gold ({@code gold/news-claims/claims.jsonl}): a count an analyst would record,
 * joined to a run's article by its URL.
 *
 * @param value the number, null for a vague quantity
 * @param valueMax upper bound of a range, else null
 * @param actor the agent as written (who arrested, who attacked), never the victim; null when the text names none
 * @param context security, crime, accident, disaster or other
 * @param evidence the words of the article's cleaned body that state the count
 * @param required true: a correct system must output it; false: acceptable, not demanded
 */
public record NewsGoldClaim(String url, String metric, Double value, Double valueMax, String qualifier, String unit,
    Integer year, Integer sinceYear, String actor, String context, String evidence, boolean required) {}
