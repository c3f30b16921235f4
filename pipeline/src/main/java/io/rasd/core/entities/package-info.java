/**
 * Named entities of an article: {@link io.rasd.core.entities.EntityExtractor} composes the sub-packages (the entry
 * point of the Extract step); {@link io.rasd.core.entities.ConllTagger} applies the same model and fusion to
 * pre-tokenized CoNLL text (tag-conll, the fused scores of train-ner); {@link io.rasd.core.entities.WordListBuilder}
 * derives word lists from the training corpus. Dependencies run one way: gazetteer ← recognition ← grammar ←
 * linking, and dates stands alone.
 * <ul>
 *   <li>{@code gazetteer}: curated and generated name lists and their matcher; {@code WordList} loads any word list
 *       at the name folding level.
 *   <li>{@code recognition}: the statistical name finder (OpenNLP model, its features, CoNLL/ANERcorp I/O, training,
 *       scores).
 *   <li>{@code grammar}: rule-made names (organization/place grammar, person patterns), the never-entity filter and
 *       the fusion of model, gazetteer and grammar into {@code NameCandidate}s.
 *   <li>{@code linking}: mention → entity ids within and across articles (variants, short forms, Latin names).
 *   <li>{@code dates}: dates in the text.
 * </ul>
 */
package io.rasd.core.entities;
