# shellcheck shell=bash
# Build and run the test-only FixtureServer (src/test/.../conformance). Source it, then:
#   fixture_build                 # mvn test-compile + classpath file (reused while pom.xml is older)
#   fixture_start LOGFILE [ENV=VALUE ...]
#                                 # 127.0.0.1, free port, random SECRET_KEY, temp CACHE_DIR; sets
#                                 # FIXTURE_PID, FIXTURE_URL (MCP endpoint), FIXTURE_BASE (http://127.0.0.1:PORT)
#   fixture_stop                  # SIGTERM, wait, remove the temp cache
# Callers should `trap fixture_stop EXIT` so the server never outlives them.

FIXTURE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FIXTURE_CP_FILE="$FIXTURE_ROOT/target/test-classpath.txt"

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# wait_http URL SECONDS: polls until URL answers 2xx, or fails after SECONDS.
wait_http() {
  local url="$1" deadline=$((SECONDS + $2))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then
      return 0
    fi
    if [ -n "${FIXTURE_PID:-}" ] && ! kill -0 "$FIXTURE_PID" 2>/dev/null; then
      return 1
    fi
    sleep 0.2
  done
  return 1
}

fixture_build() {
  (
    set -o pipefail
    cd "$FIXTURE_ROOT" &&
      mvn -B -q test-compile 2>&1 | strip_ansi &&
      if [ ! -s "$FIXTURE_CP_FILE" ] || [ pom.xml -nt "$FIXTURE_CP_FILE" ]; then
        mvn -B -q dependency:build-classpath -Dmdep.includeScope=test \
          -Dmdep.outputFile="$FIXTURE_CP_FILE" 2>&1 | strip_ansi
      fi
  )
}

# Maven prints colour resets even in batch mode; keep CI logs readable.
strip_ansi() {
  sed 's/\x1b\[[0-9;]*m//g'
}

fixture_start() {
  local log="$1"
  shift
  local port secret
  port="$(free_port)"
  secret="fx$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  FIXTURE_CACHE="$(mktemp -d "${TMPDIR:-/tmp}/fixture-cache.XXXXXX")"
  mkdir -p "$(dirname "$log")"
  # A dotenv path that does not exist: a developer's .env must not change the fixture.
  # FIXTURE_JAVA_OPTS is a list of JVM options: word splitting wanted.
  # shellcheck disable=SC2086
  (
    cd "$FIXTURE_ROOT" &&
      exec env MCP_HOST=127.0.0.1 MCP_PORT="$port" SECRET_KEY="$secret" \
        CACHE_DIR="$FIXTURE_CACHE" CACHE_URL="http://127.0.0.1:$port" "$@" \
        java ${FIXTURE_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "$FIXTURE_CP_FILE")" \
        io.imageedit.mcp.conformance.FixtureServer "$FIXTURE_CACHE/no.env"
  ) >"$log" 2>&1 &
  FIXTURE_PID=$!
  FIXTURE_BASE="http://127.0.0.1:$port"
  # shellcheck disable=SC2034 # read by the scripts that source this file
  FIXTURE_URL="$FIXTURE_BASE/$secret/mcp"
  if ! wait_http "$FIXTURE_BASE/health" 60; then
    echo "fixture server did not become healthy; last lines of $log:" >&2
    tail -n 30 "$log" >&2
    return 1
  fi
  if ! wait_http "$FIXTURE_BASE/ready" 30; then
    echo "fixture server never became ready; see $log" >&2
    return 1
  fi
}

# stop_pid PID: SIGTERM (the server drains), up to 20 s, then SIGKILL; reaps the child.
stop_pid() {
  local pid="$1"
  kill "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + 20))
  while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do
    sleep 0.2
  done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

fixture_stop() {
  if [ -n "${FIXTURE_PID:-}" ]; then
    stop_pid "$FIXTURE_PID"
    FIXTURE_PID=
  fi
  if [ -n "${FIXTURE_CACHE:-}" ]; then
    rm -rf "$FIXTURE_CACHE"
    FIXTURE_CACHE=
  fi
}
