package io.rasd.beam.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.beam.ArticleMentions;
import io.rasd.beam.RasdJob;
import io.rasd.beam.incremental.IncrementalPlan.Copy;
import io.rasd.beam.run.InputInventory.InputFile;
import io.rasd.core.model.Mention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.junit.jupiter.api.Test;

/**
 * The mentions state is plain columns (no Java-serialized blob), and a daily incremental run reads the base's
 * mentions from those files straight into linking: no step turns them into pipeline elements.
 */
class BaseMentionsTest {
  @Test
  void theMentionsStateIsPlainColumnsAndReadsBackWhatWasWritten() {
    Schema s = StateTables.MENTIONS_SCHEMA;
    assertThat(s.getFields()).extracting(Schema.Field::name).containsExactly("article_id", "published_date", "mentions");
    assertThat(StateTables.MENTION_SCHEMA.getFields()).extracting(Schema.Field::name)
        .containsExactly("type", "text", "start", "end", "value", "link_key", "gazetteer_id");
    assertThat(s.toString()).doesNotContain("\"bytes\"");
    ArticleMentions am =
        new ArticleMentions(
            "a1",
            List.of(new Mention("PERSON", "محمد علي", 3, 11, null, "k:محمد علي", "Q1"),
                new Mention("DATE", "2015", 20, 24, "2015", null, null)),
            LocalDate.of(2015, 8, 11));
    assertThat(StateTables.mentions(StateTables.mentions(am))).isEqualTo(am);
    ArticleMentions undated = new ArticleMentions("a2", List.of());
    assertThat(StateTables.mentions(StateTables.mentions(undated))).isEqualTo(undated);
  }

  @Test
  void aDailyRunLinksTheBasesMentionsFromItsStateFilesWithoutMakingThemElements() {
    assertThat(stepsOf(dailyPlan(true))).anyMatch(n -> n.contains("BaseMentionRows"))
        .anyMatch(n -> n.contains("BaseNamePartials")).noneMatch(n -> n.contains("KeptMentions"));
    // a run that drops base rows still reads them as elements (and filters them)
    assertThat(stepsOf(dailyPlan(false))).anyMatch(n -> n.contains("KeptMentions"))
        .noneMatch(n -> n.contains("BaseMentionRows"));
  }

  private static IncrementalPlan dailyPlan(boolean daily) {
    List<InputFile> base = List.of(new InputFile("/in/2015-08-10.zip", 1, "a"), new InputFile("/in/2015-08-09.zip", 1, "b"));
    // daily: a new day added; else 2015-08-09.zip changed (its base rows go)
    List<InputFile> now =
        daily
            ? List.of(base.get(0), base.get(1), new InputFile("/in/2015-08-11.zip", 1, "c"))
            : List.of(base.get(0), new InputFile("/in/2015-08-09.zip", 1, "c"));
    IncrementalPlan plan =
        IncrementalPlan.of("base", base, now,
            List.of(new Copy("x", "/in/2015-08-10.zip!/x.json", 0), new Copy("y", "/in/2015-08-09.zip!/y.json", 0)));
    assertThat(plan.copyBaseState()).isEqualTo(daily);
    return plan;
  }

  private static List<String> stepsOf(IncrementalPlan plan) {
    List<String> state = List.of("/base/_incremental/x-00000-of-00001.parquet");
    BaseRows rows = new BaseRows(plan, new BaseRows.Files(state, state, state, state, state, state), 2);
    Pipeline p = Pipeline.create(PipelineOptionsFactory.create());
    p.apply("Rasd", new RasdJob("/in", "/out/runs/r1", 0, 2, Map.of("rasd.run_id", "r1"), rows));
    List<String> names = new ArrayList<>();
    p.traverseTopologically(new Pipeline.PipelineVisitor.Defaults() {
      @Override
      public CompositeBehavior enterCompositeTransform(TransformHierarchy.Node node) {
        names.add(node.getFullName());
        return CompositeBehavior.ENTER_TRANSFORM;
      }

      @Override
      public void visitPrimitiveTransform(TransformHierarchy.Node node) {
        names.add(node.getFullName());
      }
    });
    return names;
  }
}
