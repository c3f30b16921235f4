package io.rasd.testing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile-input suite of issue 13, generated (nothing large is committed): each {@link Case} writes one input
 * folder holding a good seed article beside the hostile input, at {@link Scale#SMALL} for {@code mvn verify} or
 * {@link Scale#FULL} for {@link HostileBench} (1 MB token, 300 MB line, 1 GiB bombs, 1M-element array).
 */
public final class HostileInputs {
  private HostileInputs() {}

  /** The good article every case puts beside its hostile input; it has claims. */
  public static final String GOOD_SEED = "002_a58af8d8464ea73a.txt";

  /** Sizes of the hostile parts. */
  public enum Scale {
    SMALL(100_000, 65L << 20, 100L << 20, 2_000, 100_000, 50_000),
    FULL(1_000_000, 300L << 20, 1L << 30, 1_000_000, 100_000, 50_000),
    /** {@link #FULL} with a 100,000-element array: the array case's memory trend in a tenth of its time. */
    FULL_100K(1_000_000, 300L << 20, 1L << 30, 100_000, 100_000, 50_000),
    /** {@link #FULL} with a 200,000-element array (for the memory measurement with a raised articles limit). */
    FULL_200K(1_000_000, 300L << 20, 1L << 30, 200_000, 100_000, 50_000);

    final int tokenChars;
    final long lineBytes;
    final long bombBytes;
    final int arrayElements;
    final int numbers;
    final int nestedDivs;

    public int arrayElements() {
      return arrayElements;
    }

    Scale(int tokenChars, long lineBytes, long bombBytes, int arrayElements, int numbers, int nestedDivs) {
      this.tokenChars = tokenChars;
      this.lineBytes = lineBytes;
      this.bombBytes = bombBytes;
      this.arrayElements = arrayElements;
      this.numbers = numbers;
      this.nestedDivs = nestedDivs;
    }
  }

  /**
   * What a case gives: the {@code --input} to run on, and the rejects it must produce (file name → reason).
   *
   * @param extraArticles articles besides the good one the hostile input must give
   */
  public record Spec(String input, Map<String, String> rejects, int extraArticles) {}

  /** One hostile input. */
  public enum Case {
    LONG_TOKEN("a good sentence followed by one very long word") {
      @Override
      Spec write(Path in, Scale s) throws IOException {
        String body = "اعتقلت الشرطة 12 شخصا في الرباط.\n" + "ب".repeat(s.tokenChars);
        Files.writeString(in.resolve("token.txt"), body);
        // a body over the extraction cap is kept whole and extracted up to the cap, with a flag row
        boolean over = body.length() > io.rasd.core.limits.ExtractionLimits.DEFAULT.maxChars();
        return new Spec(in.toString(), over ? Map.of("token.txt", "extraction_truncated") : Map.of(), 1);
      }
    },
    LONG_LINE("one line of text larger than a document may be") {
      @Override
      Spec write(Path in, Scale s) throws IOException {
        byte[] chunk = "كلمة".repeat(1 << 12).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(in.resolve("line.txt")))) {
          for (long n = 0; n < s.lineBytes; n += chunk.length) out.write(chunk);
        }
        return new Spec(in.toString(), Map.of("line.txt", "too_large"), 0);
      }
    },
    LINK_OUTSIDE("a symbolic link to a file outside the input folder") {
      @Override
      Spec write(Path in, Scale s) throws IOException {
        Path secret = Files.writeString(in.resolveSibling("secret.txt"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.createSymbolicLink(in.resolve("passwd"), secret);
        return new Spec(in.toString(), Map.of("passwd", "outside_input"), 0);
      }
    },
    LINKED_FOLDER("the input folder given as a symbolic link, with a linked sub-folder inside it") {
      @Override
      Spec write(Path in, Scale s) throws IOException {
        Path store = Files.createDirectories(in.resolve("store"));
        Files.writeString(store.resolve("other.txt"), Seeds.text("004_9b703e0e953813b5.txt"));
        Files.createSymbolicLink(in.resolve("linked-store"), store);
        Path link = Files.createSymbolicLink(in.resolveSibling("in-link"), in);
        return new Spec(link.toString(), Map.of(), 1);
      }
    },
    GLOB_OVER_LOOP("a glob over a folder that holds a symbolic link loop") {
      @Override
      Spec write(Path in, Scale s) throws IOException {
        Files.createSymbolicLink(in.resolve("loop"), in);
        return new Spec(in + "/**.txt", Map.of(), 0);
      }
    },
    MISSING_BESIDE_LOOP("a missing input whose parent folder holds a symbolic link loop") {
      @Override
      Spec write(Path in, Scale s) throws IOException {
        Files.createSymbolicLink(in.resolve("loop"), in);
        return new Spec(in.resolve("missing.txt").toString(), Map.of(), -1); // a clear error (exit 2), at once
      }
    },
    MIXED_ENCODING("a file half UTF-8, half windows-1256") {
      @Override
      Spec write(Path in, Scale s) throws IOException {
        String text = Seeds.text("000_ef4ac6f1c1822e0a.txt");
        int half = text.indexOf('\n', text.length() / 2) + 1;
        Files.write(
            in.resolve("mixed.txt"),
            concat(
                text.substring(0, half).getBytes(StandardCharsets.UTF_8),
                text.substring(half).getBytes(Charset.forName("windows-1256"))));
        return new Spec(in.toString(), Map.of(), 1);
      }
    },
    DAMAGED_BYTES("three invalid UTF-8 bytes in one long article, one NUL byte in another, one of each in an HTML page") {
      @Override
      Spec write(Path in, Scale s) throws IOException {
        byte[] a = Seeds.text("001_1e4b5513c97eb36f.txt").getBytes(StandardCharsets.UTF_8);
        for (int i = 1; i <= 3; i++) {
          int at = a.length * i / 4;
          while (a[at] != ' ') at++;
          a[at] = (byte) 0xFF; // a space overwritten: one bad byte, the letters around it intact
        }
        Files.write(in.resolve("invalid-bytes.txt"), a);
        String b = Seeds.text("003_716936cce44e642a.txt");
        int line = b.indexOf('\n', b.length() / 2) + 1;
        Files.writeString(in.resolve("nul.txt"), b.substring(0, line) + "\u0000" + b.substring(line));
        // an HTML page declared UTF-8 with one invalid byte and one NUL inside its article text
        String c = Seeds.text("004_9b703e0e953813b5.txt");
        int mid = c.indexOf(' ', c.length() / 3);
        byte[] page = concat(
            concat(
                ("<!doctype html><html><head><meta charset=\"utf-8\"><title>خبر</title></head><body><article><p>"
                        + c.substring(0, mid)).getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF}),
            concat(
                c.substring(mid + 1, 2 * c.length() / 3).getBytes(StandardCharsets.UTF_8),
                concat(new byte[] {0}, (c.substring(2 * c.length() / 3) + "</p></article></body></html>")
                    .getBytes(StandardCharsets.UTF_8))));
        Files.write(in.resolve("damaged.html"), page);
        return new Spec(in.toString(), Map.of(), 3);
      }
    },
    MANY_NUMBERS("an article with 100,000 numbers in one sentence") {
      @Override
      Spec write(Path in, Scale s) throws IOException {
        StringBuilder b = new StringBuilder("أعلنت وزارة الداخلية المغربية اعتقال 17 شخصا في الرباط عام 2021.\n");
        for (int i = 0; i < s.numbers; i++) b.append(i).append(' ');
        Files.writeString(in.resolve("numbers.txt"), b);
        return new Spec(in.toString(), Map.of(), 1);
      }
    },
    NESTED_DIVS("an HTML page of 50,000 nested <div>") {
      @Override
      Spec write(Path in, Scale s) throws IOException {
        StringBuilder b = new StringBuilder("<!doctype html><html><head><title>خبر</title></head><body>");
        b.append("<div>".repeat(s.nestedDivs));
        b.append("<p>أعلنت الشرطة اعتقال 9 أشخاص في مدينة فاس بعد تحقيق دام أسابيع.</p>");
        b.append("</div>".repeat(s.nestedDivs)).append("</body></html>");
        Files.writeString(in.resolve("nested.html"), b);
        return new Spec(in.toString(), Map.of(), 1);
      }
    },
    ZIP_BOMB("a zip whose one entry inflates to gigabytes of zeros") {
      @Override
      Spec write(Path in, Scale s) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(in.resolve("bomb.zip")))) {
          zip.setLevel(9);
          zip.putNextEntry(new ZipEntry("zeros.txt"));
          zeros(zip, s.bombBytes);
          zip.closeEntry();
        }
        return new Spec(in.toString(), Map.of("bomb.zip!/zeros.txt", "too_large"), 0);
      }
    },
    GZIP_BOMB("a gzip file that inflates to gigabytes of zeros") {
      @Override
      Spec write(Path in, Scale s) throws IOException {
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("bomb.txt.gz")), 1 << 16)) {
          zeros(gz, s.bombBytes);
        }
        return new Spec(in.toString(), Map.of("bomb.txt.gz", "too_large"), 0);
      }
    },
    BIG_JSON_ARRAY("a JSON export holding one array of many small articles") {
      @Override
      Spec write(Path in, Scale s) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(in.resolve("export.json")))) {
          out.write('[');
          for (int i = 0; i < s.arrayElements; i++) {
            if (i > 0) out.write(',');
            out.write(
                ("{\"title\":\"خبر " + i + "\",\"content\":\"اعتقلت الشرطة " + (i % 90 + 10)
                        + " شخصا في قضية رقم " + i + ".\"}\n").getBytes(StandardCharsets.UTF_8));
          }
          out.write(']');
        }
        int limit = io.rasd.core.input.InputReader.Limits.DEFAULT.maxFileArticles();
        // elements past the per-file limit are one reject at the first of them (a limit, not streaming)
        return s.arrayElements <= limit ? new Spec(in.toString(), Map.of(), s.arrayElements)
            : new Spec(in.toString(), Map.of("export.json#" + limit, "too_large"), limit);
      }
    },
    OUTPUT_INSIDE_INPUT("the output folder inside the input folder, on a second run") {
      @Override
      Spec write(Path in, Scale s) throws IOException {
        return new Spec(in.toString(), Map.of(), 0);
      }
    };

    public final String what;

    Case(String what) {
      this.what = what;
    }

    /** Writes the hostile input into {@code in} (which already holds the good article). */
    abstract Spec write(Path in, Scale s) throws IOException;

    /** Where the run's output goes: inside the input for {@link #OUTPUT_INSIDE_INPUT}, else beside it. */
    public Path output(Path root) {
      return this == OUTPUT_INSIDE_INPUT ? root.resolve("in/output") : root.resolve("out");
    }
  }

  /** Writes {@code c} under {@code root} ({@code root/in} with the good article) and says what it must give. */
  public static Spec write(Case c, Path root, Scale scale) throws IOException {
    Path in = Files.createDirectories(root.resolve("in"));
    Files.writeString(in.resolve("good.txt"), Seeds.text(GOOD_SEED));
    return c.write(in, scale);
  }

  /** The cases of one end-to-end run: all that only add files to the input folder. */
  public static List<Case> sharedFolderCases() {
    return List.of(
        Case.LONG_TOKEN, Case.LONG_LINE, Case.LINK_OUTSIDE, Case.MIXED_ENCODING, Case.DAMAGED_BYTES,
        Case.MANY_NUMBERS, Case.NESTED_DIVS, Case.ZIP_BOMB, Case.GZIP_BOMB, Case.BIG_JSON_ARRAY);
  }

  /** A reject's file as the specs name it: the file name, or {@code archive!/entry}. */
  public static String shortName(String sourceFile) {
    int cut = sourceFile.contains("!/") ? sourceFile.indexOf("!/") - 1 : sourceFile.length() - 1;
    return sourceFile.substring(sourceFile.lastIndexOf('/', cut) + 1);
  }

  private static void zeros(OutputStream out, long n) throws IOException {
    byte[] block = new byte[1 << 20];
    for (long done = 0; done < n; done += block.length) out.write(block, 0, (int) Math.min(block.length, n - done));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
