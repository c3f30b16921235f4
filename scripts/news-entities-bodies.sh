#!/usr/bin/env bash
# The cleaned bodies the news-entities gold is annotated on: runs the jar on the gold's articles and writes
# {"url", "body"} per article as JSON Lines (for scripts/news-entities-gold.py --bodies).
#   scripts/news-entities-bodies.sh /tmp/ne-bodies.jsonl      # needs pipeline/target/rasd.jar (mvn -q -DskipTests package)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(realpath -m "${1:?usage: $0 OUT.jsonl}")"
run="$(mktemp -d)"
trap 'rm -rf "$run"' EXIT
java -jar "$root/pipeline/target/rasd.jar" --input="$root/pipeline/src/test/resources/gold/news-entities/articles.jsonl" \
  --output="$run/out" --progressSeconds=0 >&2
cd "$root/pipeline"
cp_file=target/test-classpath.txt
[ -f "$cp_file" ] || mvn -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
java -cp "$(cat "$cp_file")" "$root/scripts/ExportBodies.java" "$run/out" "$out"
