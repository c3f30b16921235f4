package io.rasd.core.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a run's output must name to be reproducible: the Rasd version and git commit the jar was built from
 * ({@code rasd-build.properties}, written by the build) and the sha256 of the data files that decide its answers.
 */
public final class BuildInfo {
  /** Classpath resources whose content changes the tables: the name finder, the gazetteer, the claim taxonomy. */
  public static final List<String> MODEL_FILES =
      List.of("entities/ner-ar.bin", "entities/gazetteer.tsv", "claims/taxonomy.tsv");

  private static final Properties BUILD = load();

  private BuildInfo() {}

  public static String version() {
    return BUILD.getProperty("rasd.version", "unknown");
  }

  public static String gitCommit() {
    return BUILD.getProperty("git.commit.id", "unknown");
  }

  /** sha256 of each of {@link #MODEL_FILES}, in that order. */
  public static Map<String, String> modelHashes() {
    Map<String, String> hashes = new LinkedHashMap<>();
    for (String resource : MODEL_FILES) {
      try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource on the classpath: " + resource);
        }
        hashes.put(resource, sha256(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return hashes;
  }

  /** Hex sha256 of a stream's bytes (read to its end, not closed). */
  public static String sha256(InputStream in) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buffer = new byte[1 << 16];
    for (int n; (n = in.read(buffer)) > 0; ) {
      digest.update(buffer, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream("rasd-build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // an unknown build: the manifest says "unknown"
    }
    return p;
  }
}
