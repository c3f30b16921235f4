package io.rasd.core.entities;

/** A token of an article body with its character offsets: {@code body.substring(start, end).equals(text)}. */
public record Token(String text, int start, int end) {}
