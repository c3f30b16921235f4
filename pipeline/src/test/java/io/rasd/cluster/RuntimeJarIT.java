package io.rasd.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** rasd.jar is the runtime only: the JMH benchmarks and JMH itself are in bench/'s rasd-bench.jar. */
class RuntimeJarIT {
  @Test
  void theRuntimeJarShipsNoBenchmarkHarness() throws Exception {
    Path jar = Path.of(System.getProperty("rasd.jar"));
    try (JarFile j = new JarFile(jar.toFile())) {
      List<String> names = j.stream().map(ZipEntry::getName).toList();
      assertThat(names).contains("io/rasd/cli/RasdMain.class", "schemas/claims.avsc", "report/report.html");
      assertThat(names).noneMatch(n -> n.startsWith("org/openjdk/jmh/"))
          .noneMatch(n -> n.endsWith("Benchmark.class") && n.startsWith("io/rasd/"))
          .noneMatch(n -> n.startsWith("seeds/")) // the benchmark's sample texts are in rasd-bench.jar
          .doesNotContain("META-INF/BenchmarkList", "claims/bench/index.txt");
    }
  }
}
