#!/usr/bin/env bash
# CI step (called by .ci/run): the image tools end to end through the real jar, driven by the
# official TypeScript MCP SDK client under Node 22. Images come from a loopback HTTP server
# (ALLOW_PRIVATE_URLS=true for this run only) and from a data: URL.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
. scripts/lib/node22.sh
. scripts/lib/image-server.sh

image_sdk_client scripts/lib/ci-image-client.mjs client

image_build_jar

WORK="$(mktemp -d "${TMPDIR:-/tmp}/ci-image.XXXXXX")"
HTTP_PID=
cleanup() {
  image_server_stop
  [ -n "$HTTP_PID" ] && kill "$HTTP_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# A 32x16 PNG written with the standard library only.
python3 - "$WORK" <<'PY'
import base64, struct, sys, zlib
w, h = 32, 16
rows = b"".join(b"\x00" + b"".join(bytes((x * 8, y * 16, 128)) for x in range(w)) for y in range(h))
def chunk(t, d):
    return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) \
    + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
open(sys.argv[1] + "/img.png", "wb").write(png)
open(sys.argv[1] + "/img.dataurl", "w").write("data:image/png;base64," + base64.b64encode(png).decode())
PY

PORT="$(free_port)"
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$WORK" >/dev/null 2>&1 &
HTTP_PID=$!
wait_http "http://127.0.0.1:$PORT/img.png" 20

image_server_start "$WORK/server.log" ALLOW_PRIVATE_URLS=true
if ! node "$IMAGE_CLIENT_DIR/client.mjs" "$IMAGE_MCP" "http://127.0.0.1:$PORT/img.png" "$WORK/img.dataurl"; then
  echo "server log:" >&2
  tail -n 40 "$WORK/server.log" >&2
  exit 1
fi
