package io.rasd.beam;

import io.rasd.beam.shuffle.SpreadBySizeFn;
import io.rasd.core.input.InputReader;
import io.rasd.core.input.InputTree;
import io.rasd.core.model.RawArticle;
import io.rasd.core.model.Reject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Redistribute;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Read: an input directory (every regular file under it, recursively) or glob, one whole file per element, split
 * into any number of articles per file. Files and elements that cannot be read become rejects.
 *
 * <p>The pattern is expanded inside a DoFn rather than with {@code FileIO.match()}: on the DirectRunner the latter's
 * reshuffle made reading thousands of small files 5-12x slower (see ../shared/notes/dependencies.md).
 */
public class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<RawArticle> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};
  static final TupleTag<String> FILES = new TupleTag<>() {};
  static final TupleTag<KV<Integer, FileRange>> RANGES = new TupleTag<>() {};

  /** A range of a JSON array file, read on its own (see {@link InputReader#planJsonArray}). */
  record FileRange(String file, InputReader.JsonRange range) implements Serializable {}

  private final String input;
  private final int buckets;
  private final Set<String> only;
  private final InputReader.Limits limits;

  /** @param buckets groups the files are spread over (see {@link RasdOptions#getWorkBuckets()}) */
  public ReadArticles(String input, int buckets) {
    this(input, buckets, null);
  }

  /**
   * @param only the listed files to read (an incremental run's new and changed ones), or null for all; the listing's
   *     own rejects are made either way
   */
  public ReadArticles(String input, int buckets, Set<String> only) {
    this(input, buckets, only, InputReader.Limits.DEFAULT);
  }

  /** With other limits than {@link InputReader.Limits#DEFAULT} (tests use a small articles limit). */
  public ReadArticles(String input, int buckets, Set<String> only, InputReader.Limits limits) {
    this.input = input;
    this.buckets = buckets;
    this.only = only == null ? null : new HashSet<>(only);
    this.limits = limits;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple files =
        begin
            .apply("Input", Create.of(input).withCoder(StringUtf8Coder.of()))
            .apply("ExpandInput", ParDo.of(new ExpandInputFn(only)).withOutputTags(FILES, TupleTagList.of(REJECTS)));
    files.get(FILES).setCoder(StringUtf8Coder.of());
    files.get(REJECTS).setCoder(SerializableCoder.of(Reject.class));

    // The input expands to all files in one bundle: spread them over a few buckets so files are read in parallel.
    // Few buckets on purpose: every downstream grouping step's cost on the DirectRunner grows with the number of
    // bundles feeding it (its in-memory state is copied per bundle).
    PCollectionTuple read =
        files
            .get(FILES)
            .apply("SpreadFiles", Redistribute.<String>arbitrarily().withNumBuckets(buckets))
            .apply(
                "ReadFiles",
                ParDo.of(new ReadFileFn(buckets, limits)).withOutputTags(ARTICLES, TupleTagList.of(REJECTS).and(RANGES)));
    read.get(ARTICLES).setCoder(RawArticleCoder.of());
    read.get(REJECTS).setCoder(SerializableCoder.of(Reject.class));
    read.get(RANGES).setCoder(KvCoder.of(VarIntCoder.of(), SerializableCoder.of(FileRange.class)));
    // A big JSON array's ranges are spread like files, so its elements are read (and held) range by range.
    PCollectionTuple ranged =
        read.get(RANGES)
            .apply("SpreadRanges", Redistribute.byKey())
            .apply("Ranges", Values.create())
            .setCoder(SerializableCoder.of(FileRange.class))
            .apply("ReadRanges", ParDo.of(new ReadRangeFn()).withOutputTags(ARTICLES, TupleTagList.of(REJECTS)));
    ranged.get(ARTICLES).setCoder(RawArticleCoder.of());
    ranged.get(REJECTS).setCoder(SerializableCoder.of(Reject.class));
    // Then spread the articles themselves: files differ in size (one export may hold the whole corpus), and the
    // extraction downstream is only as fast as its largest group.
    PCollection<RawArticle> articles =
        PCollectionList.of(read.get(ARTICLES))
            .and(ranged.get(ARTICLES))
            .apply("AllRawArticles", Flatten.pCollections())
            .apply("SpreadArticles", ParDo.of(new SpreadBySizeFn(buckets)))
            .setCoder(KvCoder.of(VarIntCoder.of(), RawArticleCoder.of()))
            .apply("ToBuckets", Redistribute.byKey())
            .apply("Articles", Values.create())
            .setCoder(RawArticleCoder.of());

    PCollection<Reject> rejects =
        PCollectionList.of(files.get(REJECTS))
            .and(read.get(REJECTS))
            .and(ranged.get(REJECTS))
            .apply("AllReadRejects", Flatten.pCollections());
    return PCollectionTuple.of(ARTICLES, articles).and(REJECTS, rejects);
  }

  /** Input spec to file paths (see {@link InputFiles}); a spec that matches nothing is a reject. */
  static class ExpandInputFn extends DoFn<String, String> {
    private final Counter inputs = RasdMetrics.counter(RasdMetrics.INPUTS);
    private final Set<String> only;

    ExpandInputFn(Set<String> only) {
      this.only = only;
    }

    @ProcessElement
    public void process(@Element String spec, MultiOutputReceiver out) throws IOException {
      InputTree.Listing listing = InputFiles.list(spec);
      if (listing.files().isEmpty() && listing.rejects().isEmpty()) {
        inputs.inc(); // the input itself is accounted for: as a reject
        out.get(REJECTS).output(new Reject(spec, "no_match", "the input matched no file"));
      }
      for (Reject r : listing.rejects()) {
        inputs.inc();
        out.get(REJECTS).output(r);
      }
      for (String f : listing.files()) {
        if (only == null || only.contains(f)) {
          out.get(FILES).output(f);
        }
      }
    }
  }

  /**
   * Whole file in (after its size is checked against {@link InputReader.Limits}: a file that could not be held in
   * memory is a {@code too_large} reject and is never read), its articles (and rejects of unusable files or
   * elements) out; a file that is one JSON array of more than {@link InputReader#JSON_RANGE_ELEMENTS} elements is
   * streamed once to find its ranges, which go out to be read one by one ({@link ReadRangeFn}) instead; those past
   * {@link InputReader.Limits#maxFileArticles()} are never read and stand as one {@code too_large} reject.
   */
  static class ReadFileFn extends DoFn<String, RawArticle> {
    /** Bytes looked at to tell archives and JSON exports (which may be larger than one document) from the rest. */
    private static final int HEAD_BYTES = 64;
    private final Counter files = RasdMetrics.counter(RasdMetrics.FILES);
    private final Counter inputs = RasdMetrics.counter(RasdMetrics.INPUTS);
    private final int buckets;
    private final InputReader.Limits limits;

    ReadFileFn(int buckets, InputReader.Limits limits) {
      this.buckets = buckets;
      this.limits = limits;
    }

    @ProcessElement
    public void process(@Element String file, MultiOutputReceiver out) {
      files.inc();
      byte[] bytes;
      try {
        MatchResult.Metadata meta = FileSystems.matchSingleFileSpec(file);
        ResourceId id = meta.resourceId();
        long size = meta.sizeBytes();
        byte[] head;
        try (InputStream in = Channels.newInputStream(FileSystems.open(id))) {
          head = in.readNBytes(HEAD_BYTES);
        }
        String refused = limits.refuse(size, head, file);
        if (refused != null) {
          reject(out, new Reject(file, Reject.TOO_LARGE, refused)); // never read into memory
          return;
        }
        if (InputReader.mayBeJsonArray(head)) {
          List<InputReader.JsonRange> ranges;
          try (InputStream in = Channels.newInputStream(FileSystems.open(id))) {
            ranges = InputReader.planJsonArray(in);
          }
          if (ranges != null) {
            // ranges past the per-file articles limit are never read: they stand as one reject
            InputReader.PlannedRanges planned = InputReader.limitRanges(file, ranges, limits);
            for (int i = 0; i < planned.read().size(); i++) {
              out.get(RANGES).output(KV.of(Math.floorMod(file.hashCode() + i, buckets), new FileRange(file, planned.read().get(i))));
            }
            if (planned.beyondLimit() != null) {
              reject(out, planned.beyondLimit());
            }
            return;
          }
        }
        try (InputStream in = Channels.newInputStream(FileSystems.open(id))) {
          bytes = in.readNBytes((int) Math.min(size + 1, limits.maxFileBytes()));
        }
      } catch (IOException | RuntimeException e) {
        reject(out, new Reject(file, Reject.UNREADABLE, String.valueOf(e.getMessage())));
        return;
      }
      InputReader.ReadResult result = InputReader.read(file, bytes, limits);
      bytes = null; // the articles hold their own text: let the file's bytes go while they are emitted
      emit(result, out, inputs);
    }

    private void reject(MultiOutputReceiver out, Reject r) {
      inputs.inc();
      out.get(REJECTS).output(r);
    }
  }

  static void emit(InputReader.ReadResult result, DoFn.MultiOutputReceiver out, Counter inputs) {
    for (RawArticle a : result.articles()) {
      inputs.inc();
      out.get(ARTICLES).output(a);
    }
    for (Reject r : result.rejects()) {
      inputs.inc();
      out.get(REJECTS).output(r);
    }
  }

  /** One range of a JSON array file: the file opened at the range's first element, its elements read. */
  static class ReadRangeFn extends DoFn<FileRange, RawArticle> {
    private final Counter inputs = RasdMetrics.counter(RasdMetrics.INPUTS);
    private final Counter ranges = RasdMetrics.counter(RasdMetrics.JSON_RANGES);

    @ProcessElement
    public void process(@Element FileRange r, MultiOutputReceiver out) {
      ranges.inc();
      InputReader.ReadResult result;
      try (ReadableByteChannel channel = FileSystems.open(FileSystems.matchSingleFileSpec(r.file()).resourceId())) {
        InputStream in = Channels.newInputStream(channel);
        if (channel instanceof SeekableByteChannel seekable) {
          seekable.position(r.range().startByte());
        } else {
          in.skipNBytes(r.range().startByte());
        }
        result = InputReader.readJsonRange(r.file(), in, r.range());
      } catch (IOException | RuntimeException e) {
        String where = RawArticle.location(r.file(), r.range().startIndex());
        result =
            new InputReader.ReadResult(
                List.of(), List.of(new Reject(where, Reject.UNREADABLE, "elements " + r.range().startIndex() + "-"
                    + (r.range().startIndex() + r.range().count() - 1) + ": " + e.getMessage())));
      }
      emit(result, out, inputs);
    }
  }
}
