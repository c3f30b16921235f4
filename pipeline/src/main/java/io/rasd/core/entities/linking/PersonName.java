package io.rasd.core.entities.linking;

import java.util.List;

/**
 * A person's name read for linking: the given name, the nasab chain (the fathers named after بن, nearest first) and
 * what follows as the family name (آل سعود, الجبير), titles left out ({@link PersonNames}). Two names are one person
 * when one {@link #isPartOf narrows} the other: محمد بن نايف ⊑ محمد بن نايف بن عبدالعزيز آل سعود, عادل الجبير ⊑ عادل
 * بن أحمد الجبير.
 *
 * @param given the first name word (عبد الله, أبو بكر count as one)
 * @param chain the fathers' names, nearest first
 * @param family the rest, one string ("" when the name ends with the chain)
 */
public record PersonName(String given, List<String> chain, String family) {
  /** A given name alone: a short form that only its article can resolve. */
  public boolean isLone() {
    return chain.isEmpty() && family.isEmpty();
  }

  /**
   * Whether this name is a shorter form of {@code other}: the same given name, this chain a prefix of the other's,
   * and no family name or the same. A lone given name is part of nothing (it is too ambiguous for this rule).
   */
  public boolean isPartOf(PersonName other) {
    if (isLone() || equals(other) || !given.equals(other.given)) return false;
    if (chain.size() > other.chain.size() || !other.chain.subList(0, chain.size()).equals(chain)) return false;
    return family.isEmpty() || family.equals(other.family);
  }

  /** The canonical text: given, chain and family name as one key (equal keys are equal names). */
  public String key() {
    StringBuilder out = new StringBuilder(given);
    for (String father : chain) out.append(" بن ").append(father);
    if (!family.isEmpty()) out.append(" | ").append(family);
    return out.toString();
  }

  /** The shorter forms of this name that are {@link #isPartOf part of} it, by {@link #key}, this name excluded. */
  public List<String> partKeys() {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int n = 0; n <= chain.size(); n++) {
      PersonName withFamily = new PersonName(given, chain.subList(0, n), family);
      PersonName without = new PersonName(given, chain.subList(0, n), "");
      if (!withFamily.isLone() && !withFamily.equals(this)) out.add(withFamily.key());
      if (!without.isLone() && !without.equals(this) && !family.isEmpty()) out.add(without.key());
    }
    return out;
  }
}
