package io.rasd.beam;

/**
 * The progress line of a running job. Once every input file has been read, the work to do is the articles this run
 * cleaned less the duplicates dedup has dropped so far (the base articles an incremental run carries over and the
 * rejects of reading are no work for Extract), so the line adds the share extracted and an ETA at the rate so far
 * (the corpus-wide steps and the write after the last article are not in it: the ETA is that of extraction).
 */
public final class ProgressLine {
  private ProgressLine() {}

  public static String of(RunSummary s, long totalFiles, double seconds) {
    StringBuilder line = new StringBuilder(s.progressLine());
    long toExtract = s.get(RasdMetrics.CLEANED) - s.get(RasdMetrics.DUPLICATES);
    long extracted = s.get(RasdMetrics.EXTRACTED);
    if (totalFiles > 0 && s.get(RasdMetrics.FILES) >= totalFiles && toExtract > 0) {
      double share = Math.min(1.0, extracted / (double) toExtract);
      line.append(String.format(" done=%.0f%%", 100 * share));
      if (extracted > 0 && share < 1.0) {
        line.append(String.format(" eta_seconds=%.0f", seconds * (1 - share) / share));
      }
    } else {
      line.append(String.format(" files_read=%d/%d", s.get(RasdMetrics.FILES), totalFiles));
    }
    return line.append(String.format(" seconds=%.0f", seconds)).toString();
  }
}
