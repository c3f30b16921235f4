package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/** The default number of work buckets follows the runner; a given one is kept. */
class WorkBucketsTest {
  private static RasdOptions options(String... args) {
    PipelineOptionsFactory.register(RasdOptions.class);
    return PipelineOptionsFactory.fromArgs(args).as(RasdOptions.class);
  }

  @Test
  void theDirectRunnerTakesTwiceTheCores() {
    assertThat(WorkBuckets.of(options("--runner=DirectRunner")))
        .isEqualTo(2 * Runtime.getRuntime().availableProcessors());
  }

  @Test
  void flinkTakesManyBucketsSoItsHashingDealsThemEvenly() {
    assertThat(WorkBuckets.of(options("--runner=FlinkRunner"))).isEqualTo(WorkBuckets.FLINK_DEFAULT).isGreaterThan(64);
  }

  @Test
  void aGivenNumberIsKeptOnEveryRunner() {
    assertThat(WorkBuckets.of(options("--runner=DirectRunner", "--workBuckets=7"))).isEqualTo(7);
    assertThat(WorkBuckets.of(options("--runner=FlinkRunner", "--workBuckets=7"))).isEqualTo(7);
  }
}
