package io.rasd.core.entities.gazetteer;

import java.util.List;

/** One known thing: canonical Arabic name, Latin name, mention type, optional Wikidata id and every alias. */
public record GazetteerEntry(
    String id, String type, String arabicName, String latinName, String wikidataId, List<String> aliases) {}
