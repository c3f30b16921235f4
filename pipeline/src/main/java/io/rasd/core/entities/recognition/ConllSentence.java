package io.rasd.core.entities.recognition;

import java.util.List;

/** One sentence of a CoNLL-style file: tokens with their BIO tags (ANERcorp names: B-PERS, I-LOC, O …). */
public record ConllSentence(List<String> tokens, List<String> tags) {}
