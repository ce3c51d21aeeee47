#!/usr/bin/env bash
# AI call capacity benchmark (not CI): a fake ModelScope on loopback that takes TASK_MS per task,
# one server with the default heap and AI_MAX_CONCURRENCY=5000, and CALLS concurrent
# generate_image calls (legacy and modern revisions mixed). Prints completed/failed counts,
# peak heap, thread counts before/during/after, and p50/p99 from the provider's completion
# to the tool result.
set -euo pipefail
cd "$(dirname "$0")/.."

CALLS=${CALLS:-5000}
TASK_MS=${TASK_MS:-10000}
RAMP_MS=${RAMP_MS:-3000}
POLL_MS=${POLL_MS:-5000}
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" || true

if [[ ! -f target/image-edit-mcp.jar || ! -d target/test-classes/io/imageedit/bench ]]; then
  mvn -B -q package -DskipTests
fi
if [[ ! -f target/bench-classpath.txt ]]; then
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
fi
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
FAKE_PORT=$(free_port)
MCP_PORT=$(free_port)
WORK=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

java -cp "$CP" io.imageedit.modelscope.FakeModelScope "$FAKE_PORT" "$TASK_MS" > "$WORK/fake.log" 2>&1 &
PIDS+=($!)

(cd "$WORK" && env MCP_HOST=127.0.0.1 MCP_PORT="$MCP_PORT" CACHE_DIR="$WORK/cache" \
  MODELSCOPE_API_KEY=ms-test-key-0123 MODELSCOPE_BASE_URL="http://127.0.0.1:$FAKE_PORT" \
  ALLOW_PRIVATE_URLS=true AI_MAX_CONCURRENCY=5000 AI_POLL_INTERVAL_MS="$POLL_MS" \
  MCP_MAX_SESSIONS=1000 \
  java -jar "$OLDPWD/target/image-edit-mcp.jar" > "${SERVER_LOG:-$WORK/server.log}" 2>&1) &
sleep 0.2
SERVER=$(pgrep -n -f "image-edit-mcp.jar" || true)
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$MCP_PORT/ready" >/dev/null 2>&1 && break
  sleep 0.2
done
SERVER=$(ss -ltnp 2>/dev/null | grep ":$MCP_PORT " | sed -E 's/.*pid=([0-9]+).*/\1/' | head -1)
[[ -n "$SERVER" ]] || { echo "server did not start"; cat "$WORK/server.log"; exit 1; }
PIDS+=("$SERVER")

threads() { awk '/^Threads:/ {print $2}' "/proc/$SERVER/status"; }
heap_mb() { jstat -gc "$SERVER" | awk 'NR==2 {printf "%.0f", ($3+$4+$6+$8)/1024}'; }

echo "server pid $SERVER, default heap (max $(java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '/ MaxHeapSize/ {printf "%.0f MB", $4/1048576}'))"
THREADS_BEFORE=$(threads)
PEAK_HEAP=0
PEAK_THREADS=0
(
  while kill -0 "$SERVER" 2>/dev/null; do
    echo "$(heap_mb) $(threads)"
    sleep 0.5
  done
) > "$WORK/samples.txt" 2>/dev/null &
SAMPLER=$!
PIDS+=($SAMPLER)

java -cp "$CP" io.imageedit.bench.AiBench "http://127.0.0.1:$MCP_PORT/mcp" \
  "http://127.0.0.1:$FAKE_PORT" "$CALLS" "$RAMP_MS" | tee "$WORK/bench.txt"

sleep 2
THREADS_AFTER=$(threads)
kill "$SAMPLER" 2>/dev/null || true
read -r PEAK_HEAP PEAK_THREADS < <(awk '{ if ($1>h) h=$1; if ($2>t) t=$2 } END {print h, t}' "$WORK/samples.txt")
echo "peak heap used:   ${PEAK_HEAP} MB (sampled every 0.5 s with jstat)"
echo "threads:          before ${THREADS_BEFORE}, peak during ${PEAK_THREADS}, after ${THREADS_AFTER}"
