package io.rasd.beam;

import io.rasd.beam.shuffle.CoderBytes;
import io.rasd.core.model.ArticleClaim;
import io.rasd.core.claims.ClaimGrouper;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;

/** Links claims of different articles that report the same fact: grouped per metric, matched by ClaimGrouper. */
public class GroupClaims extends PTransform<PCollection<ArticleClaim>, PCollection<GenericRecord>> {
  /** Claims are grouped encoded (see {@link CoderBytes}). */
  private static final SerializableCoder<ArticleClaim> CLAIM = SerializableCoder.of(ArticleClaim.class);

  @Override
  public PCollection<GenericRecord> expand(PCollection<ArticleClaim> claims) {
    return claims
        // only claims that can link are gathered: a million unanchored claims of one metric were one huge group
        .apply("Groupable", Filter.by(ClaimGrouper::groupable))
        .apply(
            "KeyByMetric",
            MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(byte[].class)))
                .via((ArticleClaim c) -> KV.of(c.claim().metric(), CoderBytes.encode(CLAIM, c))))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of()))
        .apply("PerMetric", GroupByKey.create())
        .apply("Group", ParDo.of(new GroupFn()))
        .setCoder(AvroCoder.of(TableSchemas.of(TableSchemas.CLAIM_GROUPS)));
  }

  static class GroupFn extends DoFn<KV<String, Iterable<byte[]>>, GenericRecord> {
    private transient ClaimGrouper grouper;

    @Setup
    public void setup() {
      grouper = new ClaimGrouper();
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<byte[]>> metricClaims, OutputReceiver<GenericRecord> out) {
      List<ArticleClaim> claims = new ArrayList<>();
      for (byte[] encoded : metricClaims.getValue()) {
        claims.add(CoderBytes.decode(CLAIM, encoded));
      }
      for (ClaimGrouper.GroupAssignment g : grouper.group(claims)) {
        out.output(TableRows.claimGroup(g.groupId(), g.claimId(), g.articleId(), g.metric(), g.conflict(), g.detail()));
      }
    }
  }
}
