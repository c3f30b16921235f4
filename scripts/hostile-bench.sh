#!/usr/bin/env bash
# Issue 13's hostile-input suite at full size: each case in a fresh JVM of the jar, time and peak RSS per case.
#   mvn -q -DskipTests package && nice -n 5 scripts/hostile-bench.sh [--jar=JAR] [--scale=FULL|SMALL] [--timeout=S] [CASE...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/pipeline"
cp_file=target/test-classpath.txt
if [ ! -f target/test-classes/io/rasd/testing/HostileBench.class ] || [ ! -f "$cp_file" ]; then
  mvn -q test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
fi
cd "$root"
exec java -Xmx1g -Drasd.root="$root" -cp "pipeline/target/test-classes:pipeline/target/classes:$(cat "pipeline/$cp_file")" \
  io.rasd.testing.HostileBench "$@"
