package io.rasd.core.claims;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.Token;
import io.rasd.core.model.Mention;
import java.util.List;

/**
 * What the finders that read around a claim in its clause and sentence share: the word lists, the article's tokens
 * and analysis (sentences, clauses), its mentions (never null) and the attribution that reads noun phrases and
 * mentions over tokens. One per article, made by {@link Attribution}.
 */
record ClauseContext(ClaimLexicon lex, List<Token> tokens, AnalyzedText seg, List<Mention> mentions,
    Attribution attribution) {
  ClauseContext {
    mentions = mentions == null ? List.of() : mentions;
  }
}
