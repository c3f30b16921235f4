package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.testing.SameRows;
import io.rasd.testing.Seeds;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same job on an embedded local Flink cluster writes exactly the rows the DirectRunner writes. With progress lines
 * asked for, an embedded run says it has none (no REST API to poll); runs on a cluster print progress from the cluster's
 * REST API ({@code FlinkClusterIT}).
 */
class FlinkParityTest {
  @TempDir Path tmp;

  private static RunSummary run(String runner, Path output, int progressSeconds, PrintStream log) throws Exception {
    PipelineOptionsFactory.register(RasdOptions.class);
    RasdOptions options =
        PipelineOptionsFactory.fromArgs(
                "--runner=" + runner, "--input=" + Seeds.dir(), "--output=" + output,
                "--progressSeconds=" + progressSeconds)
            .as(RasdOptions.class);
    return RasdPipeline.run(options, log);
  }

  @Test
  void onlyARemoteClusterIsSubmittedDetached() {
    assertThat(FlinkSubmission.remoteMaster("localhost:8081")).contains("localhost:8081");
    assertThat(FlinkSubmission.remoteMaster("[local]")).isEmpty();
    assertThat(FlinkSubmission.remoteMaster("[auto]")).isEmpty();
    assertThat(FlinkSubmission.remoteMaster(null)).isEmpty();
  }

  @Test
  void flinkAndDirectRunsProduceTheSameRows() throws Exception {
    Path direct = tmp.resolve("direct");
    Path flink = tmp.resolve("flink");
    run("DirectRunner", direct, 0, new PrintStream(OutputStream.nullOutputStream()));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    RunSummary onFlink = run("FlinkRunner", flink, 1, new PrintStream(log, true, StandardCharsets.UTF_8));
    assertThat(onFlink.get(RasdMetrics.ARTICLES)).isEqualTo(5);
    assertThat(onFlink.balanced()).isTrue();
    String printed = log.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("rasd: progress: none while this Flink job runs").contains("balance")
        .doesNotContain("rasd: progress files=");
    SameRows.assertEveryTable(flink, direct);
    SameRows.assertEveryRowNamesTheRun(flink);
    SameRows.assertEveryRowNamesTheRun(direct);
  }
}
