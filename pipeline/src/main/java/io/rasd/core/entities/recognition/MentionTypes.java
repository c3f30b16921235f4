package io.rasd.core.entities.recognition;

/** ANERcorp tag types (PERS, ORG, LOC, MISC) ↔ pipeline mention types (PERSON, ORGANIZATION, LOCATION, MISC). */
public final class MentionTypes {
  private MentionTypes() {}

  public static String fromAnercorp(String type) {
    return switch (type) {
      case "PERS" -> "PERSON";
      case "ORG" -> "ORGANIZATION";
      case "LOC" -> "LOCATION";
      default -> "MISC";
    };
  }

  public static String toAnercorp(String type) {
    return switch (type) {
      case "PERSON" -> "PERS";
      case "ORGANIZATION" -> "ORG";
      case "LOCATION" -> "LOC";
      default -> "MISC";
    };
  }
}
