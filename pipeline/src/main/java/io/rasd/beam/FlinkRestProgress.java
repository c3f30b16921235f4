package io.rasd.beam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress of a Beam job on a remote Flink cluster, read from the cluster's REST API while Beam's attached FlinkRunner
 * waits in {@code run()} (which returns only when the job has ended). The job is the one named by Beam's
 * {@code --jobName} in {@code /jobs/overview}; its Beam counters are the {@code __metricscontainers} user accumulator
 * in {@code /jobs/<id>/accumulators}, which the JobManager renders as the JSON of Beam's {@code MonitoringInfo}s (a
 * {@code sum_int64} counter's value is a base64 varint). TaskManagers report running tasks' accumulators with every
 * heartbeat (Flink: every 10 s), so the counters move while the job runs, not only when it ends.
 *
 * <p>Every request is bounded ({@link #TIMEOUT} to connect and to answer); the poller runs on a daemon thread, never
 * on the thread that waits for the job, and a cluster whose REST API stops answering costs one line and the next
 * polls, never a hang.
 */
final class FlinkRestProgress {
  static final Duration TIMEOUT = Duration.ofSeconds(5);
  static final String ACCUMULATOR = "__metricscontainers";
  private static final String SUM_INT64 = "beam:metrics:sum_int64:v1";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final String jobName;
  private final HttpClient http;
  private String jobId;

  FlinkRestProgress(String master, String jobName) {
    String hostPort = master.strip().replaceFirst("^https?://", "").replaceFirst("/+$", "");
    this.base = URI.create("http://" + (hostPort.contains(":") ? hostPort : hostPort + ":8081"));
    this.jobName = jobName;
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  /** The job's Beam counters by name (namespace {@link RasdMetrics#NAMESPACE}); empty while the job is not listed yet. */
  Optional<Map<String, Long>> counters() throws IOException, InterruptedException {
    if (jobId == null) {
      jobId = jobIdOf(get("/jobs/overview"), jobName).orElse(null);
      if (jobId == null) {
        return Optional.empty();
      }
    }
    return Optional.of(rasdCounters(get("/jobs/" + jobId + "/accumulators")));
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + path + ": HTTP " + response.statusCode());
    }
    return response.body();
  }

  /** The id of the newest job named {@code name} in a {@code /jobs/overview} answer. */
  static Optional<String> jobIdOf(String overview, String name) throws IOException {
    String id = null;
    long newest = Long.MIN_VALUE;
    for (JsonNode job : JSON.readTree(overview).path("jobs")) {
      if (name.equals(job.path("name").asText()) && job.path("start-time").asLong() >= newest) {
        newest = job.path("start-time").asLong();
        id = job.path("jid").asText();
      }
    }
    return Optional.ofNullable(id);
  }

  /**
   * The counters of namespace {@code rasd} (summed over steps) in a {@code /jobs/<id>/accumulators} answer, plus those
   * of {@link RasdMetrics#REJECT_REASONS} under {@code rasd.rejects/<reason>}.
   */
  static Map<String, Long> rasdCounters(String accumulators) throws IOException {
    Map<String, Long> counters = new TreeMap<>();
    for (JsonNode acc : JSON.readTree(accumulators).path("user-task-accumulators")) {
      if (!ACCUMULATOR.equals(acc.path("name").asText())) {
        continue;
      }
      JsonNode infos = JSON.readTree(acc.path("value").asText()).path("metrics").path("attempted");
      for (JsonNode info : infos) {
        JsonNode labels = info.path("labels");
        String namespace = labels.path("NAMESPACE").asText();
        if (!SUM_INT64.equals(info.path("type").asText())
            || !(namespace.equals(RasdMetrics.NAMESPACE) || namespace.equals(RasdMetrics.REJECT_REASONS))) {
          continue;
        }
        String name = namespace.equals(RasdMetrics.NAMESPACE)
            ? labels.path("NAME").asText()
            : RasdMetrics.REJECT_REASONS + "/" + labels.path("NAME").asText();
        counters.merge(name, varint(Base64.getDecoder().decode(info.path("payload").asText())), Long::sum);
      }
    }
    return counters;
  }

  /** A Beam {@code VarLongCoder} value: 7 bits per byte, least significant first, high bit set on all but the last. */
  static long varint(byte[] bytes) {
    long value = 0;
    int shift = 0;
    for (byte b : bytes) {
      value |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
      shift += 7;
      if (shift > 63) {
        break;
      }
    }
    throw new IllegalArgumentException("not a varint: " + bytes.length + " byte(s)");
  }

  /** The progress line for counters read from the cluster (as {@link ProgressLine} on the DirectRunner). */
  static String line(Map<String, Long> counters, long totalFiles, double seconds) {
    Map<String, Long> rasd = new LinkedHashMap<>();
    counters.forEach((k, v) -> {
      if (!k.contains("/")) {
        rasd.put(k, v);
      }
    });
    return ProgressLine.of(new RunSummary(rasd, Map.of(), seconds), totalFiles, seconds);
  }

  /**
   * Prints a progress line every {@code everySeconds} on a daemon thread until {@link Poller#close()}; a REST API that
   * does not answer is said once (and again when it answers after all).
   */
  static Poller start(
      String master, String jobName, int everySeconds, long totalFiles, LongSupplier nanosSinceStart, PrintStream log) {
    FlinkRestProgress rest = new FlinkRestProgress(master, jobName);
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "rasd-flink-progress");
      t.setDaemon(true);
      return t;
    });
    boolean[] failing = {false};
    timer.scheduleWithFixedDelay(() -> {
      double seconds = nanosSinceStart.getAsLong() / 1e9;
      try {
        Optional<Map<String, Long>> counters = rest.counters();
        if (failing[0]) {
          log.println("rasd: progress: the Flink REST API at " + master + " answers again");
          failing[0] = false;
        }
        log.println(counters.map(c -> line(c, totalFiles, seconds))
            .orElse(String.format("rasd: progress: job %s not listed by the cluster yet seconds=%.0f", jobName, seconds)));
      } catch (IOException | RuntimeException e) {
        if (!failing[0]) {
          log.println("rasd: progress: the Flink REST API at " + master + " does not answer (" + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); still waiting for the job");
          failing[0] = true;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, everySeconds, everySeconds, TimeUnit.SECONDS);
    return new Poller(timer);
  }

  /** Stops the progress lines; waits at most for one bounded request to end. */
  record Poller(ScheduledExecutorService timer) implements AutoCloseable {
    @Override
    public void close() {
      timer.shutdownNow();
      try {
        timer.awaitTermination(2 * TIMEOUT.toSeconds() + 1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
