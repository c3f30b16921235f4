package io.rasd.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PrefixTableTest {
  @Test
  void theLongestKeyThatBeginsTheStringWins() {
    PrefixTable<String> t = new PrefixTable<>();
    t.computeIfAbsent("اعتقل", k -> "arrest");
    t.computeIfAbsent("اعتقال", k -> "arrest-masdar");
    t.computeIfAbsent("قتل", k -> "kill");
    assertEquals("arrest", t.longestPrefixOf("اعتقلت", 2));
    assertEquals("arrest-masdar", t.longestPrefixOf("اعتقالات", 2));
    assertEquals("kill", t.longestPrefixOf("قتل", 2));
    assertNull(t.longestPrefixOf("قت", 2));
    assertNull(t.longestPrefixOf("", 0));
    assertEquals(3, t.size());
  }

  @Test
  void keysShorterThanTheMinimumAreNotSeen() {
    PrefixTable<String> t = new PrefixTable<>();
    t.computeIfAbsent("ab", k -> "short");
    t.computeIfAbsent("abcd", k -> "long");
    assertNull(t.longestPrefixOf("abc", 3));
    assertEquals("long", t.longestPrefixOf("abcde", 3));
    assertEquals("short", t.longestPrefixOf("abc", 2));
  }

  @Test
  void theFirstValueOfAKeyIsKeptAndTheEmptyKeyMatchesEverything() {
    PrefixTable<List<String>> t = new PrefixTable<>();
    t.computeIfAbsent("x", k -> new ArrayList<>()).add("a");
    t.computeIfAbsent("x", k -> new ArrayList<>()).add("b");
    assertEquals(List.of("a", "b"), t.longestPrefixOf("xy", 1));
    PrefixTable<Boolean> s = new PrefixTable<>();
    assertFalse(s.startsAny("anything"));
    assertTrue(s.isEmpty());
    s.add("");
    assertTrue(s.startsAny("anything"));
    assertTrue(s.startsAny(""));
  }

  @Test
  void startsAnyEqualsStartsWithOverTheSet() {
    PrefixTable<Boolean> prefixes = new PrefixTable<>();
    List.of("اعلن", "قال", "صرح").forEach(prefixes::add);
    for (String form : new String[] {"اعلنت", "اعلن", "قالوا", "قصف", "", "صر", "صرحت"}) {
      boolean expected = List.of("اعلن", "قال", "صرح").stream().anyMatch(form::startsWith);
      assertEquals(expected, prefixes.startsAny(form), form);
    }
  }

  @Test
  void putReplacesAValue() {
    PrefixTable<String> t = new PrefixTable<>();
    t.put("حريق", "disaster");
    t.put("حريق", "accident");
    assertEquals("accident", t.longestPrefixOf("حريقا", 3));
    assertEquals(1, t.size());
  }

  /** The same answers as asking a map for every prefix of the string, longest first (what it replaces). */
  @Test
  void agreesWithAMapOfEveryPrefixOnRandomKeys() {
    Random r = new Random(7);
    Map<String, Integer> map = new HashMap<>();
    PrefixTable<Integer> t = new PrefixTable<>();
    for (int i = 0; i < 300; i++) {
      String k = word(r, 1 + r.nextInt(6));
      Integer v = i;
      map.putIfAbsent(k, v);
      t.computeIfAbsent(k, x -> v);
    }
    for (int i = 0; i < 5000; i++) {
      String s = word(r, r.nextInt(9));
      int min = r.nextInt(4);
      Integer want = null;
      for (int len = s.length(); len >= min && want == null; len--) want = map.get(s.substring(0, len));
      assertEquals(want, t.longestPrefixOf(s, min), s + " min " + min);
    }
  }

  private static String word(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) b.append("ابتثجح".charAt(r.nextInt(6)));
    return b.toString();
  }
}
