package io.rasd.core.entities.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which person names of a set are one person: equal names, and a shorter name with the longer ones it is
 * {@link PersonName#isPartOf part of} — but only when those longer names can all be one person themselves (each pair
 * nested, or both part of a third name of the set). So سلمان بن عبدالعزيز joins سلمان بن عبدالعزيز آل سعود, while
 * عبدالعزيز بن عبدالله, part of both عبدالعزيز بن عبدالله آل الشيخ and عبدالعزيز بن عبدالله بن عبدالعزيز (two
 * men), joins neither. A longer name seen rarely does not veto the others ({@link #standing}): a span the name
 * finder ran on into a following word in one or three articles (سلمان بن عبدالعزيز الميمون) would otherwise keep
 * سلمان بن عبدالعزيز apart from سلمان بن عبدالعزيز آل سعود, seen in hundreds; the rare name stays apart itself, and
 * the shorter one joins the names that stand when those can be one man (the dominant reading of the short form). A function of the set of names and their article counts: the order of the names does not matter.
 */
public final class NasabLinks {
  /** Articles a longer name must be seen in to stand against the others (when any of them is seen that often). */
  static final int ATTESTED = 2;
  /** ... and its share of the articles of the most-seen longer name. */
  static final double SHARE = 0.05;

  private NasabLinks() {}

  /** Pairs of indices into {@code names} (null entries are skipped) that are one person; every name counted once. */
  public static List<int[]> of(List<PersonName> names) {
    return of(names, i -> 1);
  }

  /**
   * Pairs of indices into {@code names} (null entries are skipped) that are one person, {@code articles} giving the
   * number of articles each name is seen in.
   */
  public static List<int[]> of(List<PersonName> names, java.util.function.IntToLongFunction articles) {
    Map<String, List<Integer>> byKey = new TreeMap<>();
    Map<String, PersonName> nameOfKey = new HashMap<>();
    Map<String, Long> seen = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      PersonName n = names.get(i);
      if (n == null || n.isLone()) continue;
      byKey.computeIfAbsent(n.key(), k -> new ArrayList<>()).add(i);
      nameOfKey.put(n.key(), n);
      seen.merge(n.key(), articles.applyAsLong(i), Long::sum);
    }
    Map<String, Set<String>> longer = new HashMap<>();
    for (Map.Entry<String, PersonName> e : nameOfKey.entrySet()) {
      for (String part : e.getValue().partKeys()) {
        if (byKey.containsKey(part)) longer.computeIfAbsent(part, k -> new TreeSet<>()).add(e.getKey());
      }
    }
    List<int[]> out = new ArrayList<>();
    for (List<Integer> same : byKey.values()) {
      for (int k = 1; k < same.size(); k++) out.add(new int[] {same.get(0), same.get(k)});
    }
    for (Map.Entry<String, Set<String>> e : longer.entrySet()) {
      Set<String> wholes = withoutSonsOfAnother(nameOfKey.get(e.getKey()), e.getValue(), nameOfKey, seen);
      if (!onePerson(wholes, longer, nameOfKey)) wholes = standing(wholes, seen);
      if (wholes.isEmpty() || !onePerson(wholes, longer, nameOfKey)) continue;
      int part = byKey.get(e.getKey()).get(0);
      for (String whole : wholes) out.add(new int[] {part, byKey.get(whole).get(0)});
    }
    return out;
  }

  /**
   * {@code wholes} without the names that are the son of another man of the set rather than a longer form of {@code
   * part}. A given name with a family name (سعود الفيصل) does not join a longer name whose nearest father is himself
   * known by that family name (سعود بن خالد الفيصل, the son of خالد الفيصل) when that father's short name is seen in
   * {@link #ATTESTED} articles and the short name is seen in as many articles as the longer one, and in {@link
   * #ATTESTED} at least: the family's best-known bearer of the given name is another man than the son of one of its
   * members. A rarer short name may still be the son's short form.
   */
  private static Set<String> withoutSonsOfAnother(PersonName part, Set<String> wholes, Map<String, PersonName> names,
      Map<String, Long> seen) {
    if (!part.chain().isEmpty() || part.family().isEmpty()) return wholes;
    long partSeen = seen.getOrDefault(part.key(), 0L);
    if (partSeen < ATTESTED) return wholes;
    Set<String> out = new TreeSet<>();
    for (String w : wholes) {
      PersonName whole = names.get(w);
      String father = new PersonName(whole.chain().isEmpty() ? "" : whole.chain().get(0), List.of(), whole.family()).key();
      boolean sonOfAnother = !whole.chain().isEmpty() && names.containsKey(father)
          && seen.getOrDefault(father, 0L) >= ATTESTED && partSeen >= seen.getOrDefault(w, 0L);
      if (!sonOfAnother) out.add(w);
    }
    return out;
  }

  /**
   * The names seen in at least {@link #ATTESTED} articles and {@link #SHARE} of the most-seen one's; none when that
   * is every name (nothing to leave out) or no name.
   */
  private static Set<String> standing(Set<String> wholes, Map<String, Long> seen) {
    long most = 0;
    for (String w : wholes) most = Math.max(most, seen.getOrDefault(w, 0L));
    Set<String> out = new TreeSet<>();
    for (String w : wholes) {
      long n = seen.getOrDefault(w, 0L);
      if (n >= ATTESTED && n >= SHARE * most) out.add(w);
    }
    return out.size() == wholes.size() ? Set.of() : out;
  }

  private static boolean onePerson(Set<String> wholes, Map<String, Set<String>> longer, Map<String, PersonName> names) {
    List<String> list = new ArrayList<>(wholes);
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        PersonName a = names.get(list.get(i));
        PersonName b = names.get(list.get(j));
        if (a.isPartOf(b) || b.isPartOf(a)) continue;
        Set<String> aLonger = longer.getOrDefault(list.get(i), Set.of());
        Set<String> bLonger = longer.getOrDefault(list.get(j), Set.of());
        if (aLonger.stream().noneMatch(bLonger::contains)) return false;
      }
    }
    return true;
  }
}
