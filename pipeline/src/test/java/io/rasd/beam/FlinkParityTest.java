package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.testing.SameRows;
import io.rasd.testing.Seeds;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same job on an embedded local Flink cluster writes exactly the rows the DirectRunner writes. */
class FlinkParityTest {
  @TempDir Path tmp;

  private static RunSummary run(String runner, Path output) throws Exception {
    PipelineOptionsFactory.register(RasdOptions.class);
    RasdOptions options =
        PipelineOptionsFactory.fromArgs(
                "--runner=" + runner, "--input=" + Seeds.dir(), "--output=" + output, "--progressSeconds=0")
            .as(RasdOptions.class);
    return RasdPipeline.run(options, new PrintStream(OutputStream.nullOutputStream()));
  }

  @Test
  void flinkAndDirectRunsProduceTheSameRows() throws Exception {
    Path direct = tmp.resolve("direct");
    Path flink = tmp.resolve("flink");
    run("DirectRunner", direct);
    RunSummary onFlink = run("FlinkRunner", flink);
    assertThat(onFlink.get(RasdMetrics.ARTICLES)).isEqualTo(5);
    SameRows.assertEveryTable(flink, direct);
  }
}
