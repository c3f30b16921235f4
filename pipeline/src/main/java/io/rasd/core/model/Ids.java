package io.rasd.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The one id helper: every id is a SHA-256 prefix in lower-case hex of what identifies the row, so reruns on the same
 * input give the same ids. Formats, per table:
 *
 * <ul>
 *   <li>{@code article_id}, {@code mention_id}, {@code claim_id}: 32 hex digits (128 bits) of the parts joined by NUL
 *       ({@link #of}): article = (title, body), mention = (article_id, start, end, type), claim = (article_id, start,
 *       end, metric);
 *   <li>{@code entity_id}: "E" + 16 hex digits of the cluster key ({@link #entityId});
 *   <li>{@code group_id}: "cg-" + 16 hex digits of the group's founding claim id (its oldest article's; {@link #claimGroupId}).
 * </ul>
 */
public final class Ids {
  private Ids() {}

  /** 128-bit id of the parts joined by a separator that cannot occur in text. */
  public static String of(Object... parts) {
    MessageDigest digest = sha256();
    for (Object part : parts) {
      digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }

  /** Id of an entity: its cluster key (gazetteer id, or type, skeleton and name of the anchor: the name seen first). */
  public static String entityId(String clusterKey) {
    return "E" + hex(clusterKey, 8);
  }

  /** Id of a claim group: its members' claim ids, sorted. */
  /** From the group's founding claim only, so the id survives new members joining. */
  public static String claimGroupId(String founderClaimId) {
    return "cg-" + hex("claim_group\n" + founderClaimId, 8);
  }

  private static String hex(String text, int bytes) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)), 0, bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
