# shellcheck shell=bash
# Start and stop the real server jar for image scripts (CI smoke test, benchmark). Source it:
#   image_server_start LOGFILE [ENV=VALUE ...]
#       runs target/image-edit-mcp.jar from an empty temp directory (no developer .env, the jar's
#       own conf/config.json) on 127.0.0.1, a free port, a random SECRET_KEY and a temp
#       CACHE_DIR; sets IMAGE_PID, IMAGE_BASE (http://127.0.0.1:PORT), IMAGE_MCP (endpoint)
#   image_server_stop
# Set IMAGE_JAVA_OPTS for JVM flags.

#   image_sdk_client SCRIPT NAME
#       installs the TypeScript MCP SDK once into .tools/ci-image and copies SCRIPT there as
#       NAME.mjs; sets IMAGE_CLIENT_DIR

IMAGE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
IMAGE_SDK_VERSION="1.32.2"
# free_port, wait_http, strip_ansi
. "$IMAGE_ROOT/scripts/lib/fixture-server.sh"

image_build_jar() {
  if [ ! -f "$IMAGE_ROOT/target/image-edit-mcp.jar" ]; then
    (cd "$IMAGE_ROOT" && mvn -B -q package -DskipTests 2>&1 | strip_ansi)
  fi
}

image_sdk_client() {
  IMAGE_CLIENT_DIR="$IMAGE_ROOT/.tools/ci-image"
  if [ ! -d "$IMAGE_CLIENT_DIR/node_modules/@modelcontextprotocol/sdk" ]; then
    mkdir -p "$IMAGE_CLIENT_DIR"
    (cd "$IMAGE_CLIENT_DIR" &&
      { [ -f package.json ] || echo '{"private":true,"type":"module"}' > package.json; } &&
      flock .install.lock npm install --no-audit --no-fund --loglevel=error \
        "@modelcontextprotocol/sdk@$IMAGE_SDK_VERSION" >/dev/null)
  fi
  cp "$1" "$IMAGE_CLIENT_DIR/$2.mjs"
}

image_server_start() {
  local log="$1"
  shift
  local port secret
  port="$(free_port)"
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
  if ! FIXTURE_PID="$IMAGE_PID" wait_http "$IMAGE_BASE/ready" 90; then
    echo "image server did not become ready; last lines of $log:" >&2
    tail -n 30 "$log" >&2
    return 1
  fi
}

image_server_stop() {
  if [ -n "${IMAGE_PID:-}" ]; then
    stop_pid "$IMAGE_PID"
    IMAGE_PID=
  fi
  if [ -n "${IMAGE_WORKDIR:-}" ]; then
    rm -rf "$IMAGE_WORKDIR"
    IMAGE_WORKDIR=
  fi
}
