package io.rasd.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Flags of a Rasd run; every other Beam flag (--runner, …) works as in any Beam job. */
public interface RasdOptions extends PipelineOptions {
  @Description("Input (required): a directory (every regular file under it, recursively) or a file glob")
  @Validation.Required
  String getInput();

  void setInput(String value);

  @Description(
      "Output folder (required; any scheme Beam has a file system for): each run writes runs/<run_id>/<table>/*.parquet"
          + " and then points _LATEST and the current symlink at it")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description("Parquet files per table (more for very large corpora; 0 lets the runner decide)")
  @Default.Integer(1)
  int getNumShards();

  void setNumShards(int value);

  @Description(
      "Groups the input files, then their articles, are spread over for parallel work; 0 = twice the cores of this"
          + " machine on the DirectRunner, 128 on Flink (its hashing deals few buckets unevenly to the slots)")
  @Default.Integer(0)
  int getWorkBuckets();

  void setWorkBuckets(int value);

  @Description("Seconds between progress lines while the job runs; 0 turns them off")
  @Default.Integer(5)
  int getProgressSeconds();

  void setProgressSeconds(int value);

  @Description("Published runs kept in the output folder (the newest; older ones are deleted after a publish)")
  @Default.Integer(3)
  int getKeepRuns();

  void setKeepRuns(int value);

  @Description(
      "Build on the published run: read only inputs that are new or changed since it (by sha256), take the rest from"
          + " its tables and state, link entities and group claims over all; a full run when there is no usable base")
  @Default.Boolean(false)
  boolean getIncremental();

  void setIncremental(boolean value);

  @Description(
      "Also write claims of metric `other` (a person, cell, weapon or vehicle count no trigger governs): off by"
          + " default, since most are no security facts (README, \"`other` off by default\")")
  @Default.Boolean(false)
  boolean getClaimsOther();

  void setClaimsOther(boolean value);
}
