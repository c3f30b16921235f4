/** Curated and generated name lists (gazetteer.tsv and the CLDR/divisions lists), their longest-match matcher, and
 * {@link io.rasd.core.entities.gazetteer.WordList} (every entity word list, folded with {@code Folding.NAME} on load).
 * Depends on no other entity package. */
package io.rasd.core.entities.gazetteer;
