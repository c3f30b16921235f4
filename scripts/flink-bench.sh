#!/usr/bin/env bash
# The pipeline on a fresh local Flink session cluster (scripts/flink-cluster.sh) with fixed TaskManager memory:
# wall time of the submitting client, articles/s, and the peak RSS (VmHWM) and CPU seconds (user + system) of the
# client, the JobManager and each TaskManager; the cluster is stopped at the end, also on failure. Build the jar first: mvn -q -Pflink -DskipTests package
#
#   scripts/flink-bench.sh --input=DIR_OR_GLOB --output=DIR [--tm-heap=2g] [--taskmanagers=1] [--slots=2]
#                          [--client-heap=1g] [--jar=pipeline/target/rasd.jar] [-- more rasd flags]
# Last line (machine-readable):
#   flink-bench: articles=N seconds=S articles_per_s=R client_peak_rss_mb=M jobmanager_peak_rss_mb=M
#                taskmanager_peak_rss_mb=M[,M…] client_cpu_s=C jobmanager_cpu_s=C taskmanager_cpu_s=C[,C…]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/pipeline/target/rasd.jar"
input="" output="" tm_heap=2g taskmanagers=1 slots=2 client_heap=1g
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
    --) shift; extra=("$@"); break ;;
    *) echo "flink-bench: unknown option $1" >&2; sed -n '2,9p' "$0" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$input" ] && [ -n "$output" ] || { echo "flink-bench: --input and --output are required" >&2; exit 2; }
unzip -l "$jar" org/apache/beam/runners/flink/FlinkRunner.class > /dev/null 2>&1 \
  || { echo "flink-bench: $jar has no Flink runner: mvn -q -Pflink -DskipTests package" >&2; exit 2; }

state="$(mktemp -d /tmp/rasd-flink-bench.XXXXXX)"
trap '"$root/scripts/flink-cluster.sh" stop "$state" >&2' EXIT
"$root/scripts/flink-cluster.sh" start "$state" --taskmanagers="$taskmanagers" --slots="$slots" --tm-heap="$tm_heap"
# shellcheck disable=SC1091
. "$state/cluster.env"

peak_mb() { awk '/^VmHWM:/ {print int($2 / 1024)}' "/proc/$1/status"; }
# utime + stime of a live process, in seconds (the command field is taken off first: it may hold spaces)
cpu_s() { sed 's/^.*) //' "/proc/$1/stat" | awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($12 + $13) / hz}'; }

log="$state/client.log"
start=$(date +%s.%N)
/usr/bin/time -f 'client_peak_rss_kb=%M client_cpu_s=%U+%S' -o "$state/client.time" \
  java "-Xmx$client_heap" -XX:+UseParallelGC -jar "$jar" --runner=FlinkRunner --flinkMaster="localhost:$REST_PORT" \
  --parallelism=$((taskmanagers * slots)) --input="$input" --output="$output" "${extra[@]}" 2>&1 | tee "$log"
end=$(date +%s.%N)
# the processes' high-water marks, read before the cluster stops
jm_mb="$(peak_mb "$JM_PID")" jm_cpu="$(cpu_s "$JM_PID")"
tm_mb="" tm_cpu=""
for p in $TM_PIDS; do tm_mb="${tm_mb:+$tm_mb,}$(peak_mb "$p")" tm_cpu="${tm_cpu:+$tm_cpu,}$(cpu_s "$p")"; done
client_mb=$(( $(sed -n 's/^client_peak_rss_kb=\([0-9]*\) .*/\1/p' "$state/client.time") / 1024 ))
client_cpu="$(sed -n 's/.*client_cpu_s=//p' "$state/client.time" | awk -F+ '{printf "%.1f", $1 + $2}')"
articles="$(sed -n 's/^rasd: .* articles=\([0-9]*\) .*/\1/p' "$log" | tail -n 1)"
[ -n "$articles" ] || { echo "flink-bench: the run printed no summary (see $log and $state/log)" >&2; exit 1; }
awk -v a="$articles" -v s="$start" -v e="$end" -v c="$client_mb" -v j="$jm_mb" -v t="$tm_mb" \
  -v cc="$client_cpu" -v jc="$jm_cpu" -v tc="$tm_cpu" 'BEGIN {
  printf "flink-bench: articles=%d seconds=%.1f articles_per_s=%.0f client_peak_rss_mb=%d jobmanager_peak_rss_mb=%d taskmanager_peak_rss_mb=%s client_cpu_s=%s jobmanager_cpu_s=%s taskmanager_cpu_s=%s\n",
    a, e - s, a / (e - s), c, j, t, cc, jc, tc }'
