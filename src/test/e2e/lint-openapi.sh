#!/usr/bin/env bash
# Lints openapi.yaml with Spectral (spectral:oas) and Redocly CLI (recommended rules).
# Fails on any error; warnings are printed. Needs Node.js 20.19+ and npm; installs the
# pinned linters from package-lock.json. Usage: src/test/e2e/lint-openapi.sh [openapi.yaml]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
document="$(realpath "${1:-$root/openapi.yaml}")"

# shellcheck source=npm-ci.sh
source "$here/npm-ci.sh"

cd "$here"
echo "== Spectral (spectral:oas): $document"
timeout 120 node_modules/.bin/spectral lint --ruleset .spectral.yaml --fail-severity error "$document"
echo "== Redocly CLI (recommended): $document"
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
	timeout 120 node_modules/.bin/redocly lint --config redocly.yaml "$document"
echo "== openapi.yaml lints clean"
