package io.rasd.core.entities.gazetteer;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.arabic.ArabicChars;
import io.rasd.core.arabic.CompoundNames;
import io.rasd.core.arabic.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer resource ({@code entities/gazetteer.tsv}) indexed for matching: aliases as token sequences of
 * normalized forms, keyed by their first token.
 */
public final class Gazetteer {
  public static final String RESOURCE = "/entities/gazetteer.tsv";
  /** Generated and hand-written place lists used for matching and fusion only (not the name finder's features). */
  public static final List<String> EXTRA_RESOURCES =
      List.of("/entities/gazetteer-cldr.tsv", "/entities/gazetteer-divisions.tsv", "/entities/gazetteer-orgs.tsv");
  /** The extra list written entry by entry like gazetteer.tsv (its spans are curated), not generated place lists. */
  public static final String CURATED_EXTRA = "/entities/gazetteer-orgs.tsv";
  private static volatile Gazetteer shared;
  private static volatile Gazetteer sharedForMatching;

  /** One spelling of an entry as normalized tokens; weak aliases need the model's agreement. */
  public record Alias(GazetteerEntry entry, List<String> tokens, boolean weak, boolean latin) {}

  private final Map<String, GazetteerEntry> entries;
  private final Map<String, List<Alias>> aliasesByFirstToken;
  private final Set<String> nameTokens;

  Gazetteer(List<GazetteerEntry> entries, List<String[]> weakFlags) {
    this.entries = new LinkedHashMap<>();
    this.aliasesByFirstToken = new HashMap<>();
    this.nameTokens = new HashSet<>();
    for (GazetteerEntry e : entries) this.entries.put(e.id(), e);
    for (String[] flagged : weakFlags) addAlias(this.entries.get(flagged[0]), flagged[1]);
  }

  private void addAlias(GazetteerEntry entry, String raw) {
    boolean weak = raw.startsWith("~");
    String text = weak ? raw.substring(1) : raw;
    boolean latin = !ArabicChars.hasArabic(text);
    List<String> tokens = new ArrayList<>();
    List<String> written = new ArrayList<>();
    for (Token t : AnalyzedText.analyze(text).words()) {
      tokens.add(latin ? t.text() : t.word().nameKey());
      written.add(t.word().displayKey());
    }
    if (tokens.isEmpty()) return;
    // an Arabic alias is matched in each of its compound spellings (عبد اللطيف / عبداللطيف); only the words as
    // listed guard against clitic stripping (ابا, a spelling of أبو, would make بابا read as ب + ابا)
    for (List<String> spelling : latin ? List.of(tokens) : CompoundNames.spellings(written, tokens)) {
      aliasesByFirstToken.computeIfAbsent(spelling.get(0), k -> new ArrayList<>())
          .add(new Alias(entry, spelling, weak, latin));
    }
    if (!latin) nameTokens.addAll(tokens);
  }

  /**
   * The shipped gazetteer with the extra lists of {@link #EXTRA_RESOURCES}, loaded once: an extra alias that
   * gazetteer.tsv (or an earlier list) already has is skipped, so the curated entry keeps its id and type.
   */
  public static Gazetteer forMatching() {
    Gazetteer g = sharedForMatching;
    if (g == null) {
      synchronized (Gazetteer.class) {
        if (sharedForMatching == null) {
          Gazetteer all = parse(read(RESOURCE));
          for (String resource : EXTRA_RESOURCES) all.addAll(parse(read(resource)));
          sharedForMatching = all;
        }
        g = sharedForMatching;
      }
    }
    return g;
  }

