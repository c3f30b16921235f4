package io.rasd.core.entities.recognition;

import io.rasd.core.arabic.ArabicWord;
import io.rasd.core.arabic.DefiniteArticle;
import io.rasd.core.arabic.Folding;
import io.rasd.core.arabic.SentenceWords;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Word-internal features of the current token: normalized and clitic-stripped forms, Lucene stem, the proclitics
 * themselves, prefixes/suffixes of the stripped form and a word shape.
 */
public final class ArabicTokenFeatures implements AdaptiveFeatureGenerator {
  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    String token = tokens[index];
    ArabicWord word = SentenceWords.of(tokens)[index];
    String norm = word.nameKey();
    features.add("nf=" + norm);
    features.add("sh=" + WordShape.of(token));
    if (!word.hasArabic()) return;
    String stripped = word.stripped();
    features.add("st=" + stripped);
    features.add("stem=" + Folding.stem(stripped));
    int clitics = norm.length() - stripped.length();
    if (clitics > 0 && clitics <= norm.length()) features.add("cl=" + norm.substring(0, Math.max(0, clitics)));
    if (DefiniteArticle.starts(stripped)) features.add("al");
    for (int k = 1; k <= 3 && k < stripped.length(); k++) {
      features.add("pf" + k + "=" + stripped.substring(0, k));
      features.add("sf" + k + "=" + stripped.substring(stripped.length() - k));
    }
    features.add("len=" + Math.min(stripped.length(), 8));
  }
}
