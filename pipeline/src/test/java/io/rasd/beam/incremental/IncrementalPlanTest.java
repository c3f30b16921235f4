package io.rasd.beam.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.beam.incremental.IncrementalPlan.Copy;
import io.rasd.beam.run.InputInventory.InputFile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncrementalPlanTest {
  private static InputFile f(String path, String hash) {
    return new InputFile(path, 1, hash);
  }

  @Test
  void newFilesThatSortLastAreReadAloneAndTheBaseArticlesFilesAreCopied() {
    IncrementalPlan plan =
        IncrementalPlan.of(
            "base",
            List.of(f("/in/2015-07-21.zip", "a"), f("/in/2015-07-22.zip", "b")),
            List.of(f("/in/2015-07-21.zip", "a"), f("/in/2015-07-22.zip", "b"), f("/in/2015-07-23.zip", "c")),
            List.of(new Copy("x", "/in/2015-07-21.zip!/a.json", 0), new Copy("y", "/in/2015-07-22.zip!/b.json", 3)));
    assertThat(plan.added()).containsExactly("/in/2015-07-23.zip");
    assertThat(plan.changed()).isEmpty();
    assertThat(plan.removed()).isEmpty();
    assertThat(plan.unchanged()).isEqualTo(2);
    assertThat(plan.freshFiles()).containsExactly("/in/2015-07-23.zip");
    assertThat(plan.dropIds()).isEmpty();
    assertThat(plan.copyBaseArticles()).isTrue();
    assertThat(plan.copyBaseState()).isTrue();
  }

  @Test
  void aRemovedFileOfDuplicatesOnlyKeepsTheArticlesFilesButNotTheBaseStateWithItsCopies() {
    // b.txt held only a duplicate of a.txt's article: no row goes, but the base's copies still name b.txt
    IncrementalPlan plan =
        IncrementalPlan.of(
            "base", List.of(f("/in/a.txt", "a"), f("/in/b.txt", "b")), List.of(f("/in/a.txt", "a"), f("/in/c.txt", "c")),
            List.of(new Copy("x", "/in/a.txt", 0), new Copy("x", "/in/b.txt", 0)));
    assertThat(plan.dropIds()).isEmpty();
    assertThat(plan.copyBaseArticles()).isTrue();
    assertThat(plan.copyBaseState()).isFalse();
  }

  @Test
  void aNewFileThatSortsBeforeAKeptOneMayPrecedeItsCopiesSoTheArticlesAreRewritten() {
    IncrementalPlan plan =
        IncrementalPlan.of(
            "base", List.of(f("/in/b.txt", "b")), List.of(f("/in/a.txt", "a"), f("/in/b.txt", "b")),
            List.of(new Copy("x", "/in/b.txt", 0)));
    assertThat(plan.copyBaseArticles()).isFalse();
    assertThat(plan.dropIds()).isEmpty();
  }

  @Test
  void aKeptFileThatIsAPrefixOfANewOneDoesNotLetTheCopyThrough() {
    // "/in/a.zip!/…" (kept) against "/in/a.zip (2)" (new): ' ' sorts before '!', so the new copies come first
    assertThat(IncrementalPlan.after("/in/a.zip (2)", Set.of("/in/a.zip"))).isFalse();
    assertThat(IncrementalPlan.after("/in/b.zip", Set.of("/in/a.zip"))).isTrue();
  }

  @Test
  void changedAndRemovedFilesDropTheirArticlesAndTheFileOfADuplicateOfOneIsReadAgain() {
    IncrementalPlan plan =
        IncrementalPlan.of(
            "base",
            List.of(f("/in/a.txt", "a"), f("/in/b.txt", "b"), f("/in/c.txt", "c"), f("/in/d.txt", "d")),
            List.of(f("/in/a.txt", "a2"), f("/in/c.txt", "c"), f("/in/d.txt", "d")),
            List.of(
                new Copy("A", "/in/a.txt", 0),
                new Copy("B", "/in/b.txt", 0),
                new Copy("B", "/in/d.txt", 0), // a duplicate of b's article: b is gone, d may hold the first copy now
                new Copy("C", "/in/c.txt", 0)));
    assertThat(plan.changed()).containsExactly("/in/a.txt");
    assertThat(plan.removed()).containsExactly("/in/b.txt");
    assertThat(plan.reread()).containsExactly("/in/d.txt");
    assertThat(plan.keptFiles()).containsExactly("/in/c.txt");
    assertThat(plan.freshFiles()).containsExactlyInAnyOrder("/in/a.txt", "/in/d.txt");
    assertThat(plan.dropIds()).containsExactlyInAnyOrder("A", "B");
    assertThat(plan.copyBaseArticles()).isFalse();
    assertThat(plan.copyBaseState()).isFalse();
    assertThat(plan.unchanged()).isEqualTo(1);
  }

  @Test
  void aRowIsTracedToItsInputThroughArticleIndexAndArchiveEntry() {
    InputOf in = new InputOf(Set.of("/in/x.zip", "/in/y.txt"));
    assertThat(in.of("/in/x.zip!/2015/a.json#3")).isEqualTo("/in/x.zip");
    assertThat(in.of("/in/y.txt#2")).isEqualTo("/in/y.txt");
    assertThat(in.of("/in/y.txt")).isEqualTo("/in/y.txt");
    assertThat(in.of("/in/z.txt")).isNull();
    assertThat(in.of("/in/x.zip.bak")).isNull();
  }
}
