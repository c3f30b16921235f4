package io.rasd.core.limits;

import io.rasd.core.arabic.AnalyzedText;
import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.core.model.Claim;
import io.rasd.core.model.Mention;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GuardedExtractionTest {
  private static final String BODY = "اعتقلت الشرطة 55 شخصا في الرباط";
  private static final ExtractionLimits LIMITS = new ExtractionLimits(1000, 50, Duration.ofMillis(300));
  private final AtomicBoolean release = new AtomicBoolean();

  @AfterEach
  void releaseStuckWorkers() {
    release.set(true);
  }

  private static Mention place(String body) {
    int at = body.indexOf("الرباط");
    return new Mention("LOCATION", "الرباط", at, at + 6, null, "k", null);
  }

  private static Mention place(AnalyzedText text) {
    return place(text.body());
  }

  private static Claim claim(AnalyzedText text) {
    return claim(text.body());
  }

  private static Claim claim(String body) {
    int at = body.indexOf("55 شخصا");
    return new Claim("arrests", 55.0, null, "exact", "شخص", null, null, null, null, null, null, "55 شخصا", at, at + 7);
  }

  @Test
  void bothStepsRunAndTheirRowsComeBack() throws Exception {
    try (GuardedExtraction g = new GuardedExtraction(LIMITS, () -> text -> List.of(place(text)), (t, m, d) -> List.of(claim(t)))) {
      GuardedExtraction.Outcome o = g.extract(BODY, null);
      assertThat(o.mentions()).extracting(Mention::text).containsExactly("الرباط");
      assertThat(o.claims()).extracting(Claim::text).containsExactly("55 شخصا");
      assertThat(o.problems()).isEmpty();
    }
  }

  @Test
  void aStuckEntityStepTimesOutItsClaimsStayAndTheNextArticleGetsAFreshExtractor() throws Exception {
    AtomicInteger made = new AtomicInteger();
    GuardedExtraction.EntityStep stuck =
        text -> {
          while (!release.get()) {
            Thread.onSpinWait(); // like a backtracking regex: deaf to interrupts
          }
          return List.of();
        };
    List<String> usedBy = new ArrayList<>();
    try (GuardedExtraction g =
        new GuardedExtraction(
            LIMITS,
            () -> made.incrementAndGet() == 1 ? stuck : text -> {
              usedBy.add(Thread.currentThread().getName());
              return List.of(place(text));
            },
            (t, m, d) -> List.of(claim(t)))) {
      GuardedExtraction.Outcome first = g.extract(BODY, null);
      assertThat(first.mentions()).isEmpty();
      assertThat(first.claims()).extracting(Claim::text).containsExactly("55 شخصا");
      assertThat(first.problems())
          .containsExactly(new GuardedExtraction.Problem("extraction_timeout", "entities: gave up after 0 s"));

      GuardedExtraction.Outcome second = g.extract(BODY, null);
      assertThat(made).hasValue(2);
      assertThat(second.mentions()).extracting(Mention::text).containsExactly("الرباط");
      assertThat(second.problems()).isEmpty();
      assertThat(usedBy).hasSize(1);
    }
  }

  @Test
  void aFailingStepNamesItselfAndKeepsTheOtherStepsRows() throws Exception {
    try (GuardedExtraction g =
        new GuardedExtraction(
            LIMITS,
            () -> text -> {
              throw new NullPointerException("inside the name finder");
            },
            (t, m, d) -> List.of(claim(t)))) {
      GuardedExtraction.Outcome o = g.extract(BODY, null);
      assertThat(o.claims()).hasSize(1);
      assertThat(o.problems()).singleElement().satisfies(p -> {
        assertThat(p.reason()).isEqualTo("extraction_failed");
        assertThat(p.detail()).startsWith("entities: java.lang.NullPointerException: inside the name finder");
      });
    }
    try (GuardedExtraction g =
        new GuardedExtraction(
            LIMITS,
            () -> text -> List.of(place(text)),
            (t, m, d) -> {
              throw new IllegalStateException("bad claim");
            })) {
      GuardedExtraction.Outcome o = g.extract(BODY, null);
      assertThat(o.mentions()).hasSize(1);
      assertThat(o.claims()).isEmpty();
      assertThat(o.problems()).extracting(GuardedExtraction.Problem::detail)
          .containsExactly("claims: java.lang.IllegalStateException: bad claim");
    }
  }

  @Test
  void anOversizeBodyIsExtractedUpToTheBudgetAtAWordBoundary() throws Exception {
    String body = BODY + " " + "كلمة ".repeat(400);
    List<Integer> seen = new ArrayList<>();
    try (GuardedExtraction g =
        new GuardedExtraction(LIMITS, () -> text -> {
          seen.add(text.body().length());
          return List.of(place(text));
        }, (t, m, d) -> List.of())) {
      GuardedExtraction.Outcome o = g.extract(body, null);
      assertThat(seen.get(0)).isLessThanOrEqualTo(1000).isGreaterThan(900);
      assertThat(body.charAt(seen.get(0))).isEqualTo(' ');
      assertThat(o.mentions()).hasSize(1);
      assertThat(o.problems()).extracting(GuardedExtraction.Problem::reason).containsExactly("extraction_truncated");
      assertThat(o.problems().get(0).detail()).endsWith(" of " + body.length() + " characters");
    }
  }

  @Test
  void overlongTokensAreBlankedAndRowsOverThemDropped() throws Exception {
    String junk = "x".repeat(60);
    String body = BODY + " " + junk;
    try (GuardedExtraction g =
        new GuardedExtraction(
            LIMITS,
            () -> text -> {
              assertThat(text.body()).hasSameSizeAs(body).doesNotContain("x");
              int at = body.indexOf(junk);
              return List.of(place(text), new Mention("MISC", " ".repeat(60), at, at + 60, null, "j", null));
            },
            (t, m, d) -> List.of())) {
      GuardedExtraction.Outcome o = g.extract(body, null);
      assertThat(o.mentions()).extracting(Mention::text).containsExactly("الرباط");
    }
  }
}
