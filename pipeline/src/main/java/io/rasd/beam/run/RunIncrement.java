package io.rasd.beam.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The manifest's {@code incremental} block: what an incremental run added to the run it built on. A full run has none
 * (the manifest then has no {@code incremental} key and the report says "full run").
 *
 * @param previousRunId the published run whose tables this run carried over
 * @param newInputs input files new or changed since that run (by content hash), the only ones extracted
 * @param unchangedInputs input files whose rows were carried over without being read again
 * @param rowsAdded per table, rows this run added (tables recomputed over old + new count their change)
 */
public record RunIncrement(
    @JsonProperty("previous_run_id") String previousRunId,
    @JsonProperty("new_inputs") List<String> newInputs,
    @JsonProperty("unchanged_inputs") long unchangedInputs,
    @JsonProperty("rows_added") Map<String, Long> rowsAdded) {

  public RunIncrement {
    newInputs = List.copyOf(newInputs);
    rowsAdded = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowsAdded));
  }
}
