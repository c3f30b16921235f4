package io.rasd.core.input;

import io.rasd.core.model.RawArticle;
import io.rasd.core.model.Reject;
import java.util.List;

/** PLACEHOLDER until the inputs branch lands (same API). */
public final class InputReader {
  public record ReadResult(List<RawArticle> articles, List<Reject> rejects) {}

  public static ReadResult read(String sourceFile, byte[] bytes) {
    return new ReadResult(List.of(RawArticle.plain(sourceFile, 0, bytes)), List.of());
  }
}
