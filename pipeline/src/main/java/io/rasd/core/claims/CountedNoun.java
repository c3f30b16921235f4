package io.rasd.core.claims;

/**
 * One surface form of a counted noun.
 *
 * @param lemma the singular as written in the lexicon (the unit of a seized quantity)
 * @param nounClass PERSON, CELL, PLOT, WEAPON, AMMO, MONEY, MEASURE, DRUG, VEHICLE, EQUIPMENT, PLACE
 * @param number SINGULAR, DUAL or PLURAL
 * @param selfMetric the metric the noun names by itself (قتيل: killed), or null
 * @param unit true when a seized quantity keeps this noun as its unit
 * @param words 1, or 2 for a two-word noun (قطعة سلاح)
 * @param second the folded second word of a two-word noun, else null
 * @param homograph true when the folded form is also a common other word (إمام / أمام)
 */
record CountedNoun(String lemma, String nounClass, Number number, String selfMetric, boolean unit, int words,
    String second, boolean homograph) {
  enum Number { SINGULAR, DUAL, PLURAL }

  CountedNoun withClass(String c) {
    return new CountedNoun(lemma, c, number, selfMetric, unit, words, second, homograph);
  }

  CountedNoun as(Number n) {
    return new CountedNoun(lemma, nounClass, n, selfMetric, unit, words, second, homograph);
  }
}
