#!/usr/bin/env bash
# Records what Newman does on the script conformance cases
# (testdata/scripts/cases/*.json) against the local echo emulation into
# testdata/scripts/newman-<version>.json, the expectations of
# TestScriptConformance (internal/scriptconformance).
#
# Newman is installed into a throw-away directory outside the repository
# (set NEWMAN_BIN to use an existing installation instead).
#
# Usage: scripts/record-script-expectations.sh [record-scripts flags]
#   e.g. scripts/record-script-expectations.sh -topic chai
set -euo pipefail

NEWMAN_VERSION="${NEWMAN_VERSION:-6.2.2}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

newman="${NEWMAN_BIN:-}"
if [ -z "$newman" ]; then
	echo "installing newman@$NEWMAN_VERSION into $tmp" >&2
	npm install --silent --no-audit --no-fund --prefix "$tmp" "newman@$NEWMAN_VERSION" >&2
	newman="$tmp/node_modules/.bin/newman"
fi

cd "$repo"
go build -o "$tmp/record-scripts" ./internal/scriptconformance/cmd/record-scripts
"$tmp/record-scripts" \
	-newman "$newman" \
	-version "$NEWMAN_VERSION" \
	-cases "$repo/testdata/scripts/cases" \
	-out "$repo/testdata/scripts/newman-$NEWMAN_VERSION.json" \
	-console-script "$repo/scripts/newman-console.js" \
	"$@"
