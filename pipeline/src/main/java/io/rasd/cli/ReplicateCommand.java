package io.rasd.cli;

import io.rasd.beam.InputFiles;
import io.rasd.bench.ReplicatedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * {@code rasd.jar replicate --input=DIR_OR_GLOB --copies=K --out=DIR}: writes the K distinct copies of a corpus that
 * {@code bench --replicate=K} uses, into a folder any runner can read (the cluster benchmark's input). Copy {@code c}
 * is {@code copy<c>-file<f>.jsonl}, so the glob {@code DIR/copy0[0-3]-*} is the first four copies.
 */
final class ReplicateCommand {
  private ReplicateCommand() {}

  static int run(String[] args) throws Exception {
    Flags flags = Flags.parse(args, Set.of("input", "copies", "out"));
    int copies = flags.getInt("copies", 0);
    if (copies < 1 || copies > 99) {
      throw new IllegalArgumentException("--copies takes 1 to 99, not " + copies);
    }
    Path out = Path.of(flags.require("out"));
    if (Files.isDirectory(out)) {
      try (var entries = Files.list(out)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException("--out=" + out + " is not empty");
        }
      }
    }
    ReplicatedCorpus.write(InputFiles.expand(flags.require("input")), copies, out);
    System.out.printf("replicated %s %dx as JSON Lines under %s%n", flags.require("input"), copies, out);
    return 0;
  }
}
