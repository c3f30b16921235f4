package io.rasd.beam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.beam.runners.core.metrics.MetricsContainerStepMap;
import org.apache.beam.sdk.metrics.MetricName;
import org.junit.jupiter.api.Test;

/**
 * The Flink REST answers the progress of a cluster run is read from: the accumulator Beam's Flink runner keeps
 * ({@code MetricsContainerStepMap}, rendered by the JobManager with its {@code toString}) decodes into Rasd's counters;
 * a REST API that goes away costs a line, never a hang.
 */
class FlinkRestProgressTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A {@code /jobs/<id>/accumulators} answer as the JobManager gives it, around Beam's own rendering. */
  private static String accumulators(MetricsContainerStepMap metrics) throws Exception {
    return JSON.writeValueAsString(Map.of(
        "job-accumulators", List.of(),
        "user-task-accumulators", List.of(
            Map.of("name", "other", "type", "LongCounter", "value", "7"),
            Map.of("name", FlinkRestProgress.ACCUMULATOR,
                "type", "org.apache.beam.runners.flink.metrics.MetricsAccumulator", "value", metrics.toString())),
        "serialized-user-task-accumulators", Map.of()));
  }

  private static MetricsContainerStepMap running() {
    MetricsContainerStepMap m = new MetricsContainerStepMap();
    m.getContainer("Rasd/Read/Files").getCounter(MetricName.named(RasdMetrics.NAMESPACE, RasdMetrics.FILES)).inc(5);
    m.getContainer("Rasd/Read/Files").getCounter(MetricName.named(RasdMetrics.NAMESPACE, RasdMetrics.INPUTS)).inc(300);
    m.getContainer("Rasd/Read/Json").getCounter(MetricName.named(RasdMetrics.NAMESPACE, RasdMetrics.INPUTS)).inc(100);
    m.getContainer("Rasd/Clean").getCounter(MetricName.named(RasdMetrics.NAMESPACE, RasdMetrics.CLEANED)).inc(400);
    m.getContainer("Rasd/Extract").getCounter(MetricName.named(RasdMetrics.NAMESPACE, RasdMetrics.EXTRACTED)).inc(100);
    m.getContainer("Rasd/Write").getCounter(MetricName.named(RasdMetrics.NAMESPACE, RasdMetrics.CLAIMS))
        .inc(100_000_000_000L);
    m.getContainer("Rasd/Reject").getCounter(MetricName.named(RasdMetrics.REJECT_REASONS, "duplicate")).inc(3);
    m.getContainer("Rasd/Other").getCounter(MetricName.named("beam", RasdMetrics.FILES)).inc(9);
    return m;
  }

  @Test
  void beamCountersComeOutOfTheJobManagersAccumulatorJson() throws Exception {
    Map<String, Long> counters = FlinkRestProgress.rasdCounters(accumulators(running()));
    assertThat(counters).containsEntry(RasdMetrics.FILES, 5L).containsEntry(RasdMetrics.INPUTS, 400L)
        .containsEntry(RasdMetrics.EXTRACTED, 100L).containsEntry(RasdMetrics.CLAIMS, 100_000_000_000L)
        .containsEntry(RasdMetrics.CLEANED, 400L).containsEntry(RasdMetrics.REJECT_REASONS + "/duplicate", 3L).hasSize(6);
    assertThat(FlinkRestProgress.rasdCounters("{\"user-task-accumulators\":[]}")).isEmpty();
  }

  @Test
  void varintsAreBeamsVarLongs() {
    assertThat(FlinkRestProgress.varint(new byte[] {0})).isZero();
    assertThat(FlinkRestProgress.varint(new byte[] {(byte) 0x96, 0x01})).isEqualTo(150);
  }

  @Test
  void theNewestJobOfTheNameIsTheOne() throws Exception {
    String overview = "{\"jobs\":[{\"jid\":\"aa\",\"name\":\"rasd-x\",\"start-time\":10,\"state\":\"FINISHED\"},"
        + "{\"jid\":\"bb\",\"name\":\"rasd-x\",\"start-time\":20,\"state\":\"RUNNING\"},"
        + "{\"jid\":\"cc\",\"name\":\"other\",\"start-time\":30,\"state\":\"RUNNING\"}]}";
    assertThat(FlinkRestProgress.jobIdOf(overview, "rasd-x")).contains("bb");
    assertThat(FlinkRestProgress.jobIdOf(overview, "rasd-y")).isEmpty();
  }

  @Test
  void progressLinesWithAShareComeFromTheRestApiThenItsAbsenceIsOneLine() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    String accumulators = accumulators(running());
    server.createContext("/jobs/overview", x -> reply(x,
        "{\"jobs\":[{\"jid\":\"abc\",\"name\":\"rasd-job\",\"start-time\":1,\"state\":\"RUNNING\"}]}"));
    server.createContext("/jobs/abc/accumulators", x -> reply(x, accumulators));
    server.start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream log = new PrintStream(out, true, StandardCharsets.UTF_8);
    long start = System.nanoTime();
    try (FlinkRestProgress.Poller poller = FlinkRestProgress.start(
        "localhost:" + server.getAddress().getPort(), "rasd-job", 1, 5, () -> System.nanoTime() - start, log)) {
      waitFor(out, "done=25%");
      server.stop(0);
      waitFor(out, "does not answer");
      Thread.sleep(2500); // further failures are not repeated
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("rasd: progress files=5 articles_read=400 articles_extracted=100"
        + " claims_written=100000000000 done=25% eta_seconds=");
    assertThat(printed.split("does not answer", -1)).hasSize(2);
  }

  @Test
  void aRestApiThatAcceptsButNeverAnswersIsBounded() throws Exception {
    try (ServerSocket silent = new ServerSocket(0)) {
      FlinkRestProgress rest = new FlinkRestProgress("localhost:" + silent.getLocalPort(), "rasd-job");
      long start = System.nanoTime();
      try {
        rest.counters();
        throw new AssertionError("a silent REST API answered");
      } catch (java.io.IOException expected) {
        // HttpTimeoutException
      }
      assertThat((System.nanoTime() - start) / 1e9).isLessThan(FlinkRestProgress.TIMEOUT.toSeconds() + 5);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long closing;
      try (FlinkRestProgress.Poller poller = FlinkRestProgress.start("localhost:" + silent.getLocalPort(), "rasd-job", 1,
          5, System::nanoTime, new PrintStream(out, true, StandardCharsets.UTF_8))) {
        Thread.sleep(1500); // a request is waiting on the silent socket
        closing = System.nanoTime();
      }
      assertThat((System.nanoTime() - closing) / 1e9).as("seconds to stop the poller")
          .isLessThan(2 * FlinkRestProgress.TIMEOUT.toSeconds() + 2);
    }
  }

  private static void reply(com.sun.net.httpserver.HttpExchange x, String body) throws java.io.IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.sendResponseHeaders(200, bytes.length);
    x.getResponseBody().write(bytes);
    x.close();
  }

  private static void waitFor(ByteArrayOutputStream out, String text) throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!out.toString(StandardCharsets.UTF_8).contains(text)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no \"" + text + "\" within 20 s: " + out.toString(StandardCharsets.UTF_8));
      }
      Thread.sleep(100);
    }
  }
}
