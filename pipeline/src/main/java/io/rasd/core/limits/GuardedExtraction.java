package io.rasd.core.limits;

import io.rasd.core.arabic.AnalyzedText;
import io.rasd.core.model.Claim;
import io.rasd.core.model.Mention;
import io.rasd.core.model.Reject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The extractors of one worker, run on one article within {@link ExtractionLimits}: a body over the size budget is
 * extracted up to the budget, overlong tokens are blanked, and each step (entities, then claims) runs in a
 * {@link TimeBox}. A step that throws or times out costs only its own rows: the claims of an article whose entity
 * step failed are still extracted (without actor/place from mentions), and each problem names its step.
 *
 * <p>One instance per worker thread: not thread-safe. {@link #close} ends its worker thread.
 */
public final class GuardedExtraction implements AutoCloseable {

  /** The entity step: not thread-safe, so a fresh one replaces one abandoned by a timeout. */
  @FunctionalInterface
  public interface EntityStep {
    List<Mention> extract(AnalyzedText text);
  }

  /** The claim step, given the mentions the entity step found and the article's publication date (or null). */
  @FunctionalInterface
  public interface ClaimStep {
    List<Claim> extract(AnalyzedText text, List<Mention> mentions, LocalDate published);
  }

  /** A step that did not give all its rows: reason is a {@link Reject} code. */
  public record Problem(String reason, String detail) {}

  /** What one article gave; offsets refer to the whole body. */
  public record Outcome(List<Mention> mentions, List<Claim> claims, List<Problem> problems) {}

  private final ExtractionLimits limits;
  private final Supplier<EntityStep> newEntityStep;
  private final ClaimStep claimStep;
  private final TimeBox timeBox = new TimeBox("rasd-extract");
  private EntityStep entityStep;

  public GuardedExtraction(ExtractionLimits limits, Supplier<EntityStep> newEntityStep, ClaimStep claimStep) {
    this.limits = limits;
    this.newEntityStep = newEntityStep;
    this.claimStep = claimStep;
    this.entityStep = newEntityStep.get();
  }

  public Outcome extract(String body, LocalDate published) throws InterruptedException {
    List<Problem> problems = new ArrayList<>();
    String text = body;
    if (text.length() > limits.maxChars()) {
      text = text.substring(0, cutPoint(text, limits.maxChars()));
      problems.add(
          new Problem(
              Reject.EXTRACTION_TRUNCATED,
              "extracted the first " + text.length() + " of " + body.length() + " characters"));
    }
    String visible = LongTokens.blank(text, limits.maxTokenChars());
    // analysed once, then read by both steps; the analysis is linear, but it runs under the same time box
    TimeBox.Result<AnalyzedText> a = timeBox.call(() -> AnalyzedText.analyze(visible), limits.stepTimeout());
    report(a, "analysis", problems);
    if (!a.ok()) {
      return new Outcome(List.of(), List.of(), problems);
    }
    AnalyzedText analyzed = a.value();

    EntityStep entities = entityStep;
    TimeBox.Result<List<Mention>> m = timeBox.call(() -> entities.extract(analyzed), limits.stepTimeout());
    if (m.timedOut()) {
      entityStep = newEntityStep.get(); // the abandoned thread may still be using the old one
    }
    List<Mention> mentions = m.ok() ? withinBody(m.value(), body, Mention::text, Mention::start, Mention::end) : List.of();
    report(m, "entities", problems);

    TimeBox.Result<List<Claim>> c = timeBox.call(() -> claimStep.extract(analyzed, mentions, published), limits.stepTimeout());
    List<Claim> claims = c.ok() ? withinBody(c.value(), body, Claim::text, Claim::start, Claim::end) : List.of();
    report(c, "claims", problems);
    return new Outcome(mentions, claims, problems);
  }

  private void report(TimeBox.Result<?> r, String step, List<Problem> problems) {
    if (r.timedOut()) {
      problems.add(
          new Problem(
              Reject.EXTRACTION_TIMEOUT, step + ": gave up after " + limits.stepTimeout().toSeconds() + " s"));
    } else if (r.failure() != null) {
      problems.add(new Problem(Reject.EXTRACTION_FAILED, step + ": " + r.failure()));
    }
  }

  /** At most {@code max} characters, ending at a space when there is one in the last tenth, never mid-surrogate. */
  static int cutPoint(String text, int max) {
    for (int i = max; i > max - max / 10 && i > 0; i--) {
      if (Character.isWhitespace(text.charAt(i))) return i;
    }
    return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
  }

  // A span over a blanked long token would no longer be the body's text: such rows are dropped.
  private static <T> List<T> withinBody(
      List<T> rows, String body, Function<T, String> text, ToIntFunction<T> start, ToIntFunction<T> end) {
    return rows.stream()
        .filter(r -> end.applyAsInt(r) - start.applyAsInt(r) == text.apply(r).length()
            && body.startsWith(text.apply(r), start.applyAsInt(r)))
        .toList();
  }

  @Override
  public void close() {
    timeBox.close();
  }
}
