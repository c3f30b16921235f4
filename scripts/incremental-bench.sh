#!/usr/bin/env bash
# Cost of an incremental run on SaudiNewsNet against a full one, in one sitting, with the same jar:
#   1. a full run on the first 17 day-zips          (into WORK/inc)
#   2. the 18th zip (2015-08-11.zip) added, then --incremental   (into WORK/inc: its base is run 1)
#   3. a full run on all 18                          (into WORK/full18)
# each under /usr/bin/time -v (CPU s = user + sys, wall, peak RSS) with the load average at start and end; then
# scripts/output-lock.sh diff WORK/full18 WORK/inc (rows on one side only, per table) and one summary line with the
# ratios incremental / full18. Then, outside the measured runs: a full run on the 5 seed articles (the fixed cost of
# any run: JVM, JIT, Beam, models) and, with --profile, the incremental run again on the same base under JFR
# (WORK/incremental.jfr; `jfr summary`, `jfr print --events jdk.ExecutionSample`).
#
#   scripts/incremental-bench.sh [--data=DIR] [--work=DIR] [--jar=FILE] [--java-opts="-Xmx2g -XX:+UseParallelGC"]
#                                [--profile] [--also-opts="JVM FLAGS"]
# --also-opts: the incremental run once more on the same base with these JVM flags added (e.g. a daily job's own
# flags such as -XX:TieredStopAtLevel=1), reported beside the measured one.
#
# A heavy run (about 10 minutes on a quiet 2-core machine): run it through flock /tmp/heavy.lock.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data=/work/shared/data/saudinewsnet
work=/tmp/rasd-incremental-bench
jar="$root/pipeline/target/rasd.jar"
java_opts="-Xmx2g -XX:+UseParallelGC"
last=2015-08-11.zip
profile=0
also_opts=""
for arg in "$@"; do
  case "$arg" in
    --data=*) data="${arg#*=}" ;;
    --work=*) work="${arg#*=}" ;;
    --jar=*) jar="${arg#*=}" ;;
    --java-opts=*) java_opts="${arg#*=}" ;;
    --profile) profile=1 ;;
    --also-opts=*) also_opts="${arg#*=}" ;;
    *) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
[ -f "$jar" ] || { echo "incremental-bench: no jar at $jar (mvn -q -o -DskipTests package)" >&2; exit 2; }
[ -f "$data/$last" ] || { echo "incremental-bench: no $data/$last" >&2; exit 2; }
[ "$(ls "$data"/*.zip | wc -l)" -eq 18 ] || { echo "incremental-bench: $data must hold the 18 SaudiNewsNet zips" >&2; exit 2; }

rm -rf "$work"
mkdir -p "$work/in"
# copies, so the input folder can grow without touching the shared data
for z in "$data"/*.zip; do [ "$(basename "$z")" = "$last" ] || cp "$z" "$work/in/"; done

load() { cut -d' ' -f1 /proc/loadavg; }

# run NAME ARGS...: the jar under /usr/bin/time -v; prints "NAME cpu_s=… wall_s=… peak_rss_mb=… load=START/END"
# (EXTRA_JAVA_OPTS: more JVM flags for this run)
run() {
  local name="$1"; shift
  local start_load
  start_load="$(load)"
  # shellcheck disable=SC2086 # java_opts is a word list
  if ! /usr/bin/time -v -o "$work/$name.time" java $java_opts ${EXTRA_JAVA_OPTS:-} -jar "$jar" "$@" > "$work/$name.log" 2>&1; then
    echo "incremental-bench: run $name failed; see $work/$name.log" >&2
    tail -5 "$work/$name.log" >&2
    exit 1
  fi
  awk -v name="$name" -v l0="$start_load" -v l1="$(load)" '
    /User time/ {u=$NF} /System time/ {s=$NF} /Maximum resident/ {r=$NF}
    /Elapsed \(wall clock\)/ {n=split($NF,t,":"); w=(n==3 ? t[1]*3600+t[2]*60+t[3] : t[1]*60+t[2])}
    END {printf "%s cpu_s=%.1f user_s=%.1f sys_s=%.1f wall_s=%.1f peak_rss_mb=%.0f load=%s/%s\n", name, u+s, u, s, w, r/1024, l0, l1}
  ' "$work/$name.time" | tee -a "$work/summary.txt"
  grep '^rasd: files=\|^rasd: incremental\|^rasd: --incremental' "$work/$name.log" | sed "s/^/  $name: /"
}

: > "$work/summary.txt"
echo "incremental-bench: jar $jar ($(sha256sum "$jar" | cut -c1-12)), java $java_opts, $(nproc) cores, $(date -u +%FT%TZ)"
run full17 --input="$work/in" --output="$work/inc"
cp "$data/$last" "$work/in/"
run incremental --input="$work/in" --output="$work/inc" --incremental
run full18 --input="$work/in" --output="$work/full18"

echo "incremental-bench: scripts/output-lock.sh diff $work/full18 $work/inc"
"$root/scripts/output-lock.sh" diff "$work/full18" "$work/inc" 5 | tee "$work/diff.txt"
awk '
  {for (i=2;i<=NF;i++) {split($i,kv,"="); v[$1,kv[1]]=kv[2]}}
  END {printf "incremental-bench: incremental/full18 cpu=%.3f wall=%.3f (cpu_s %.1f / %.1f, wall_s %.1f / %.1f); full17 cpu_s=%.1f\n",
         v["incremental","cpu_s"]/v["full18","cpu_s"], v["incremental","wall_s"]/v["full18","wall_s"],
         v["incremental","cpu_s"], v["full18","cpu_s"], v["incremental","wall_s"], v["full18","wall_s"], v["full17","cpu_s"]}
' "$work/summary.txt"

# not measured against the others: the fixed cost of a run (5 articles), and the profile
run seeds --input="$root/seeds" --output="$work/seeds"
# again NAME: a copy of the incremental output with its pointer back on the full 17-zip run, the base of "incremental"
again() {
  local base inc
  base="$(sed -n 's/^rasd: published run \([^ ]*\) .*/\1/p' "$work/full17.log")"
  inc="$(sed -n 's/^rasd: published run \([^ ]*\) .*/\1/p' "$work/incremental.log")"
  rm -rf "${work:?}/$1" && cp -a "$work/inc" "$work/$1" && rm -rf "${work:?}/$1/runs/$inc"
  echo "$base" > "$work/$1/_LATEST" && ln -sfn "runs/$base" "$work/$1/current"
}
if [ -n "$also_opts" ]; then
  again alt
  EXTRA_JAVA_OPTS="$also_opts" run incremental-alt --input="$work/in" --output="$work/alt" --incremental
  echo "incremental-bench: incremental-alt ran with $also_opts added"
fi
if [ "$profile" = 1 ]; then
  again prof
  EXTRA_JAVA_OPTS="-XX:StartFlightRecording=filename=$work/incremental.jfr,settings=profile" \
    run incremental-jfr --input="$work/in" --output="$work/prof" --incremental
fi
