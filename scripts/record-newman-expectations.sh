#!/usr/bin/env bash
# Records what Newman does on its own integration collections when they are
# pointed at the local echo emulation (internal/echoserver), into
# internal/conformance/testdata/newman-<version>.json, the expectations of
# TestNewmanConformance.
#
# Newman is installed into a throw-away directory outside the repository.
# The collections are read from ../shared/conformance/newman (or
# $CONFORMANCE_NEWMAN_DIR) and only rewritten copies in a temporary
# directory are run; see internal/conformance.PrepareSuite.
#
# Usage: scripts/record-newman-expectations.sh [extra record-newman flags]
#   e.g. scripts/record-newman-expectations.sh -suite whatwg-url -v
set -euo pipefail

NEWMAN_VERSION="${NEWMAN_VERSION:-6.2.2}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
suites="${CONFORMANCE_NEWMAN_DIR:-$repo/../shared/conformance/newman}"

if [ ! -d "$suites" ]; then
	echo "record-newman-expectations: suites directory $suites not found" >&2
	exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "installing newman@$NEWMAN_VERSION into $tmp" >&2
npm install --silent --no-audit --no-fund --prefix "$tmp" "newman@$NEWMAN_VERSION" >&2

cd "$repo"
go build -o "$tmp/record-newman" ./internal/conformance/cmd/record-newman
"$tmp/record-newman" \
	-newman "$tmp/node_modules/.bin/newman" \
	-version "$NEWMAN_VERSION" \
	-suites "$suites" \
	-out "$repo/internal/conformance/testdata/newman-$NEWMAN_VERSION.json" \
	"$@"
