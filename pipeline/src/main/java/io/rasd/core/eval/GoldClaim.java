package io.rasd.core.eval;

/**
 * One line of the gold claims file (claims.jsonl).
 *
 * @param file source file name of the article
 * @param value the number, null for a vague quantity
 * @param required true: a correct system must output it; false: acceptable, not demanded
 */
public record GoldClaim(String file, String metric, Double value, String qualifier, Integer year, Integer since,
    String location, String evidence, boolean required) {}
