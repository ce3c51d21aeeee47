#!/usr/bin/env bash
# Runs the official MCP conformance suites against the fixture server (test-only tool set on
# the real MCP layer) and fails on any failed check:
#   @modelcontextprotocol/conformance@0.1.16          server --suite all            (legacy wire)
#   @modelcontextprotocol/conformance@0.2.0-alpha.12  server --spec-version 2026-07-28 (modern wire),
#        --scenario server-stateless (2026-07-28) and --scenario server-session-lifecycle
#        (a legacy scenario: removed in 2026-07-28, so it runs at 2025-11-25).
# Then the official TypeScript clients connect, list and call tools (scripts/lib/client-smoke.mjs):
#   @modelcontextprotocol/sdk@1.32.2 (legacy) and @modelcontextprotocol/client@2.4.0 (2026-07-28).
# Results: target/conformance/<run>/server-<scenario>-<time>/checks.json; the server log is
# target/conformance/server.log; failed checks are listed in target/conformance/failures.md.
# CONFORMANCE_EXTENDED=1 also runs 0.2.0 --suite all at 2026-07-28 (draft and pending
# scenarios too) and at 2025-11-25, and reports them without letting them fail the run.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

# shellcheck source=scripts/lib/node22.sh
. scripts/lib/node22.sh
# shellcheck source=scripts/lib/fixture-server.sh
. scripts/lib/fixture-server.sh
# shellcheck source=scripts/lib/npm-tool.sh
. scripts/lib/npm-tool.sh

# Installed into .tools/npm (not npx): pinned, no registry round trip after the first run.
LEGACY_CLI="$(npm_tool @modelcontextprotocol/conformance 0.1.16)/dist/index.js"
MODERN_CLI="$(npm_tool @modelcontextprotocol/conformance 0.2.0-alpha.12)/dist/index.js"
SDK1_DIR="$(npm_tool @modelcontextprotocol/sdk 1.32.2)"
CLIENT2_DIR="$(npm_tool @modelcontextprotocol/client 2.4.0)"
OUT="$ROOT/target/conformance"
RUN_TIMEOUT="${CONFORMANCE_RUN_TIMEOUT:-900}"

rm -rf "$OUT"
mkdir -p "$OUT"
echo "conformance: building the fixture server"
fixture_build
trap fixture_stop EXIT
trap 'exit 130' INT TERM
fixture_start "$OUT/server.log"
echo "conformance: fixture server at $FIXTURE_BASE/{SECRET_KEY}/mcp (pid $FIXTURE_PID)"

status=0
# run NAME CLI ARGS...: one conformance CLI run; its own output goes to $OUT/NAME.log.
run() {
  local name="$1" cli="$2"
  shift 2
  echo "conformance: $name: server $* ..."
  if ! timeout "$RUN_TIMEOUT" node "$cli" server --url "$FIXTURE_URL" -o "$OUT/$name" "$@" \
    >"$OUT/$name.log" 2>&1; then
    status=1
  fi
  grep -E '^(Total: |Passed: )' "$OUT/$name.log" | sed "s/^/  $name: /" || true
}

run legacy-0.1.16 "$LEGACY_CLI" --suite all
run modern-0.2.0 "$MODERN_CLI" --spec-version 2026-07-28
run stateless-0.2.0 "$MODERN_CLI" --scenario server-stateless --spec-version 2026-07-28
run session-lifecycle-0.2.0 "$MODERN_CLI" --scenario server-session-lifecycle --spec-version 2025-11-25
echo "conformance: official TypeScript clients (sdk 1.32.2 legacy, client 2.4.0 pinned 2026-07-28) ..."
if ! timeout 300 node scripts/lib/client-smoke.mjs "$FIXTURE_URL" "$SDK1_DIR" "$CLIENT2_DIR" \
  >"$OUT/clients.log" 2>&1; then
  status=1
fi
grep -E '^Total: ' "$OUT/clients.log" | sed 's/^/  clients: /' || true
if [ "${CONFORMANCE_EXTENDED:-0}" = 1 ]; then
  # Every scenario of the 2026-07-28 wire, draft and pending ones included: reported, not gating.
  gating_status=$status
  run extended-0.2.0 "$MODERN_CLI" --suite all --spec-version 2026-07-28
  run extended-legacy-0.2.0 "$MODERN_CLI" --suite all --spec-version 2025-11-25
  status=$gating_status
fi

echo
echo "=== conformance totals ==="
if ! node scripts/lib/conformance-summary.mjs \
  "conformance 0.1.16 --suite all=$OUT/legacy-0.1.16" \
  "conformance 0.2.0-alpha.12 (2026-07-28 + server-stateless + server-session-lifecycle)=$OUT/modern-0.2.0,$OUT/stateless-0.2.0,$OUT/session-lifecycle-0.2.0" \
  --markdown "$OUT/failures.md"; then
  status=1
fi
if [ -d "$OUT/extended-0.2.0" ]; then
  node scripts/lib/conformance-summary.mjs \
    "extended (not gating): conformance 0.2.0-alpha.12 --suite all --spec-version 2026-07-28=$OUT/extended-0.2.0" \
    "extended (not gating): conformance 0.2.0-alpha.12 --suite all --spec-version 2025-11-25=$OUT/extended-legacy-0.2.0" \
    --markdown "$OUT/extended-failures.md" || true
fi
echo "official TypeScript clients: $(grep -E '^Total: ' "$OUT/clients.log" || echo 'did not finish')"
if [ "$status" -ne 0 ]; then
  echo
  echo "Failed checks (also in $OUT/failures.md):"
  grep -E '^- ' "$OUT/failures.md" | cut -c1-300 || true
  grep -E 'FAIL' "$OUT/clients.log" || true
  echo "conformance: FAILED"
else
  echo "conformance: all checks passed"
fi
exit "$status"
