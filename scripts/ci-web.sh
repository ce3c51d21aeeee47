#!/usr/bin/env bash
# Browser test of the web pages: headless Chromium (Debian's package) driven by
# playwright-core (npm, into the git-ignored .tools/web-test). Starts the server from the
# fat jar on 127.0.0.1 with a temporary CACHE_DIR, runs scripts/web/browser.test.mjs with
# Node's test runner, saves screenshots under target/screenshots/, stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

if [ ! -x /usr/bin/chromium ]; then
  echo "[ci-web] installing chromium (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  # A CJK font so the Chinese screenshots are readable.
  apt-get install -y -qq --no-install-recommends chromium fonts-wqy-zenhei >/dev/null
fi
tools="$root/.tools/web-test"
if [ ! -d "$tools/node_modules/playwright-core" ]; then
  echo "[ci-web] installing playwright-core (npm; no browser download)"
  mkdir -p "$tools"
  [ -f "$tools/package.json" ] || echo '{"private": true}' > "$tools/package.json"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$tools" --silent --no-audit --no-fund \
    playwright-core@1.65.1 >/dev/null
fi
if [ ! -f target/image-edit-mcp.jar ]; then
  echo "[ci-web] building the jar"
  mvn -B -q package -DskipTests
fi

cache=$(mktemp -d)
port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
secret="WebCi$(date +%s)Key"
log="$root/target/ci-web-server.log"
(cd "$cache" && exec env MCP_HOST=127.0.0.1 MCP_PORT="$port" CACHE_DIR="$cache/data" \
  CACHE_URL="http://127.0.0.1:$port" SECRET_KEY="$secret" HTTP_INSTANCES=2 \
  java -XX:MaxRAMPercentage=25 -jar "$root/target/image-edit-mcp.jar") >"$log" 2>&1 &
server=$!
cleanup() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$cache"
}
trap cleanup EXIT

deadline=$((SECONDS + 60))
until node -e "fetch('http://127.0.0.1:$port/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; do
  if [ $SECONDS -ge $deadline ] || ! kill -0 "$server" 2>/dev/null; then
    echo "[ci-web] the server did not start; its log:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.3
done

mkdir -p target/screenshots
BASE_URL="http://127.0.0.1:$port" SECRET_KEY="$secret" PLAYWRIGHT_DIR="$tools" \
  SHOTS="$root/target/screenshots" node --test --test-reporter=spec scripts/web/browser.test.mjs
echo "[ci-web] screenshots: $(ls target/screenshots | tr '\n' ' ')"
