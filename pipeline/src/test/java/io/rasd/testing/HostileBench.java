package io.rasd.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs each case of {@link HostileInputs} in a fresh JVM of the given jar and prints its time and peak RSS, at full
 * size by default (1 MB token, 300 MB line, 1 GiB bombs, 1M-element array):
 *
 * <pre>
 * mvn -q -DskipTests package
 * nice -n 5 scripts/hostile-bench.sh [--jar=pipeline/target/rasd.jar] [--scale=FULL|FULL_100K|FULL_200K|SMALL] [--timeout=600]
 *     [--xmx=3g] [--gc=Parallel|Serial|G1] [--maxFileArticles=N] [CASE...]
 * </pre>
 */
public final class HostileBench {
  private HostileBench() {}

  public static void main(String[] args) throws Exception {
    String jar = "pipeline/target/rasd.jar";
    HostileInputs.Scale scale = HostileInputs.Scale.FULL;
    long timeout = 600;
    String xmx = "-Xmx3g";
    String gc = "-XX:+UseParallelGC";
    List<String> props = new ArrayList<>();
    List<HostileInputs.Case> cases = new ArrayList<>();
    for (String a : args) {
      if (a.startsWith("--jar=")) jar = a.substring(6);
      else if (a.startsWith("--scale=")) scale = HostileInputs.Scale.valueOf(a.substring(8));
      else if (a.startsWith("--timeout=")) timeout = Long.parseLong(a.substring(10));
      else if (a.startsWith("--xmx=")) xmx = "-Xmx" + a.substring(6);
      else if (a.startsWith("--gc=")) gc = "-XX:+Use" + a.substring(5) + "GC";
      else if (a.startsWith("--maxFileArticles=")) {
        // the runs' limit, and this JVM's (the expected rejects are computed from it)
        System.setProperty("rasd.maxFileArticles", a.substring(18));
        props.add("-Drasd.maxFileArticles=" + a.substring(18));
      }
      else cases.add(HostileInputs.Case.valueOf(a));
    }
    if (cases.isEmpty()) cases = List.of(HostileInputs.Case.values());
    List<String> jvm = new ArrayList<>(List.of(xmx, gc));
    jvm.addAll(props);
    for (HostileInputs.Case c : cases) {
      Path root = Files.createTempDirectory("rasd-hostile-");
      try {
        HostileInputs.Spec spec = HostileInputs.write(c, root, scale);
        Path out = c.output(root);
        if (c == HostileInputs.Case.OUTPUT_INSIDE_INPUT) {
          run(jar, jvm, spec.input(), out, timeout, root); // the first run writes the output folder
        }
        String r = run(jar, jvm, spec.input(), out, timeout, root);
        System.out.printf("hostile: case=%s %s | %s%n", c.name().toLowerCase(), r, check(spec, out));
      } finally {
        deleteRecursively(root);
      }
    }
  }

  /** One run of the jar: {@code seconds=… peak_rss_mb=… exit=…} and the run's balance line. */
  private static String run(String jar, List<String> jvm, String input, Path out, long timeout, Path root)
      throws IOException, InterruptedException {
    Path log = root.resolve("run.log");
    List<String> command = new ArrayList<>(List.of("java"));
    command.addAll(jvm);
    command.addAll(List.of("-jar", jar, "--input=" + input, "--output=" + out, "--progressSeconds=0"));
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    long start = System.nanoTime();
    long peakKb = 0;
    long cpuTicks = 0;
    while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
      peakKb = Math.max(peakKb, vmHwmKb(p.pid()));
      cpuTicks = Math.max(cpuTicks, cpuTicks(p.pid()));
      if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(timeout)) {
        p.destroyForcibly().waitFor();
        return String.format("seconds>%d (killed: hang) peak_rss_mb=%d", timeout, peakKb / 1024);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String balance =
        Files.readAllLines(log).stream().filter(l -> l.startsWith("rasd: balance")).findFirst().orElse("no balance line");
    return String.format(
        "seconds=%.1f cpu_s>=%.0f peak_rss_mb=%d load=%s exit=%d | %s", seconds, cpuTicks / 100.0, peakKb / 1024,
        load(), p.exitValue(), balance);
  }

  /**
   * What the published output must hold: the good article with claims, the hostile input's articles, exactly the
   * documented rejects. {@code ok} or the differences.
   */
  static String check(HostileInputs.Spec spec, Path out) {
    if (spec.extraArticles() < 0) {
      return Files.exists(out) ? "FAILED: an output was written" : "ok (refused, nothing written)";
    }
    List<String> problems = new ArrayList<>();
    try {
      long articles = DuckDb.count(out, "articles");
      if (articles != 1 + spec.extraArticles()) {
        problems.add("articles " + articles + ", expected " + (1 + spec.extraArticles()));
      }
      Number goodClaims =
          (Number) DuckDb.query(
                  "SELECT count(*) AS n FROM " + DuckDb.table(out, "claims") + " c JOIN " + DuckDb.table(out, "articles")
                      + " a USING (article_id) WHERE a.source_file LIKE '%/good.txt'")
              .get(0).get("n");
      if (goodClaims.longValue() == 0) {
        problems.add("the good article has no claims");
      }
      java.util.Map<String, String> rejects = new java.util.TreeMap<>();
      for (var row : DuckDb.query("SELECT source_file, reason FROM " + DuckDb.table(out, "rejects"))) {
        rejects.merge(HostileInputs.shortName((String) row.get("source_file")), (String) row.get("reason"), (a, b) -> a + "," + b);
      }
      if (!rejects.equals(new java.util.TreeMap<>(spec.rejects()))) {
        problems.add("rejects " + rejects + ", expected " + spec.rejects());
      }
    } catch (RuntimeException e) {
      problems.add(String.valueOf(e.getMessage()));
    }
    return problems.isEmpty() ? "ok (" + (1 + spec.extraArticles()) + " articles, rejects " + spec.rejects() + ")"
        : "FAILED: " + String.join("; ", problems);
  }

  private static long vmHwmKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
      }
    } catch (IOException | RuntimeException e) {
      // the process just ended
    }
    return 0;
  }

  /** User + system CPU of a process in clock ticks (100 per second), sampled: the last 0.1 s are not seen. */
  private static long cpuTicks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime: fields 14 and 15 of the line
    } catch (IOException | RuntimeException e) {
      return 0; // the process just ended
    }
  }

  /** The 1-minute load average at the run's end. */
  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
