package io.rasd.beam.incremental;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rasd.beam.TableSchemas;
import io.rasd.beam.run.InputInventory.InputFile;
import io.rasd.beam.run.OutputStore;
import io.rasd.beam.run.RunLayout;
import io.rasd.beam.run.RunPublisher;
import io.rasd.core.build.BuildInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * The base of an {@code --incremental} run: the published run ({@code _LATEST}), if it was made by this very build
 * (version, commit and model hashes in its manifest equal this one's: otherwise its extractions are not what this
 * build would give) and holds its {@link StateTables}. Else the run is a full one, and says why.
 */
public final class IncrementalBase {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A usable base: the plan, the base run's files to read, and its articles files (copied when the plan says so). */
  public record Loaded(
      BaseRows rows, IncrementalPlan plan, long baseArticleRows, List<MatchResult.Metadata> articleFiles,
      Map<String, List<MatchResult.Metadata>> stateFiles) {}

  /** The base, or the reason there is none (the run is then a full one). */
  public record Found(Optional<Loaded> base, String whyFull) {}

  private IncrementalBase() {}

  public static Found find(OutputStore store, List<InputFile> inputs, int buckets) throws IOException {
    return find(store, inputs, buckets, false);
  }

  /** {@code claimsOther}: this run's {@code --claimsOther}; a base made with the other setting has other claims. */
  public static Found find(OutputStore store, List<InputFile> inputs, int buckets, boolean claimsOther)
      throws IOException {
    Optional<String> latest = RunPublisher.latest(store);
    if (latest.isEmpty()) {
      return full("no published run in " + store.root() + " to build on");
    }
    String run = RunLayout.runFolder(latest.get()) + "/";
    Optional<String> manifest = store.readString(store.file(run + RunLayout.MANIFEST));
    if (manifest.isEmpty()) {
      return full("the published run " + latest.get() + " has no " + RunLayout.MANIFEST);
    }
    JsonNode m = JSON.readTree(manifest.get());
    String differs = buildDifference(m);
    if (differs != null) {
      return full("the published run " + latest.get() + " was made by another build (" + differs + ")");
    }
    // runs made before the flag existed wrote `other` claims
    boolean baseOther = m.path("flags").path("claimsOther").asBoolean(true);
    if (baseOther != claimsOther) {
      return full("the published run " + latest.get() + " was made with --claimsOther=" + baseOther);
    }
    List<MatchResult.Metadata> copies = store.match(run + StateTables.DIR + "/" + StateTables.COPIES + "/*.parquet");
    if (copies.isEmpty()) {
      return full("the published run " + latest.get() + " holds no " + StateTables.DIR + " state");
    }
    List<InputFile> baseInputs = new ArrayList<>();
    for (JsonNode f : m.get("inputs")) {
      baseInputs.add(new InputFile(f.get("path").asText(), f.get("size").asLong(), f.get("sha256").asText()));
    }
    List<IncrementalPlan.Copy> baseCopies =
        StateTables.readAll(copies).stream().map(StateTables::copy).toList();
    IncrementalPlan plan = IncrementalPlan.of(latest.get(), baseInputs, inputs, baseCopies);
    List<MatchResult.Metadata> articles = store.match(run + TableSchemas.ARTICLES + "/*.parquet");
    Map<String, List<MatchResult.Metadata>> state = new LinkedHashMap<>();
    for (String name : StateTables.ALL) {
      state.put(name, store.match(run + StateTables.DIR + "/" + name + "/*.parquet"));
    }
    BaseRows.Files files =
        new BaseRows.Files(
            paths(copies),
            paths(state.get(StateTables.MENTIONS)),
            paths(state.get(StateTables.CLAIMS)),
            paths(articles),
            paths(store.match(run + TableSchemas.REJECTS + "/*.parquet")),
            paths(store.match(run + StateTables.DIR + "/" + StateTables.LATIN_NAMES + "/*.parquet")));
    long articleRows = m.path("rows").path(TableSchemas.ARTICLES).asLong(-1);
    return new Found(
        Optional.of(new Loaded(new BaseRows(plan, files, buckets), plan, articleRows, articles, state)), null);
  }

  /** What of version, commit and model files differs between the base's manifest and this build, or null. */
  static String buildDifference(JsonNode manifest) {
    if (!BuildInfo.version().equals(manifest.path("rasd_version").asText())) {
      return "version " + manifest.path("rasd_version").asText() + ", this is " + BuildInfo.version();
    }
    if (!BuildInfo.gitCommit().equals(manifest.path("git_commit").asText())) {
      return "commit " + manifest.path("git_commit").asText() + ", this is " + BuildInfo.gitCommit();
    }
    Map<String, String> theirs = new LinkedHashMap<>();
    manifest.path("sha256").fields().forEachRemaining(e -> theirs.put(e.getKey(), e.getValue().asText()));
    if (!theirs.equals(BuildInfo.modelHashes())) {
      return "model or data files differ";
    }
    return null;
  }

  private static Found full(String why) {
    return new Found(Optional.empty(), why);
  }

  private static List<String> paths(List<MatchResult.Metadata> files) {
    return files.stream().map(f -> f.resourceId().toString()).sorted().toList();
  }

  /** The manifest's {@code incremental} block (see README, "Incremental runs"). */
  public static Map<String, Object> manifestBlock(
      IncrementalPlan plan, boolean copied, long articlesAdded, long articlesFromBase, long baseArticleRows) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("new", plan.added());
    inputs.put("changed", plan.changed());
    inputs.put("removed", plan.removed());
    inputs.put("reread", plan.reread());
    inputs.put("unchanged", plan.unchanged());
    Map<String, Object> block = new LinkedHashMap<>();
    block.put("base_run_id", plan.baseRunId());
    block.put("inputs", inputs);
    block.put("articles_added", articlesAdded);
    block.put("articles_from_base", articlesFromBase);
    block.put("articles_removed", baseArticleRows - articlesFromBase);
    block.put("base_articles_files", copied ? "copied" : "rewritten");
    return block;
  }
}
