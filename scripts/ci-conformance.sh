#!/usr/bin/env bash
# CI step (called by .ci/run): the official MCP conformance suites against the fixture server.
set -euo pipefail
exec "$(dirname "$0")/conformance.sh"
