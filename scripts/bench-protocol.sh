#!/usr/bin/env bash
# Protocol benchmark (not a test): requests/s and p50/p99 latency of tools/list and
# tools/call echo at 64 concurrent clients on loopback, for both MCP revisions of this server
# (fixture server, test-only echo tool) and for @modelcontextprotocol/server-everything
# (Streamable HTTP, legacy revision only) on the same machine, with the ratio.
#   legacy: every client initializes once (64 sessions), then POSTs with Mcp-Session-Id
#   modern: stateless POSTs with the _meta envelope and MCP-Protocol-Version/Mcp-Method/Mcp-Name
# Settings: BENCH_SECONDS (10 per row), BENCH_CONNECTIONS (64), BENCH_THREADS (2).
# Load generator: wrk + scripts/lib/bench-mcp.lua (apt-get install -y wrk when missing).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/lib/node22.sh
. scripts/lib/node22.sh
# shellcheck source=scripts/lib/fixture-server.sh
. scripts/lib/fixture-server.sh
# shellcheck source=scripts/lib/npm-tool.sh
. scripts/lib/npm-tool.sh

SECONDS_PER_ROW="${BENCH_SECONDS:-10}"
CONNECTIONS="${BENCH_CONNECTIONS:-64}"
THREADS="${BENCH_THREADS:-2}"
TARGETS="${BENCH_TARGETS:-ours everything}" # for trying one side alone
EVERYTHING_PKG_NAME="@modelcontextprotocol/server-everything"
EVERYTHING_VERSION="2026.8.31"
OUT="$ROOT/target/bench"
LUA="$ROOT/scripts/lib/bench-mcp.lua"
rm -rf "$OUT"
mkdir -p "$OUT"

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
if ! command -v wrk >/dev/null; then
  echo "bench: installing wrk"
  (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null
fi

EVERYTHING_PID=
cleanup() {
  fixture_stop
  if [ -n "$EVERYTHING_PID" ]; then
    kill "$EVERYTHING_PID" 2>/dev/null || true
    wait "$EVERYTHING_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# open_sessions URL FILE: initializes CONNECTIONS legacy sessions, one id per line in FILE.
open_sessions() {
  local url="$1" file="$2" i headers sid
  : >"$file"
  for ((i = 0; i < CONNECTIONS; i++)); do
    headers="$(curl -sS -D - -o /dev/null --max-time 10 -X POST "$url" \
      -H 'Content-Type: application/json' -H 'Accept: application/json, text/event-stream' \
      -d '{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"bench","version":"1.0.0"}}}')"
    sid="$(printf '%s\n' "$headers" | tr -d '\r' | awk -F': ' 'tolower($1)=="mcp-session-id"{print $2}')"
    if [ -z "$sid" ]; then
      echo "bench: initialize at $url returned no Mcp-Session-Id:" >&2
      printf '%s\n' "$headers" >&2
      return 1
    fi
    curl -sS -o /dev/null --max-time 10 -X POST "$url" -H "Mcp-Session-Id: $sid" \
      -H 'MCP-Protocol-Version: 2025-11-25' -H 'Content-Type: application/json' \
      -H 'Accept: application/json, text/event-stream' \
      -d '{"jsonrpc":"2.0","method":"notifications/initialized"}'
    echo "$sid" >>"$file"
  done
}

# load NAME URL MODE METHOD SECONDS [SESSIONS]: one wrk run; prints its RESULT line.
load() {
  local name="$1" url="$2" mode="$3" method="$4" seconds="$5" sessions="${6:-}"
  BENCH_MODE="$mode" BENCH_METHOD="$method" BENCH_SESSIONS="$sessions" BENCH_THREADS="$THREADS" \
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "${seconds}s" --timeout 5s -s "$LUA" "$url" \
    >"$OUT/$name.wrk.txt" 2>&1 || true
  grep '^RESULT' "$OUT/$name.wrk.txt" || echo "RESULT requests=0 seconds=0 rps=0 p50_ms=0 p99_ms=0 errors=-1"
}

field() { # field LINE KEY
  printf '%s\n' "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1==k{print $2}'
}

declare -A RESULTS
measure() { # measure KEY URL MODE METHOD [SESSIONS]
  local key="$1"
  load "$key-warmup" "$2" "$3" "$4" 3 "${5:-}" >/dev/null
  RESULTS[$key]="$(load "$key" "$2" "$3" "$4" "$SECONDS_PER_ROW" "${5:-}")"
}

if [[ " $TARGETS " == *" ours "* ]]; then
  echo "bench: building and starting the fixture server"
  fixture_build
  fixture_start "$OUT/server.log"
  open_sessions "$FIXTURE_URL" "$OUT/fixture-sessions.txt"
  echo "bench: image-edit-mcp (fixture) at $FIXTURE_BASE, $CONNECTIONS clients, ${SECONDS_PER_ROW}s per row"
  # One pass over every request kind first: the JIT must have compiled all four paths, or the
  # first row measured pays for it (seen: 4x fewer requests/s on a loaded machine).
  load warmup-legacy-list "$FIXTURE_URL" legacy tools/list 3 "$OUT/fixture-sessions.txt" >/dev/null
  load warmup-legacy-call "$FIXTURE_URL" legacy tools/call 3 "$OUT/fixture-sessions.txt" >/dev/null
  load warmup-modern-list "$FIXTURE_URL" modern tools/list 3 >/dev/null
  load warmup-modern-call "$FIXTURE_URL" modern tools/call 3 >/dev/null
  measure ours-legacy-list "$FIXTURE_URL" legacy tools/list "$OUT/fixture-sessions.txt"
  measure ours-legacy-call "$FIXTURE_URL" legacy tools/call "$OUT/fixture-sessions.txt"
  measure ours-modern-list "$FIXTURE_URL" modern tools/list
  measure ours-modern-call "$FIXTURE_URL" modern tools/call
  fixture_stop
fi

if [[ " $TARGETS " == *" everything "* ]]; then
  port="$(free_port)"
  # Installed, not run through npx, so that EVERYTHING_PID is the server itself and kill stops it.
  EVERYTHING_DIR="$(npm_tool "$EVERYTHING_PKG_NAME" "$EVERYTHING_VERSION")"
  echo "bench: starting $EVERYTHING_PKG_NAME@$EVERYTHING_VERSION (streamableHttp) on port $port"
  PORT="$port" node "$EVERYTHING_DIR/dist/index.js" streamableHttp >"$OUT/everything.log" 2>&1 &
  EVERYTHING_PID=$!
  EVERYTHING_URL="http://127.0.0.1:$port/mcp"
  deadline=$((SECONDS + 120))
  until curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; do
    if [ "$SECONDS" -ge "$deadline" ] || ! kill -0 "$EVERYTHING_PID" 2>/dev/null; then
      echo "bench: server-everything did not start; see $OUT/everything.log" >&2
      exit 1
    fi
    sleep 0.2
  done
  open_sessions "$EVERYTHING_URL" "$OUT/everything-sessions.txt"
  load warmup-everything-list "$EVERYTHING_URL" legacy tools/list 3 "$OUT/everything-sessions.txt" >/dev/null
  load warmup-everything-call "$EVERYTHING_URL" legacy tools/call 3 "$OUT/everything-sessions.txt" >/dev/null
  measure everything-list "$EVERYTHING_URL" legacy tools/list "$OUT/everything-sessions.txt"
  measure everything-call "$EVERYTHING_URL" legacy tools/call "$OUT/everything-sessions.txt"
fi

row() { # row LABEL KEY BASELINE_KEY
  local line="${RESULTS[$2]:-}" base="${RESULTS[$3]:-}" rps base_rps ratio
  rps="$(field "$line" rps)"
  base_rps="$(field "$base" rps)"
  ratio="$(awk -v a="$rps" -v b="$base_rps" 'BEGIN{ if (b > 0) printf "%.2fx", a / b; else print "n/a" }')"
  printf '| %-40s | %9s | %8s | %8s | %6s | %7s |\n' "$1" "$rps" "$(field "$line" p50_ms)" \
    "$(field "$line" p99_ms)" "$(field "$line" errors)" "$ratio"
}

# The table also goes to target/bench/results.md.
{
  echo
  echo "Protocol benchmark: $CONNECTIONS concurrent clients, ${SECONDS_PER_ROW}s per row, loopback, wrk -t$THREADS ($(nproc) cores)"
  echo "Load average at the start: $LOAD_BEFORE (other processes on this machine skew the tail latencies)"
  echo
  printf '| %-40s | %9s | %8s | %8s | %6s | %7s |\n' "server / revision / request" "req/s" "p50 ms" "p99 ms" "errors" "ratio*"
  echo "|------------------------------------------|-----------|----------|----------|--------|---------|"
  row "image-edit-mcp legacy tools/list" ours-legacy-list everything-list
  row "image-edit-mcp legacy tools/call echo" ours-legacy-call everything-call
  row "image-edit-mcp modern tools/list" ours-modern-list everything-list
  row "image-edit-mcp modern tools/call echo" ours-modern-call everything-call
  row "server-everything legacy tools/list" everything-list everything-list
  row "server-everything legacy tools/call echo" everything-call everything-call
  echo
  echo "* ratio = requests/s over server-everything's for the same request (it speaks only the legacy revision)."
  blocked="$(grep -c 'has been blocked' "$OUT/server.log" 2>/dev/null || true)"
  blocked="${blocked:-0}"
  if [ "$blocked" -gt 0 ]; then
    echo "Vert.x blocked-thread warnings during the run: $blocked (see $OUT/server.log)"
  else
    echo "Vert.x blocked-thread warnings during the run: none"
  fi
} | tee "$OUT/results.md"
