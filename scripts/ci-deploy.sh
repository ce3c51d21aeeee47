#!/usr/bin/env bash
# Deployment checks that need no Docker engine:
#   1. docker-compose.yml parses (Debian's docker-compose) and has what DOCKER.md promises;
#   2. the Dockerfile passes hadolint when it is installed, and always this project's rules;
#   3. .env.example lists every setting with its default;
#   4. the Dockerfile's build and start steps run on this machine (same mvn command, same
#      java command line and environment) and the result answers /health, the
#      HEALTHCHECK command, an upload and an MCP initialize.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v docker-compose >/dev/null 2>&1; then
  echo "[ci-deploy] installing docker-compose (Debian package, used only to parse the file)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends docker-compose >/dev/null
fi

echo "[ci-deploy] 1. docker-compose.yml"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp docker-compose.yml "$work/"
cp .env.example "$work/.env"
(cd "$work" && docker-compose config) > "$work/resolved.yml"
for want in 'image-edit-mcp:' 'restart: unless-stopped' ':/data' 'healthcheck:' \
            'published: 3000' 'CACHE_DIR: /data' 'image-edit-mcp-data'; do
  if ! grep -q -- "$want" "$work/resolved.yml"; then
    echo "docker-compose.yml: the resolved configuration lacks \"$want\"" >&2
    cat "$work/resolved.yml" >&2
    exit 1
  fi
done
# The port mapping follows MCP_PORT from .env.
sed -i 's/^MCP_PORT=.*/MCP_PORT=8080/' "$work/.env"
(cd "$work" && docker-compose config) > "$work/resolved-8080.yml"
grep -q 'published: 8080' "$work/resolved-8080.yml" \
  || { echo "docker-compose.yml: the published port does not follow MCP_PORT" >&2; exit 1; }
echo "docker-compose.yml: parses; service, restart policy, volume, healthcheck and port mapping present"

echo "[ci-deploy] 2. Dockerfile"
if command -v hadolint >/dev/null 2>&1; then
  hadolint Dockerfile
else
  echo "hadolint is not installable here (not in Debian or npm); using the rule checker"
fi
node scripts/deploy/check-dockerfile.mjs Dockerfile

echo "[ci-deploy] 3. .env.example"
node scripts/deploy/check-env-example.mjs

echo "[ci-deploy] 4. the image's build and start steps, run here"
node scripts/deploy/emulate-image.mjs Dockerfile
