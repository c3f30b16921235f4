/** Names made by rules rather than the model (organization/place grammar, person patterns), the never-entity filter,
 * and the fusion of model spans, gazetteer matches and grammar names into {@link
 * io.rasd.core.entities.grammar.NameCandidate}s. */
package io.rasd.core.entities.grammar;
