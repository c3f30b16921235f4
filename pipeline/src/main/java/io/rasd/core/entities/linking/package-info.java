/** Entity ids: mentions of one article linked to each other (short forms, acronyms) and to the gazetteer, name
 * variants across articles, Latin spellings, and the merge audit over ANERcorp. */
package io.rasd.core.entities.linking;
