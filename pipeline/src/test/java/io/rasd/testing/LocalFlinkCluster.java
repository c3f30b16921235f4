package io.rasd.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Flink session cluster (JobManager and TaskManager JVMs) started by {@code scripts/flink-cluster.sh}, as a
 * user would start one; {@link #close()} stops it. The script's watchdog stops it anyway after {@code maxSeconds},
 * so a test JVM that is killed leaves no cluster behind.
 */
public final class LocalFlinkCluster implements AutoCloseable {
  private final Path dir;
  private final int restPort;

  private LocalFlinkCluster(Path dir, int restPort) {
    this.dir = dir;
    this.restPort = restPort;
  }

  public static LocalFlinkCluster start(Path dir, int taskManagers, int slots, String tmHeap, int maxSeconds)
      throws IOException, InterruptedException {
    int exit = script("start", dir, "--taskmanagers=" + taskManagers, "--slots=" + slots, "--tm-heap=" + tmHeap,
        "--jm-heap=256m", "--wait=120", "--max-seconds=" + maxSeconds);
    if (exit != 0) {
      throw new IllegalStateException("scripts/flink-cluster.sh start failed (exit " + exit + "): "
          + Files.readString(dir.resolve("script.log"), StandardCharsets.UTF_8));
    }
    for (String line : Files.readAllLines(dir.resolve("cluster.env"))) {
      if (line.startsWith("REST_PORT=")) {
        return new LocalFlinkCluster(dir, Integer.parseInt(line.substring("REST_PORT=".length())));
      }
    }
    throw new IllegalStateException("no REST_PORT in " + dir.resolve("cluster.env"));
  }

  /** {@code host:port} for {@code --flinkMaster}. */
  public String master() {
    return "localhost:" + restPort;
  }

  /** Text of the cluster's REST resource {@code path} (e.g. {@code /jobs/overview}). */
  public String rest(String path) throws IOException, InterruptedException {
    var client = java.net.http.HttpClient.newHttpClient();
    var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://" + master() + path))
        .timeout(java.time.Duration.ofSeconds(10)).build();
    return client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
  }

  public Path logDir() {
    return dir.resolve("log");
  }

  @Override
  public void close() throws IOException, InterruptedException {
    script("stop", dir);
  }

  /** Runs the script with a bounded wait; its output goes to {@code DIR/script.log}. */
  private static int script(String command, Path dir, String... options) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    List<String> args = new ArrayList<>(List.of(
        Seeds.root().resolve("scripts/flink-cluster.sh").toString(), command, dir.toString()));
    args.addAll(List.of(options));
    Process p = new ProcessBuilder(args).redirectErrorStream(true)
        .redirectOutput(dir.resolve("script.log").toFile()).start();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("scripts/flink-cluster.sh " + command + " did not return within 300 s");
    }
    return p.exitValue();
  }
}
