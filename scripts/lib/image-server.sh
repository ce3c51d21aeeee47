# shellcheck shell=bash
# Start and stop the real server jar for image scripts (CI smoke test, benchmark). Source it:
#   image_server_start LOGFILE [ENV=VALUE ...]
#       runs target/image-edit-mcp.jar from an empty temp directory (no developer .env, the jar's
#       own conf/config.json) on 127.0.0.1, a free port, a random SECRET_KEY and a temp
#       CACHE_DIR; sets IMAGE_PID, IMAGE_BASE (http://127.0.0.1:PORT), IMAGE_MCP (endpoint)
#   image_server_stop
# Set IMAGE_JAVA_OPTS for JVM flags.

IMAGE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

image_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

image_wait_http() {
  local url="$1" deadline=$((SECONDS + $2))
  while [ "$SECONDS" -lt "$deadline" ]; do
    if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then
      return 0
    fi
    if [ -n "${IMAGE_PID:-}" ] && ! kill -0 "$IMAGE_PID" 2>/dev/null; then
      return 1
    fi
    sleep 0.2
  done
  return 1
}

image_build_jar() {
  if [ ! -f "$IMAGE_ROOT/target/image-edit-mcp.jar" ]; then
    (cd "$IMAGE_ROOT" && mvn -B -q package -DskipTests 2>&1 | sed 's/\x1b\[[0-9;]*m//g')
  fi
}

image_server_start() {
  local log="$1"
  shift
  local port secret
  port="$(image_free_port)"
  secret="ci$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  IMAGE_WORKDIR="$(mktemp -d "${TMPDIR:-/tmp}/image-server.XXXXXX")"
  mkdir -p "$(dirname "$log")" "$IMAGE_WORKDIR/cache"
  (
    cd "$IMAGE_WORKDIR" &&
      exec env MCP_HOST=127.0.0.1 MCP_PORT="$port" SECRET_KEY="$secret" \
        CACHE_DIR="$IMAGE_WORKDIR/cache" CACHE_URL="http://127.0.0.1:$port" "$@" \
        java ${IMAGE_JAVA_OPTS:-} -jar "$IMAGE_ROOT/target/image-edit-mcp.jar"
  ) >"$log" 2>&1 &
  IMAGE_PID=$!
  IMAGE_BASE="http://127.0.0.1:$port"
  IMAGE_MCP="$IMAGE_BASE/$secret/mcp"
  if ! image_wait_http "$IMAGE_BASE/ready" 90; then
    echo "image server did not become ready; last lines of $log:" >&2
    tail -n 30 "$log" >&2
    return 1
  fi
}

image_server_stop() {
  if [ -n "${IMAGE_PID:-}" ]; then
    kill "$IMAGE_PID" 2>/dev/null || true
    local deadline=$((SECONDS + 20))
    while kill -0 "$IMAGE_PID" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do
      sleep 0.2
    done
    kill -9 "$IMAGE_PID" 2>/dev/null || true
    wait "$IMAGE_PID" 2>/dev/null || true
    IMAGE_PID=
  fi
  if [ -n "${IMAGE_WORKDIR:-}" ]; then
    rm -rf "$IMAGE_WORKDIR"
    IMAGE_WORKDIR=
  fi
}
