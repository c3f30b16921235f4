package io.rasd.beam.incremental;

import io.rasd.beam.run.InputInventory.InputFile;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an incremental run reads and what it keeps of its base run, decided from the two runs' input lists (path and
 * sha256) and the base's copies (every article copy with its origin, kept or duplicate):
 *
 * <ul>
 *   <li><b>added</b>: a path the base did not list; <b>changed</b>: a listed path whose sha256 differs; both are read;
 *   <li><b>removed</b>: a path the base listed and this run does not: its rows go;
 *   <li><b>reread</b>: an unchanged file holding a duplicate of an article whose kept copy was in a changed or removed
 *       file: it is read again, as its copy may now be the first;
 *   <li>every other file is <b>kept</b>: its rows (articles, mentions, claims, rejects, copies) come from the base.
 * </ul>
 * The kept files' copies take part in this run's dedup (read again from the base's state in the pipeline).
 * A base article goes ({@link #dropIds}) when its kept copy is in a file read again or removed. Its articles-table
 * files are copied unchanged when no row goes and no copy read now can precede a kept one (new files sort after the
 * kept ones, as daily files named by date do); otherwise the table is rewritten without the rows that go.
 */
public record IncrementalPlan(
    String baseRunId,
    List<String> added,
    List<String> changed,
    List<String> removed,
    List<String> reread,
    int unchanged,
    Set<String> freshFiles,
    Set<String> keptFiles,
    Set<String> dropIds,
    boolean copyBaseArticles)
    implements Serializable {

  /** One copy of an article: its id and where it was read (the dedup order). */
  public record Copy(String articleId, String sourceFile, int sourceIndex) implements Serializable {}

  public static IncrementalPlan of(String baseRunId, List<InputFile> base, List<InputFile> now, List<Copy> baseCopies) {
    Map<String, String> baseHash = new HashMap<>();
    base.forEach(f -> baseHash.put(f.path(), f.sha256()));
    TreeSet<String> added = new TreeSet<>();
    TreeSet<String> changed = new TreeSet<>();
    TreeSet<String> same = new TreeSet<>();
    for (InputFile f : now) {
      String h = baseHash.get(f.path());
      (h == null ? added : h.equals(f.sha256()) ? same : changed).add(f.path());
    }
    TreeSet<String> removed = new TreeSet<>(baseHash.keySet());
    now.forEach(f -> removed.remove(f.path()));

    InputOf baseInputs = new InputOf(baseHash.keySet());
    Map<String, Copy> first = new HashMap<>();
    for (Copy c : baseCopies) {
      first.merge(c.articleId(), c, (a, b) -> before(a, b) ? a : b);
    }
    TreeSet<String> gone = new TreeSet<>(changed);
    gone.addAll(removed);
    TreeSet<String> reread = new TreeSet<>();
    for (Copy c : baseCopies) {
      String file = baseInputs.of(c.sourceFile());
      if (same.contains(file) && gone.contains(baseInputs.of(first.get(c.articleId()).sourceFile()))) {
        reread.add(file);
      }
    }
    TreeSet<String> kept = new TreeSet<>(same);
    kept.removeAll(reread);
    TreeSet<String> fresh = new TreeSet<>(added);
    fresh.addAll(changed);
    fresh.addAll(reread);

    InputOf keptInputs = new InputOf(kept);
    TreeSet<String> dropIds = new TreeSet<>();
    first.forEach((id, c) -> {
      if (!keptInputs.contains(c.sourceFile())) {
        dropIds.add(id);
      }
    });
    boolean copy = dropIds.isEmpty() && fresh.stream().allMatch(f -> after(f, kept));
    return new IncrementalPlan(
        baseRunId, List.copyOf(added), List.copyOf(changed), List.copyOf(removed), List.copyOf(reread), kept.size(),
        Set.copyOf(fresh), Set.copyOf(kept), Set.copyOf(dropIds), copy);
  }

  /** The dedup order of copies (source file, then index), as {@code DeduplicateArticles.Origin}. */
  static boolean before(Copy a, Copy b) {
    int c = a.sourceFile().compareTo(b.sourceFile());
    return c < 0 || (c == 0 && a.sourceIndex() <= b.sourceIndex());
  }

  /**
   * Every origin inside {@code file} ({@code file} or {@code file!/…}) sorts after every origin inside the kept files:
   * it sorts after each of them and none is a prefix of it (where the suffixes would decide).
   */
  static boolean after(String file, Set<String> kept) {
    for (String k : kept) {
      if (file.compareTo(k) <= 0 || file.startsWith(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The base's state files (copies, mentions, claims) can be copied as they are, and only this run's new articles'
   * state written beside them: every base row stays (articles files copied) and no file was changed, removed or read
   * again, so the base's copies are all of kept files (a copy of a gone file would wrongly be a first copy next time).
   */
  public boolean copyBaseState() {
    return copyBaseArticles && changed.isEmpty() && removed.isEmpty() && reread.isEmpty();
  }

  public boolean nothingNew() {
    return freshFiles.isEmpty() && removed.isEmpty();
  }
}
