package io.rasd.beam.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rasd.core.build.BuildInfo;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code runs/<run_id>/_manifest.json}: what made this run's tables (version, commit, model and data file hashes,
 * runner, flags, every input with size and sha256) and what it wrote (rows per table, rejects per reason).
 */
public final class RunManifest {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunManifest() {}

  /** Key-value metadata of every Parquet file of a run: the same version, commit and model hash as its manifest. */
  public static Map<String, String> fileMetadata(String runId) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("rasd.run_id", runId);
    m.put("rasd.version", BuildInfo.version());
    m.put("rasd.git_commit", BuildInfo.gitCommit());
    BuildInfo.modelHashes().forEach((file, hash) -> m.put("rasd.sha256." + file, hash));
    return m;
  }

  public record Run(
      String runId,
      Instant started,
      Instant ended,
      String runner,
      Map<String, Object> flags,
      List<InputInventory.InputFile> inputs,
      Map<String, Long> rowsPerTable,
      Map<String, Long> rejectsPerReason) {}

  public static String toJson(Run run) {
    return toJson(run, null);
  }

  /** {@code incremental}: what an incremental run built on and added (README, "Incremental runs"); null in a full run. */
  public static String toJson(Run run, Map<String, Object> incremental) {
    ObjectNode root = JSON.createObjectNode();
    root.put("run_id", run.runId());
    root.put("started", run.started().toString());
    root.put("ended", run.ended().toString());
    root.put("rasd_version", BuildInfo.version());
    root.put("git_commit", BuildInfo.gitCommit());
    ObjectNode hashes = root.putObject("sha256");
    BuildInfo.modelHashes().forEach(hashes::put);
    root.put("runner", run.runner());
    root.set("flags", JSON.valueToTree(run.flags()));
    ArrayNode inputs = root.putArray("inputs");
    long bytes = 0;
    for (InputInventory.InputFile f : run.inputs()) {
      inputs.addObject().put("path", f.path()).put("size", f.size()).put("sha256", f.sha256());
      bytes += f.size();
    }
    root.put("input_files", run.inputs().size());
    root.put("input_bytes", bytes);
    root.set("rows", JSON.valueToTree(run.rowsPerTable()));
    root.set("rejects_by_reason", JSON.valueToTree(run.rejectsPerReason()));
    root.set("incremental", JSON.valueToTree(incremental));
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
