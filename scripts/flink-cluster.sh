#!/usr/bin/env bash
# A real local Flink session cluster from the Flink runtime Maven resolves (scripts/flink-cluster/pom.xml; flink-dist
# is not needed): one JobManager JVM (StandaloneSessionClusterEntrypoint) and N TaskManager JVMs (TaskManagerRunner),
# each with its own memory settings, on free ports, in the state folder DIR (config, logs, pids).
#
#   scripts/flink-cluster.sh start DIR [--taskmanagers=1] [--slots=2] [--tm-heap=2g] [--jm-heap=512m]
#                                      [--wait=120] [--max-seconds=0]
#   scripts/flink-cluster.sh stop DIR       # stops every process of the cluster (TERM, then KILL after 15 s)
#   scripts/flink-cluster.sh status DIR     # REST /overview of the cluster
#
# `start` returns once REST /overview reports every TaskManager and slot (at most --wait seconds, else it prints the
# log tails, stops what it started and fails) and prints `flink-cluster: rest=localhost:PORT ...`; DIR/cluster.env
# holds REST_PORT, JM_PID, TM_PIDS for scripts. --max-seconds=N also stops the cluster after N seconds whatever
# happens to the caller (the parity test uses it so that a killed test leaves no JVMs behind).
# Submit with: java -jar pipeline/target/rasd.jar --runner=FlinkRunner --flinkMaster=localhost:PORT ...
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 2 ] || usage
command="$1"
dir="$(realpath -m "$2")"
shift 2

taskmanagers=1 slots=2 tm_heap=2g jm_heap=512m wait_seconds=120 max_seconds=0
for arg in "$@"; do
  case "$arg" in
    --taskmanagers=*) taskmanagers="${arg#*=}" ;;
    --slots=*) slots="${arg#*=}" ;;
    --tm-heap=*) tm_heap="${arg#*=}" ;;
    --jm-heap=*) jm_heap="${arg#*=}" ;;
    --wait=*) wait_seconds="${arg#*=}" ;;
    --max-seconds=*) max_seconds="${arg#*=}" ;;
    *) echo "flink-cluster: unknown option $arg" >&2; usage ;;
  esac
done
for n in "$taskmanagers" "$slots" "$wait_seconds" "$max_seconds"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "flink-cluster: not a number: $n" >&2; exit 2; }
done
[[ "$tm_heap" =~ ^[0-9]+[mg]$ && "$jm_heap" =~ ^[0-9]+[mg]$ ]] || { echo "flink-cluster: heap sizes look like 512m or 2g" >&2; exit 2; }
[ "$taskmanagers" -ge 1 ] && [ "$slots" -ge 1 ] || { echo "flink-cluster: at least one TaskManager and one slot" >&2; exit 2; }

# A port nothing listens on (a connection is refused), from the ephemeral range; the JVMs fail loudly if it is taken
# in between, and `start` then reports their logs.
free_port() {
  local p
  for _ in $(seq 100); do
    p=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo "flink-cluster: no free port found" >&2; exit 1
}

overview() { curl -sf --max-time 5 "http://localhost:$1/overview"; }

# The pids this DIR's cluster started (JobManager, TaskManagers), if still alive.
pids() { cat "$dir"/pids/jobmanager "$dir"/pids/taskmanager-* 2>/dev/null || true; }

stop() {
  local p alive watchdog
  watchdog="$(cat "$dir/pids/watchdog" 2>/dev/null || true)"
  # the watchdog runs in a session of its own: its group is it and its sleep (unless it is the one stopping)
  if [ -n "$watchdog" ] && [ "$watchdog" != "$$" ]; then kill -TERM -- "-$watchdog" 2>/dev/null || true; fi
  for p in $(pids); do kill -TERM "$p" 2>/dev/null || true; done
  for _ in $(seq 30); do
    alive=""
    for p in $(pids); do kill -0 "$p" 2>/dev/null && alive="$alive $p"; done
    [ -z "$alive" ] && break
    sleep 0.5
  done
  for p in $(pids); do kill -KILL "$p" 2>/dev/null || true; done
  rm -rf "$dir/pids"
}

