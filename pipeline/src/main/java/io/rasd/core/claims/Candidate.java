package io.rasd.core.claims;

/** A claim under construction: token indices and the values found so far. Mutable, local to one extraction. */
final class Candidate {
  String metric;
  Double value;
  Double valueMax;
  String qualifier = "exact";
  String counted;
  String unit;
  Integer year;
  Integer sinceYear;
  String actor;
  String source;
  String location;
  /** token of the quantity (the number, or the counted noun of an implicit 1 / dual 2) */
  int anchor;
  /** last token of the quantity phrase (number or counted noun) */
  int lastToken;
  /** trigger token, -1 when none */
  int trigger = -1;
  int start;
  int end;
}
