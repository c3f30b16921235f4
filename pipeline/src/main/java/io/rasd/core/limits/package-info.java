/**
 * Budgets that keep one hostile article from stopping a run: how much of an article is extracted
 * ({@link io.rasd.core.limits.ExtractionLimits}), overlong tokens hidden from the extractors
 * ({@link io.rasd.core.limits.LongTokens}), and a time limit per extraction step ({@link io.rasd.core.limits.TimeBox}),
 * combined around the extractors by {@link io.rasd.core.limits.GuardedExtraction}. Plain Java, no Beam types.
 */
package io.rasd.core.limits;