  private static byte[] read(String resource) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Gazetteer parse(byte[] tsv) {
    try {
      return parse(new java.io.ByteArrayInputStream(tsv));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the entries of another gazetteer whose aliases are new here (an entry left with none is not added). */
  void addAll(Gazetteer other) {
    Set<List<String>> known = new HashSet<>();
    for (List<Alias> list : aliasesByFirstToken.values()) for (Alias a : list) known.add(a.tokens());
    for (List<Alias> list : other.aliasesByFirstToken.values()) {
      for (Alias a : list) {
        if (!known.add(a.tokens())) continue;
        entries.putIfAbsent(a.entry().id(), a.entry());
        aliasesByFirstToken.computeIfAbsent(a.tokens().get(0), k -> new ArrayList<>()).add(a);
        if (!a.latin()) nameTokens.addAll(a.tokens());
      }
    }
  }

  /** The shipped gazetteer, loaded once. */
  public static Gazetteer fromResources() {
    Gazetteer g = shared;
    if (g == null) {
      synchronized (Gazetteer.class) {
        if (shared == null) {
          try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            shared = parse(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        g = shared;
      }
    }
    return g;
  }

  /** Parses the TSV: id, type, canonical Arabic, Latin, Wikidata id, aliases separated by '|'; '#' starts a comment. */
  public static Gazetteer parse(InputStream in) throws IOException {
    List<GazetteerEntry> entries = new ArrayList<>();
    List<String[]> aliases = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t", -1);
      if (f.length < 5) throw new IOException("gazetteer line " + lineNo + ": expected 6 tab-separated columns");
      String id = f[0].strip();
      String arabic = f[2].strip();
      List<String> all = new ArrayList<>();
      all.add(arabic);
      if (f.length > 5) {
        for (String a : f[5].split("\\|")) if (!a.isBlank()) all.add(a.strip());
      }
      List<String> display = new ArrayList<>();
      for (String a : all) display.add(a.startsWith("~") ? a.substring(1) : a);
      String wikidata = f[4].strip();
      entries.add(new GazetteerEntry(id, f[1].strip(), display.get(0), f[3].strip(),
          wikidata.isEmpty() ? null : wikidata, List.copyOf(display)));
      for (String a : all) aliases.add(new String[] {id, a});
    }
    return new Gazetteer(entries, aliases);
  }

  public GazetteerEntry entry(String id) {
    return entries.get(id);
  }

  public Map<String, GazetteerEntry> entries() {
    return Collections.unmodifiableMap(entries);
  }

  List<Alias> aliasesStartingWith(String firstToken) {
    return aliasesByFirstToken.getOrDefault(firstToken, List.of());
  }

  /** Whether an entry's span is curated: gazetteer.tsv or {@link #CURATED_EXTRA}, not a generated place list. */
  public static boolean isCurated(String id) {
    return fromResources().entry(id) != null || curatedExtra().entry(id) != null;
  }

  private static volatile Gazetteer sharedCuratedExtra;

  private static Gazetteer curatedExtra() {
    Gazetteer g = sharedCuratedExtra;
    if (g == null) {
      synchronized (Gazetteer.class) {
        if (sharedCuratedExtra == null) sharedCuratedExtra = parse(read(CURATED_EXTRA));
        g = sharedCuratedExtra;
      }
    }
    return g;
  }

  /**
   * Whether a name key (ال kept as written) is a whole one-word LOCATION alias that is not weak: عسير, الرياض,
   * بنها, أبوظبي; the organization and place grammar asks it where a place name is complete.
   */
  public boolean isOneWordPlace(String nameKey) {
    return isPlace(List.of(nameKey));
  }

  /** Whether these name keys are, as a whole, a LOCATION alias that is not weak (منطقة عسير, عسير). */
  public boolean isPlace(List<String> nameKeys) {
    if (nameKeys.isEmpty()) return false;
    for (Alias a : aliasesStartingWith(nameKeys.get(0))) {
      if (a.tokens().equals(nameKeys) && !a.weak() && !a.latin() && a.entry().type().equals("LOCATION")) return true;
    }
    return false;
  }

  /** Whether a normalized Arabic word is part of some gazetteer name (guards names like وجدة from clitic stripping). */
  public boolean isNameToken(String normalizedWord) {
    return nameTokens.contains(normalizedWord);
  }
}
