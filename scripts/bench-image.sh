#!/usr/bin/env bash
# Benchmark (not CI): image tool calls end to end through MCP against libvips and ImageMagick on
# a 4000x3000 photographic JPEG and PNG. Warm server, sources cached by URL, result cache off
# (RESULT_CACHE=false), inline previews off (PREVIEW_MAX_BYTES=0: the CLI tools make none).
# Each operation is timed with libvips, ImageMagick and the MCP tool back to back (the machine
# may be shared: interleaving keeps the three comparable). Prints medians and ratios, then 8
# concurrent rotations with the default heap and the peak heap seen by jstat.
# Usage: scripts/bench-image.sh [RUNS]   (default 7)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
RUNS="${1:-7}"
. scripts/lib/node22.sh
. scripts/lib/image-server.sh

need_apt() {
  local missing=()
  command -v vips >/dev/null || missing+=(libvips-tools)
  [ -x /usr/bin/convert ] || missing+=(imagemagick)
  if [ "${#missing[@]}" -gt 0 ]; then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}
need_apt
# /usr/local/bin/convert may be a stand-in; the real ImageMagick lives in /usr/bin.
IM=/usr/bin/convert

image_sdk_client scripts/lib/bench-image-client.mjs bench
image_build_jar

DATA="$ROOT/.tools/bench-image"
mkdir -p "$DATA"
if [ ! -s "$DATA/photo.jpg" ] || [ ! -s "$DATA/photo.png" ]; then
  echo "generating 4000x3000 test images (plasma fractal, about 20 s)..."
  "$IM" -size 4000x3000 -seed 7 plasma:fractal -blur 0x0.7 -depth 8 -quality 90 "$DATA/photo.jpg"
  "$IM" "$DATA/photo.jpg" -depth 8 "$DATA/photo.png"
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/bench-image.XXXXXX")"
HTTP_PID=
JSTAT_PID=
cleanup() {
  [ -n "$JSTAT_PID" ] && kill "$JSTAT_PID" 2>/dev/null || true
  image_server_stop
  [ -n "$HTTP_PID" ] && kill "$HTTP_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

PORT="$(free_port)"
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$DATA" >/dev/null 2>&1 &
HTTP_PID=$!
wait_http "http://127.0.0.1:$PORT/photo.jpg" 20

# Median wall time in ms of RUNS runs of a command (after one warm-up run).
time_cmd() {
  "$@" >/dev/null 2>&1
  local i t0 t1 out=()
  for ((i = 0; i < RUNS; i++)); do
    t0=$(date +%s%N)
    "$@" >/dev/null 2>&1
    t1=$(date +%s%N)
    out+=($(((t1 - t0) / 1000000)))
  done
  printf '%s\n' "${out[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

J="$DATA/photo.jpg"
P="$DATA/photo.png"
O="$WORK/out"
echo "starting the server (default heap: $(java -XX:+PrintFlagsFinal -version 2>/dev/null | awk '/ MaxHeapSize /{printf "%.0f MB", $4/1048576}'))..."
image_server_start "$WORK/server.log" ALLOW_PRIVATE_URLS=true RESULT_CACHE=false PREVIEW_MAX_BYTES=0

# Peak heap: sample used heap (survivor + eden + old, KB) every 100 ms for the whole MCP run.
jstat -gc "$IMAGE_PID" 100 > "$WORK/jstat.log" 2>/dev/null &
JSTAT_PID=$!

mcp_case() {
  node "$IMAGE_CLIENT_DIR/bench.mjs" "$IMAGE_MCP" "http://127.0.0.1:$PORT/photo.jpg" \
    "http://127.0.0.1:$PORT/photo.png" "$RUNS" "$1" | tee -a "$WORK/mcp.txt"
}

declare -A VIPS IMG
echo "libvips $(vips --version | head -1), $($IM -version | head -1 | cut -d' ' -f2-3), load: $(cut -d' ' -f1-3 /proc/loadavg)"
VIPS[jpeg_rotate90]=$(time_cmd vips rot "$J" "$O.jpg[Q=90]" d90)
IMG[jpeg_rotate90]=$(time_cmd "$IM" "$J" -rotate 90 -quality 90 "$O.jpg")
mcp_case jpeg_rotate90
VIPS[jpeg_crop50]=$(time_cmd vips crop "$J" "$O.jpg[Q=90]" 1000 750 2000 1500)
IMG[jpeg_crop50]=$(time_cmd "$IM" "$J" -crop 2000x1500+1000+750 +repage -quality 90 "$O.jpg")
mcp_case jpeg_crop50
VIPS[jpeg_resize1024_q85]=$(time_cmd vips thumbnail "$J" "$O.jpg[Q=85]" 1024)
IMG[jpeg_resize1024_q85]=$(time_cmd "$IM" "$J" -resize 1024x -quality 85 "$O.jpg")
mcp_case jpeg_resize1024_q85
VIPS[png_rotate90]=$(time_cmd vips rot "$P" "$O.png" d90)
IMG[png_rotate90]=$(time_cmd "$IM" "$P" -rotate 90 "$O.png")
mcp_case png_rotate90
VIPS[png_crop50]=$(time_cmd vips crop "$P" "$O.png" 1000 750 2000 1500)
IMG[png_crop50]=$(time_cmd "$IM" "$P" -crop 2000x1500+1000+750 +repage "$O.png")
mcp_case png_crop50
VIPS[png_resize1024_q85]=$(time_cmd vips thumbnail "$P" "$O.jpg[Q=85]" 1024)
IMG[png_resize1024_q85]=$(time_cmd "$IM" "$P" -resize 1024x -quality 85 "$O.jpg")
mcp_case png_resize1024_q85
mcp_case concurrent
kill "$JSTAT_PID" 2>/dev/null || true
JSTAT_PID=

echo
printf '%-22s %10s %10s %12s %12s %12s\n' "operation" "mcp ms" "vips ms" "magick ms" "mcp/vips" "magick/mcp"
while read -r tag label med _; do
  [ "$tag" = "case" ] || continue
  v=${VIPS[$label]}
  m=${IMG[$label]}
  printf '%-22s %10s %10s %12s %12s %12s\n' "$label" "$med" "$v" "$m" \
    "$(awk -v a="$med" -v b="$v" 'BEGIN{printf "%.2fx", a/(b>0?b:1)}')" \
    "$(awk -v a="$m" -v b="$med" 'BEGIN{printf "%.2fx", a/(b>0?b:1)}')"
done < "$WORK/mcp.txt"
echo "(mcp/vips: target <= 1.50x; magick/mcp above 1.00x means faster than ImageMagick)"

read -r _ _ wall failed < <(grep '^concurrent 8' "$WORK/mcp.txt")
peak=$(awk 'NR>1 && $1 ~ /^[0-9.]+$/ {u=$3+$4+$6+$8; if (u>m) m=u} END {printf "%.0f", m/1024}' "$WORK/jstat.log")
echo "8 concurrent rotate calls (JPEG 4000x3000): wall ${wall} ms, failures ${failed}, peak heap used ${peak} MB (jstat, whole run)"
if grep -q OutOfMemoryError "$WORK/server.log"; then
  echo "OutOfMemoryError in the server log" >&2
  exit 1
fi
