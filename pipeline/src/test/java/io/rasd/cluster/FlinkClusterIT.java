package io.rasd.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasd.testing.DuckDb;
import io.rasd.testing.LocalFlinkCluster;
import io.rasd.testing.SameRows;
import io.rasd.testing.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled jar ({@code mvn -Pflink verify} builds it) submitted to a real Flink session cluster — a JobManager
 * JVM and two TaskManager JVMs of one slot each, started by {@code scripts/flink-cluster.sh} — with parallelism 2,
 * writes exactly the rows the DirectRunner writes, printing progress lines with the share done while it runs; a cluster
 * that is not there is a clear error, not a hang.
 */
class FlinkClusterIT {
  @TempDir static Path tmp;
  private static LocalFlinkCluster cluster;

  @BeforeAll
  static void startCluster() throws Exception {
    try (ZipFile jar = new ZipFile(jar().toFile())) {
      assertThat(jar.getEntry("org/apache/beam/runners/flink/FlinkRunner.class"))
          .as("rasd.jar must be built with -Pflink").isNotNull();
    }
    cluster = LocalFlinkCluster.start(tmp.resolve("cluster"), 2, 1, "512m", 600);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void seedsOnTheClusterGiveTheDirectRunnersRows() throws Exception {
    Path direct = tmp.resolve("direct");
    Path flink = tmp.resolve("flink");
    assertThat(runJar(tmp.resolve("direct.log"), "--input=" + Seeds.dir(), "--output=" + direct)).isZero();
    int exit = runJar(tmp.resolve("flink.log"), "--runner=FlinkRunner", "--flinkMaster=" + cluster.master(),
        "--parallelism=2", "--input=" + Seeds.dir(), "--output=" + flink, "--progressSeconds=2");
    String log = Files.readString(tmp.resolve("flink.log"));
    log.lines().filter(l -> l.startsWith("rasd: ")).forEach(l -> System.out.println("FlinkClusterIT client: " + l));
    assertThat(exit).as(log).isZero();

    // the default (attached) submission prints progress lines read from the cluster's REST API, with the share done
    // once the five files are read, and the final counts from the job's accumulators
    assertThat(log).as(log).doesNotContain("progress: none").doesNotContain("does not answer")
        .containsPattern("rasd: progress files=5 articles_read=5 articles_extracted=[0-5] claims_written=\\d+"
            + " done=(0|20|40|60|80|100)% .*seconds=\\d+")
        .contains("rasd: files=5 inputs=5 articles=5 rejects=0").contains("balance inputs(5) = articles(5) + rejects(0): ok");

    // the job ran on the cluster (not on an embedded one) with two parallel tasks per operator
    String jobs = cluster.rest("/jobs/overview");
    assertThat(jobs).contains("\"state\":\"FINISHED\"");
    String jobId = jobs.replaceFirst("(?s).*?\"jid\":\"([0-9a-f]+)\".*", "$1");
    assertThat(cluster.rest("/jobs/" + jobId)).contains("\"parallelism\":2");
    for (String taskManager : List.of("taskmanager-1.log", "taskmanager-2.log")) {
      assertThat(Files.readString(cluster.logDir().resolve(taskManager))).as(taskManager).contains("Received task");
    }

    assertThat(DuckDb.count(flink, "articles")).isEqualTo(5);
    SameRows.assertEveryTable(flink, direct);
  }

  @Test
  void anUnreachableClusterIsAClearErrorWithinSeconds() throws Exception {
    Path log = tmp.resolve("unreachable.log");
    long start = System.nanoTime();
    // the cluster's REST port once it is stopped is a port nothing answers on; 1 is never a Flink cluster
    int exit = runJar(log, "--runner=FlinkRunner", "--flinkMaster=localhost:1", "--input=" + Seeds.dir(),
        "--output=" + tmp.resolve("never"));
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(exit).isEqualTo(2);
    assertThat(Files.readString(log, StandardCharsets.UTF_8))
        .contains("no Flink cluster answers at --flinkMaster=localhost:1").doesNotContain("\tat ");
    assertThat(seconds).as("seconds to fail").isLessThan(60);
    assertThat(tmp.resolve("never")).doesNotExist();
  }

  private static Path jar() {
    return Path.of(System.getProperty("rasd.jar", Seeds.root().resolve("pipeline/target/rasd.jar").toString()));
  }

  /** {@code java -jar rasd.jar ARGS} in its own JVM, as a user runs it; output to {@code log}. */
  private static int runJar(Path log, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-XX:+UseParallelGC",
        "-jar", jar().toString()));
    command.addAll(List.of(args));
    if (command.stream().noneMatch(a -> a.startsWith("--progressSeconds="))) {
      command.add("--progressSeconds=0");
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(240, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("rasd.jar did not finish within 240 s: " + Files.readString(log));
    }
    return p.exitValue();
  }
}
