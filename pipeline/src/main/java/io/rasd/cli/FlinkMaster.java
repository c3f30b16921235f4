package io.rasd.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Checks that a remote Flink cluster named by {@code --flinkMaster=host:port} answers on its REST port before the
 * job is built. Without it, Flink's client retries the submission for about a minute and ends in a page of stack
 * trace; this fails in seconds with one line saying which address did not answer.
 */
final class FlinkMaster {
  static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final int DEFAULT_REST_PORT = 8081;

  private FlinkMaster() {}

  /** The {@code host:port} of a remote cluster from Beam flags, if the run goes to one (not [local], [auto], …). */
  static Optional<String> remoteAddress(String[] args) {
    boolean flink = Arrays.stream(args)
        .anyMatch(a -> a.startsWith("--runner=") && a.toLowerCase(java.util.Locale.ROOT).contains("flink"));
    return Arrays.stream(args)
        .filter(a -> flink && a.startsWith("--flinkMaster="))
        .map(a -> a.substring("--flinkMaster=".length()).trim())
        .filter(m -> !m.isEmpty() && !m.startsWith("["))
        .reduce((first, last) -> last); // as Beam's own parsing: the last occurrence wins
  }

  /** Throws IllegalArgumentException naming the address when a remote master is given and does not answer. */
  static void checkReachable(String[] args) {
    remoteAddress(args).ifPresent(FlinkMaster::checkReachable);
  }

  static void checkReachable(String master) {
    String hostPort = master.replaceFirst("^https?://", "").replaceFirst("/+$", "");
    URI overview = URI.create("http://" + (hostPort.contains(":") ? hostPort : hostPort + ":" + DEFAULT_REST_PORT)
        + "/overview");
    String problem;
    try {
      HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(TIMEOUT).build().send(
          HttpRequest.newBuilder(overview).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200 && response.body().contains("\"flink-version\"")) {
        return;
      }
      problem = "HTTP " + response.statusCode() + ", not a Flink REST endpoint";
    } catch (IOException e) {
      problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problem = "interrupted";
    } catch (IllegalArgumentException e) {
      problem = "not an address: " + e.getMessage();
    }
    throw new IllegalArgumentException("no Flink cluster answers at --flinkMaster=" + master + " (GET " + overview
        + " within " + TIMEOUT.toSeconds() + " s: " + problem + "); start one (scripts/flink-cluster.sh start DIR) "
        + "or fix the address (the JobManager's REST host:port)");
  }
}
