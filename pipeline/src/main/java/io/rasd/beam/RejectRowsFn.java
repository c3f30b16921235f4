package io.rasd.beam;

import io.rasd.core.model.Reject;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;

/** Reject → its row, counted per reason (rejects are few: one counter update per row is cheap). */
final class RejectRowsFn extends DoFn<Reject, GenericRecord> {
  @ProcessElement
  public void process(@Element Reject reject, OutputReceiver<GenericRecord> out) {
    Metrics.counter(RasdMetrics.REJECT_REASONS, reject.reason()).inc();
    out.output(TableRows.reject(reject));
  }
}
