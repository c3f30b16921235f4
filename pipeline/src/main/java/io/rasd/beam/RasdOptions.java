package io.rasd.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Flags of a Rasd run; every other Beam flag (--runner, …) works as in any Beam job. */
public interface RasdOptions extends PipelineOptions {
  @Description("Input: a directory (every regular file under it, recursively) or a file glob")
  @Default.String("seeds")
  String getInput();

  void setInput(String value);

  @Description("Output directory: one sub-folder of Parquet files per table")
  @Default.String("output")
  String getOutput();

  void setOutput(String value);

  @Description("Parquet files per table (more for very large corpora; 0 lets the runner decide)")
  @Default.Integer(1)
  int getNumShards();

  void setNumShards(int value);

  @Description(
      "Groups the input files, then their articles, are spread over for parallel work; 0 = twice the cores of this"
          + " machine. Raise it on a cluster (about 2x its total slots)")
  @Default.Integer(0)
  int getWorkBuckets();

  void setWorkBuckets(int value);

  @Description("Seconds between progress lines while the job runs; 0 turns them off")
  @Default.Integer(5)
  int getProgressSeconds();

  void setProgressSeconds(int value);
}
