package io.rasd.cli;

import io.rasd.core.entities.ConllTagger;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code tag-conll --in=FILE --out=FILE [--gazetteer=false]}: reads one token per line (first column the token, other
 * columns ignored, blank lines and '.' are sentence breaks) and writes every line back with the predicted ANERcorp BIO
 * tag appended as a last, tab-separated column, using the pipeline's model and features ({@link ConllTagger});
 * {@code --gazetteer=true} also fuses gazetteer matches as the pipeline does.
 */
public final class TagConllCommand {
  private static final Set<String> FLAGS = Set.of("in", "out", "gazetteer");

  private TagConllCommand() {}

  public static int run(String[] args) {
    Flags flags;
    try {
      flags = Flags.parse(args, FLAGS);
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    if (flags.get("in", null) == null || flags.get("out", null) == null) return usage("--in and --out are required");
    Path in = Path.of(flags.require("in"));
    Path out = Path.of(flags.require("out"));
    if (!Files.isReadable(in)) return usage("cannot read " + in);
    try {
      List<String> lines = readLines(in);
      boolean fuse = Boolean.parseBoolean(flags.get("gazetteer", "false"));
      List<String> tags = new ConllTagger(fuse).tagLines(lines);
      if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
      try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        for (int i = 0; i < lines.size(); i++) {
          String line = stripEol(lines.get(i));
          w.write(tags.get(i) == null ? line : line + "\t" + tags.get(i));
          w.write('\n');
        }
      }
      System.out.printf("tagged %d lines of %s into %s%n", lines.size(), in, out);
      return 0;
    } catch (IOException | RuntimeException e) {
      System.err.println("tag-conll failed: " + e);
      return 1;
    }
  }

  private static List<String> readLines(Path in) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) lines.add(line);
    }
    return lines;
  }

  private static String stripEol(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static int usage(String problem) {
    System.err.println("tag-conll: " + problem);
    System.err.println("usage: tag-conll --in=FILE --out=FILE [--gazetteer=true|false]");
    return 2;
  }
}
