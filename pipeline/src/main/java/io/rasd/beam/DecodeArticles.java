package io.rasd.beam;

import io.rasd.core.input.TextDecoder;
import io.rasd.core.model.DecodedArticle;
import io.rasd.core.model.RawArticle;
import io.rasd.core.model.Reject;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Decode: the bytes of raw files to text (BOM, line ends, legacy and mixed charsets, repairs); text that readers
 * already extracted is only checked. What is not text becomes a reject with a reason.
 */
public class DecodeArticles extends PTransform<PCollection<RawArticle>, PCollectionTuple> {
  public static final TupleTag<DecodedArticle> DECODED = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<RawArticle> raw) {
    PCollectionTuple out = raw.apply("Decode", ParDo.of(new DecodeFn()).withOutputTags(DECODED, TupleTagList.of(REJECTS)));
    out.get(DECODED).setCoder(SerializableCoder.of(DecodedArticle.class));
    out.get(REJECTS).setCoder(SerializableCoder.of(Reject.class));
    return out;
  }

  static class DecodeFn extends DoFn<RawArticle, DecodedArticle> {
    @ProcessElement
    public void process(@Element RawArticle raw, MultiOutputReceiver out) {
      TextDecoder.Result r = TextDecoder.decode(raw);
      if (r.ok()) {
        out.get(DECODED).output(new DecodedArticle(raw.meta(), r.text(), r.charset(), r.repairs()));
      } else {
        out.get(REJECTS).output(new Reject(raw.location(), r.rejectReason(), r.rejectDetail()));
      }
    }
  }
}
