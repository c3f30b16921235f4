package io.rasd.testing;

import org.apache.beam.sdk.testing.TestPipeline;

/**
 * Beam's TestPipeline outside a JUnit 4 rule: enabling abandoned-node enforcement explicitly makes it usable from
 * JUnit 5 (the DirectRunner keeps its immutability and encodability checks on).
 */
public final class TestPipelines {
  private TestPipelines() {}

  public static TestPipeline create() {
    return TestPipeline.create().enableAbandonedNodeEnforcement(true);
  }
}
