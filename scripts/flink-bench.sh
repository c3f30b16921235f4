#!/usr/bin/env bash
# The pipeline on a fresh local Flink session cluster (scripts/flink-cluster.sh) with fixed TaskManager memory:
# wall time of the submitting client, articles/s, and the peak RSS (VmHWM) and CPU seconds (user + system) of the
# client, the JobManager and each TaskManager; the cluster is stopped at the end, also on failure. Every
# --sample-seconds it appends the load average and the cluster processes' RSS and CPU seconds to --samples (the
# machine may be shared: CPU seconds are the measure that load does not inflate). Build the jar first:
# mvn -q -Pflink -DskipTests package
#
#   scripts/flink-bench.sh --input=DIR_OR_GLOB --output=DIR [--tm-heap=2g] [--taskmanagers=1] [--slots=2]
#                          [--client-heap=1g] [--jar=pipeline/target/rasd.jar] [--samples=FILE]
#                          [--sample-seconds=30] [-- more rasd flags]
# Samples (tab-separated): utc  load1  load5  jobmanager_rss_mb  jobmanager_cpu_s  taskmanager_rss_mb[,…]  taskmanager_cpu_s[,…]
# Last line (machine-readable):
#   flink-bench: articles=N seconds=S articles_per_s=R client_peak_rss_mb=M jobmanager_peak_rss_mb=M
#                taskmanager_peak_rss_mb=M[,M…] client_cpu_s=C jobmanager_cpu_s=C taskmanager_cpu_s=C[,C…]
#                total_cpu_s=C load_start=L load_end=L
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/pipeline/target/rasd.jar"
input="" output="" tm_heap=2g taskmanagers=1 slots=2 client_heap=1g samples="" sample_seconds=30
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --input=*) input="${1#*=}" ;;
    --output=*) output="${1#*=}" ;;
    --tm-heap=*) tm_heap="${1#*=}" ;;
    --taskmanagers=*) taskmanagers="${1#*=}" ;;
    --slots=*) slots="${1#*=}" ;;
    --client-heap=*) client_heap="${1#*=}" ;;
    --jar=*) jar="$(realpath "${1#*=}")" ;;
    --samples=*) samples="${1#*=}" ;;
    --sample-seconds=*) sample_seconds="${1#*=}" ;;
    --) shift; extra=("$@"); break ;;
    *) echo "flink-bench: unknown option $1" >&2; sed -n '2,16p' "$0" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$input" ] && [ -n "$output" ] || { echo "flink-bench: --input and --output are required" >&2; exit 2; }
unzip -l "$jar" org/apache/beam/runners/flink/FlinkRunner.class > /dev/null 2>&1 \
  || { echo "flink-bench: $jar has no Flink runner: mvn -q -Pflink -DskipTests package" >&2; exit 2; }

state="$(mktemp -d /tmp/rasd-flink-bench.XXXXXX)"
[ -n "$samples" ] || samples="$state/samples.tsv"
sampler=""
trap '[ -z "$sampler" ] || kill "$sampler" 2> /dev/null; "$root/scripts/flink-cluster.sh" stop "$state" >&2' EXIT
"$root/scripts/flink-cluster.sh" start "$state" --taskmanagers="$taskmanagers" --slots="$slots" --tm-heap="$tm_heap"
# shellcheck disable=SC1091
. "$state/cluster.env"

peak_mb() { awk '/^VmHWM:/ {print int($2 / 1024)}' "/proc/$1/status"; }
# utime + stime of a live process, in seconds (the command field is taken off first: it may hold spaces)
cpu_s() { sed 's/^.*) //' "/proc/$1/stat" | awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($12 + $13) / hz}'; }

rss_mb() { awk '/^VmRSS:/ {print int($2 / 1024)}' "/proc/$1/status" 2> /dev/null; }
load() { cut -d' ' -f1 /proc/loadavg; }
(
  while sleep "$sample_seconds"; do
    tr="" tc=""
    for p in $TM_PIDS; do tr="${tr:+$tr,}$(rss_mb "$p")" tc="${tc:+$tc,}$(cpu_s "$p" 2> /dev/null)"; done
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%H:%M:%S)" "$(cut -d' ' -f1,2 /proc/loadavg | tr ' ' '\t')" \
      "$(rss_mb "$JM_PID")" "$(cpu_s "$JM_PID" 2> /dev/null)" "$tr" "$tc" >> "$samples"
  done
) &
sampler=$!
echo "flink-bench: samples every ${sample_seconds}s in $samples; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
load_start="$(load)"

log="$state/client.log"
start=$(date +%s.%N)
/usr/bin/time -f 'client_peak_rss_kb=%M client_cpu_s=%U+%S' -o "$state/client.time" \
  java "-Xmx$client_heap" -XX:+UseParallelGC -jar "$jar" --runner=FlinkRunner --flinkMaster="localhost:$REST_PORT" \
  --parallelism=$((taskmanagers * slots)) --input="$input" --output="$output" "${extra[@]}" 2>&1 | tee "$log"
end=$(date +%s.%N)
load_end="$(load)"
# the processes' high-water marks, read before the cluster stops
jm_mb="$(peak_mb "$JM_PID")" jm_cpu="$(cpu_s "$JM_PID")"
tm_mb="" tm_cpu=""
for p in $TM_PIDS; do tm_mb="${tm_mb:+$tm_mb,}$(peak_mb "$p")" tm_cpu="${tm_cpu:+$tm_cpu,}$(cpu_s "$p")"; done
client_mb=$(( $(sed -n 's/^client_peak_rss_kb=\([0-9]*\) .*/\1/p' "$state/client.time") / 1024 ))
client_cpu="$(sed -n 's/.*client_cpu_s=//p' "$state/client.time" | awk -F+ '{printf "%.1f", $1 + $2}')"
articles="$(sed -n 's/^rasd: .* articles=\([0-9]*\) .*/\1/p' "$log" | tail -n 1)"
[ -n "$articles" ] || { echo "flink-bench: the run printed no summary (see $log and $state/log)" >&2; exit 1; }
awk -v a="$articles" -v s="$start" -v e="$end" -v c="$client_mb" -v j="$jm_mb" -v t="$tm_mb" \
  -v cc="$client_cpu" -v jc="$jm_cpu" -v tc="$tm_cpu" -v ls="$load_start" -v le="$load_end" 'BEGIN {
  n = split(tc, tcs, ","); total = cc + jc; for (i = 1; i <= n; i++) total += tcs[i]
  printf "flink-bench: articles=%d seconds=%.1f articles_per_s=%.0f client_peak_rss_mb=%d jobmanager_peak_rss_mb=%d taskmanager_peak_rss_mb=%s client_cpu_s=%s jobmanager_cpu_s=%s taskmanager_cpu_s=%s total_cpu_s=%.1f load_start=%s load_end=%s\n",
    a, e - s, a / (e - s), c, j, t, cc, jc, tc, total, ls, le }'
