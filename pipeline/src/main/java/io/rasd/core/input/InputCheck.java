package io.rasd.core.input;

import io.rasd.core.model.RawArticle;
import io.rasd.core.model.Reject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A quick check of the Read + Decode steps over real files, without Beam: counts articles and rejects by reason.
 *
 * <pre>java -cp pipeline/target/rasd.jar io.rasd.core.input.InputCheck /work/shared/data/saudinewsnet</pre>
 */
public final class InputCheck {

  private InputCheck() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: InputCheck <file or directory>...");
      System.exit(2);
    }
    long files = 0;
    long articles = 0;
    long decoded = 0;
    Map<String, Long> rejects = new TreeMap<>();
    Map<String, Long> charsets = new TreeMap<>();
    long start = System.nanoTime();
    for (String arg : args) {
      List<Path> paths;
      try (Stream<Path> s = Files.walk(Path.of(arg))) {
        paths = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path p : paths) {
        files++;
        InputReader.ReadResult r = InputReader.read(p.toString(), Files.readAllBytes(p));
        articles += r.articles().size();
        for (Reject rej : r.rejects()) {
          rejects.merge(rej.reason(), 1L, Long::sum);
        }
        for (RawArticle a : r.articles()) {
          TextDecoder.Result t = TextDecoder.decode(a);
          if (t.ok()) {
            decoded++;
            charsets.merge(t.charset(), 1L, Long::sum);
          } else {
            rejects.merge("decode:" + t.rejectReason(), 1L, Long::sum);
          }
        }
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "files=%d articles=%d decoded=%d rejects=%s charsets=%s time=%dms%n",
        files, articles, decoded, rejects, charsets, ms);
  }
}
