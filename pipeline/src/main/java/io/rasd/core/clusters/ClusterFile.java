package io.rasd.core.clusters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * Writes word classes in the format of OpenNLP's {@code WordClusterDictionary} ({@code word class} per line, most
 * frequent word first), gzipped. Java's gzip header carries no time stamp, so equal classes give identical bytes.
 */
public final class ClusterFile {
  private ClusterFile() {}

  public static void write(ClusterCorpus corpus, int[] classes, OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8);
    for (int id = 0; id < corpus.vocabularySize(); id++) {
      w.write(corpus.word(id));
      w.write(' ');
      w.write(Integer.toString(classes[id]));
      w.write('\n');
    }
    w.flush();
    gz.finish();
  }
}
