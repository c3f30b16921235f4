package io.rasd.core.entities.grammar;

import io.rasd.core.ResourceLines;
import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.CliticSet;
import io.rasd.core.arabic.DefiniteArticle;
import io.rasd.core.arabic.Phrase;
import io.rasd.core.arabic.Reading;
import io.rasd.core.arabic.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Definite epithets that name one place alone ({@code grammar/epithets.tsv}: المملكة, العاصمة المقدسة), as grammar
 * candidates where the epithet stands alone: the next word is not definite (المملكة المتحدة is another name). The
 * first word is read through its proclitics; after ل + ال (للمملكة) the span keeps the article's lam (لمملكة), as
 * the gold's spans do.
 */
public final class EpithetNames {
  private static volatile EpithetNames shared;

  /** {@code id}: the gazetteer entry it names; {@code stateHead}: an indefinite head whose state overrides it, or null. */
  public record Epithet(List<String> words, String type, String id, String stateHead) {}

  /** An epithet found: tokens [first, last], clitics cut from the first. */
  public record Found(NameCandidate candidate, Epithet epithet) {}

  private final Map<String, List<Epithet>> byFirstWord = new HashMap<>();

  EpithetNames(List<String[]> rows) {
    for (String[] r : rows) {
      String head = r.length > 3 && !r[3].isBlank() ? io.rasd.core.arabic.Folding.NAME.apply(r[3].strip()) : null;
      List<String> words = AnalyzedText.analyze(r[0]).words().stream().map(t -> t.word().nameKey()).toList();
      if (!words.isEmpty()) byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Epithet(words, r[1], r[2].strip(), head));
    }
    for (List<Epithet> l : byFirstWord.values()) l.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
  }

  public static EpithetNames fromResources() {
    if (shared == null) {
      synchronized (EpithetNames.class) {
        if (shared == null) shared = new EpithetNames(ResourceLines.readTsv("/entities/grammar/epithets.tsv", 4));
      }
    }
    return shared;
  }

  /** The epithets standing alone among the tokens. */
  public List<Found> find(List<Token> tokens) {
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.isWord()) continue;
      for (Reading r : t.readings(CliticSet.NAME)) {
        List<Epithet> list = byFirstWord.get(r.form());
        if (list == null) continue;
        for (Epithet e : list) {
          int last = i + e.words().size() - 1;
          if (last >= tokens.size() || !Phrase.nameKeysAt(tokens, i, e.words(), 1)) continue;
          if (last + 1 < tokens.size() && tokens.get(last + 1).isWord()
              && DefiniteArticle.starts(tokens.get(last + 1).word().nameKey())) {
            break;
          }
          // ل + ال written لل: the article's alef is gone, its lam stays in the span
          int clitics = r.offset();
          if (clitics > 0 && t.text().charAt(clitics) != 'ا' && t.text().charAt(clitics - 1) == 'ل') clitics--;
          out.add(new Found(new NameCandidate(i, last, clitics, e.type(), null, null, true), e));
          i = last;
          break;
        }
        break;
      }
    }
    return out;
  }
}
