package io.rasd.beam;

import io.rasd.beam.DeduplicateArticles.FirstCopies;
import io.rasd.beam.DeduplicateArticles.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * Compact coders for the corpus-wide indexes. Java serialization of their maps was the largest cost of the
 * DirectRunner's grouping steps, which copy every buffered partial with its coder on each bundle.
 */
final class IndexCoders {
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();
  private static final NullableCoder<String> NULLABLE_STRING = NullableCoder.of(STRING);
  private static final VarIntCoder INT = VarIntCoder.of();
  private static final VarLongCoder LONG = VarLongCoder.of();

  private IndexCoders() {}

  /** {@link NameIndex}: per group its key, type, link key, gazetteer id, surfaces with counts, mentions, articles. */
  static final class NameIndexCoder extends AtomicCoder<NameIndex> {
    @Override
    public void encode(NameIndex index, OutputStream out) throws IOException {
      INT.encode(index.groups.size(), out);
      for (Map.Entry<String, NameStats> g : index.groups.entrySet()) {
        STRING.encode(g.getKey(), out);
        NameStats s = g.getValue();
        NULLABLE_STRING.encode(s.type, out);
        NULLABLE_STRING.encode(s.linkKey, out);
        NULLABLE_STRING.encode(s.gazetteerId, out);
        INT.encode(s.surfaces.size(), out);
        for (Map.Entry<String, Long> surface : s.surfaces.entrySet()) {
          STRING.encode(surface.getKey(), out);
          LONG.encode(surface.getValue(), out);
        }
        LONG.encode(s.mentionCount, out);
        INT.encode(s.articleIds.size(), out);
        for (String id : s.articleIds) {
          STRING.encode(id, out);
        }
        NULLABLE_STRING.encode(s.firstSeen, out);
      }
    }

    @Override
    public NameIndex decode(InputStream in) throws IOException {
      NameIndex index = new NameIndex();
      for (int groups = INT.decode(in); groups > 0; groups--) {
        String key = STRING.decode(in);
        NameStats s = new NameStats();
        s.type = NULLABLE_STRING.decode(in);
        s.linkKey = NULLABLE_STRING.decode(in);
        s.gazetteerId = NULLABLE_STRING.decode(in);
        for (int n = INT.decode(in); n > 0; n--) {
          s.surfaces.put(STRING.decode(in), LONG.decode(in));
        }
        s.mentionCount = LONG.decode(in);
        for (int n = INT.decode(in); n > 0; n--) {
          s.articleIds.add(STRING.decode(in));
        }
        s.firstSeen = NULLABLE_STRING.decode(in);
        index.groups.put(key, s);
      }
      return index;
    }
  }

  /** {@link FirstCopies}: article id, source file and index of each first copy, then the repeated ids. */
  static final class FirstCopiesCoder extends AtomicCoder<FirstCopies> {
    @Override
    public void encode(FirstCopies firsts, OutputStream out) throws IOException {
      INT.encode(firsts.byId.size(), out);
      for (Map.Entry<String, Origin> e : firsts.byId.entrySet()) {
        STRING.encode(e.getKey(), out);
        STRING.encode(e.getValue().sourceFile(), out);
        INT.encode(e.getValue().sourceIndex(), out);
      }
      INT.encode(firsts.repeated.size(), out);
      for (String id : firsts.repeated) {
        STRING.encode(id, out);
      }
    }

    @Override
    public FirstCopies decode(InputStream in) throws IOException {
      FirstCopies firsts = new FirstCopies();
      for (int n = INT.decode(in); n > 0; n--) {
        String id = STRING.decode(in);
        firsts.byId.put(id, new Origin(STRING.decode(in), INT.decode(in)));
      }
      for (int n = INT.decode(in); n > 0; n--) {
        firsts.repeated.add(STRING.decode(in));
      }
      return firsts;
    }
  }
}