start() {
  if [ -d "$dir/pids" ] && [ -n "$(pids)" ]; then
    echo "flink-cluster: $dir already has a cluster (stop it first)" >&2; exit 1
  fi
  mkdir -p "$dir/conf" "$dir/log" "$dir/pids" "$dir/tmp"
  local cp_file="$dir/classpath.txt"
  if [ ! -s "$cp_file" ]; then
    mvn -q -f "$root/scripts/flink-cluster/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2
  fi
  local cp rest_port rpc_port
  cp="$(cat "$cp_file")"
  rest_port="$(free_port)"
  rpc_port="$(free_port)"
  # Memory is fixed per process: the TaskManager's task heap is --tm-heap, plus Flink's own framework, network and
  # managed memory, which Flink sizes from these settings (BashJavaUtils turns them into the JVM's -Xmx/-Xms flags).
  # RPCs wait 60 s and heartbeats 5 min (Flink: 10 s and 50 s): on a machine shared at load 35 on 2 cores, a task
  # deployment answered after 10 s and failed the job.
  cat > "$dir/conf/config.yaml" <<YAML
pekko.ask.timeout: 60 s
heartbeat.timeout: 300000
jobmanager.rpc.address: localhost
jobmanager.rpc.port: $rpc_port
jobmanager.bind-host: localhost
jobmanager.memory.heap.size: $jm_heap
jobmanager.memory.off-heap.size: 128m
jobmanager.memory.jvm-metaspace.size: 256m
rest.address: localhost
rest.bind-address: localhost
rest.port: $rest_port
taskmanager.host: localhost
taskmanager.bind-host: localhost
taskmanager.numberOfTaskSlots: $slots
taskmanager.memory.task.heap.size: $tm_heap
taskmanager.memory.managed.size: 256m
taskmanager.memory.network.min: 128m
taskmanager.memory.network.max: 128m
taskmanager.memory.framework.heap.size: 128m
taskmanager.memory.framework.off-heap.size: 128m
taskmanager.memory.task.off-heap.size: 512m
taskmanager.memory.jvm-metaspace.size: 384m
parallelism.default: $slots
io.tmp.dirs: $dir/tmp
web.tmpdir: $dir/tmp
blob.storage.directory: $dir/tmp
YAML
  local java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  local log_props=(-Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS)
  local jm_jvm tm_params tm_jvm tm_dynamic
  jm_jvm="$(resource_params GET_JM_RESOURCE_PARAMS | sed -n 1p)"
  tm_params="$(resource_params GET_TM_RESOURCE_PARAMS)"
  tm_jvm="$(sed -n 1p <<< "$tm_params")"
  tm_dynamic="$(sed -n 2p <<< "$tm_params")"

  # shellcheck disable=SC2086 # the JVM flags and dynamic properties are word lists
  nohup "$java_cmd" $jm_jvm "${log_props[@]}" -cp "$cp" \
    org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint --configDir "$dir/conf" \
    > "$dir/log/jobmanager.log" 2>&1 < /dev/null &
  echo $! > "$dir/pids/jobmanager"
  for i in $(seq "$taskmanagers"); do
    # shellcheck disable=SC2086
    nohup "$java_cmd" $tm_jvm "${log_props[@]}" -cp "$cp" \
      org.apache.flink.runtime.taskexecutor.TaskManagerRunner --configDir "$dir/conf" $tm_dynamic \
      > "$dir/log/taskmanager-$i.log" 2>&1 < /dev/null &
    echo $! > "$dir/pids/taskmanager-$i"
  done
  if [ "$max_seconds" -gt 0 ]; then
    # the watchdog stops the cluster after --max-seconds even if the caller died
    nohup setsid "$0" watchdog "$dir" "--max-seconds=$max_seconds" > /dev/null 2>&1 < /dev/null &
    echo $! > "$dir/pids/watchdog"
  fi

  local deadline=$((SECONDS + wait_seconds)) json=""
  while [ $SECONDS -lt $deadline ]; do
    json="$(overview "$rest_port" || true)"
    if [[ "$json" == *"\"taskmanagers\":$taskmanagers,"* && "$json" == *"\"slots-total\":$((taskmanagers * slots)),"* ]]; then
      break
    fi
    json=""
    for f in "$dir"/pids/jobmanager "$dir"/pids/taskmanager-*; do
      kill -0 "$(cat "$f")" 2>/dev/null || { echo "flink-cluster: $(basename "$f") exited during start-up" >&2; break 2; }
    done
    sleep 1
  done
  if [ -z "$json" ]; then
    echo "flink-cluster: not ready after ${wait_seconds}s (or a process died); log tails:" >&2
    for f in "$dir"/log/*.log; do echo "== $f" >&2; tail -n 20 "$f" >&2; done
    stop
    exit 1
  fi
  local tm_pids=""
  for f in "$dir"/pids/taskmanager-*; do tm_pids="$tm_pids $(cat "$f")"; done
  cat > "$dir/cluster.env" <<ENV
REST_PORT=$rest_port
JM_PID=$(cat "$dir/pids/jobmanager")
TM_PIDS="${tm_pids# }"
ENV
  echo "flink-cluster: rest=localhost:$rest_port jobmanager_pid=$(cat "$dir/pids/jobmanager") taskmanager_pids=${tm_pids# } slots=$((taskmanagers * slots)) tm_task_heap=$tm_heap"
}

# JVM flags (line 1) and dynamic properties (line 2) Flink derives from the memory settings, as flink-dist's scripts do.
resource_params() {
  local out
  out="$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$(cat "$dir/classpath.txt")" \
    org.apache.flink.runtime.util.bash.BashJavaUtils "$1" --configDir "$dir/conf" 2>&1)" || {
    echo "flink-cluster: invalid memory settings: $out" >&2; exit 1; }
  grep '^BASH_JAVA_UTILS_EXEC_RESULT:' <<< "$out" | sed 's/^BASH_JAVA_UTILS_EXEC_RESULT://'
}

case "$command" in
  start) start ;;
  stop)
    stop
    echo "flink-cluster: stopped $dir" ;;
  watchdog) # internal: started by `start --max-seconds=N`
    sleep "$max_seconds"
    stop ;;
  status)
    [ -f "$dir/cluster.env" ] || { echo "flink-cluster: no cluster in $dir" >&2; exit 1; }
    # shellcheck disable=SC1091
    . "$dir/cluster.env"
    overview "$REST_PORT" || { echo "flink-cluster: no answer on localhost:$REST_PORT" >&2; exit 1; }
    echo ;;
  *) usage ;;
esac
