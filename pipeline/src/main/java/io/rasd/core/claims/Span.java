package io.rasd.core.claims;

/** A span of the article body (UTF-16 offsets, end exclusive): the words of an actor, source or location. */
record Span(int start, int end) {}
