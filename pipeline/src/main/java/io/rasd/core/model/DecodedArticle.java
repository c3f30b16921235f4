package io.rasd.core.model;

import java.io.Serializable;

/** An article's text after decoding (any charset to a Java string, line ends unified), before cleaning. */
public record DecodedArticle(RawArticle raw, String text, String charset) implements Serializable {}
