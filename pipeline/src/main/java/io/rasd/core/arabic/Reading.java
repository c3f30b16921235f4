package io.rasd.core.arabic;

/**
 * One way to read a word through its proclitics: the rest starts {@code offset} chars into the surface,
 * {@code letters} folded letters were stripped, {@code form} is the folded rest (at the clitic set's level) and
 * {@code definite} says the article ال was stripped to get it.
 */
public record Reading(int offset, int letters, String form, boolean definite) {}
