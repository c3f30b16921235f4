#!/usr/bin/env bash
# Output lock: DuckDB hash of every column of every table of a run (order-independent), or the rows two runs differ in.
#   scripts/output-lock.sh hash OUTPUT_DIR            # table, column, rows, hash (tab-separated)
#   scripts/output-lock.sh diff OLD_DIR NEW_DIR [N]   # per table: rows only in old (-) / only in new (+), N shown
# Lock files of main live in locks/ (seeds.tsv, saudinewsnet.tsv); see locks/README.md for the commands that make them.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/pipeline"
cp_file=target/test-classpath.txt
if [ ! -f target/test-classes/io/rasd/testing/OutputLock.class ] || [ ! -f "$cp_file" ]; then
  mvn -q test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
fi
# paths are taken relative to the caller's directory
args=()
for a in "$@"; do
  case "$a" in hash|diff|[0-9]*) args+=("$a") ;; *) args+=("$(cd "$OLDPWD" && realpath -m "$a")") ;; esac
done
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat "$cp_file")" io.rasd.testing.OutputLock "${args[@]}"
