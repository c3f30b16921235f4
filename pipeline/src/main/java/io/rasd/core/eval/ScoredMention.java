package io.rasd.core.eval;

/**
 * A mention a run predicted, as the entity scorer sees it.
 *
 * @param entityId the run's entity id (null when the run linked it to none: a singleton)
 */
public record ScoredMention(String url, String type, String text, int start, int end, String entityId) {}
