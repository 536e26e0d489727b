#!/usr/bin/env bash
# Compare runner with Newman 6.2.2 on the same 1,000-request collection (two
# pm.test JSON assertions per request) against the same local echo server:
# wall time and peak memory (GNU time's maximum resident set size).
# Newman is installed into a temporary folder, never into the project.
# Usage: scripts/compare-newman.sh [requests]
set -euo pipefail
n="${1:-1000}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'kill "${echo_pid:-0}" 2>/dev/null || true; rm -rf "$tmp"' EXIT
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }

cd "$repo"
go build -o "$tmp/runner" ./cmd/runner
go build -o "$tmp/echoservers" ./internal/conformance/cmd/echoservers
"$tmp/echoservers" > "$tmp/echo.out" 2>&1 &
echo_pid=$!
for _ in $(seq 50); do grep -q '^echo' "$tmp/echo.out" 2>/dev/null && break; sleep 0.1; done
addr="$(awk '/^echo/{print $NF}' "$tmp/echo.out")"

{
  printf '{"info":{"name":"compare","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":['
  for i in $(seq 0 $((n - 1))); do
    [ "$i" -gt 0 ] && printf ','
    printf '{"name":"request %d","request":{"method":"GET","url":"http://%s/get?i=%d"},' "$i" "$addr" "$i"
    printf '"event":[{"listen":"test","script":{"exec":["var body = pm.response.json();","pm.test(\\"status is 200\\", function () { pm.response.to.have.status(200); });","pm.test(\\"arg echoed\\", function () { pm.expect(body.args).to.have.property(\\"i\\").that.is.a(\\"string\\"); });"]}}]}'
  done
  printf ']}\n'
} > "$tmp/collection.json"

echo "installing newman@6.2.2 into a temporary folder..."
npm install --silent --prefix "$tmp/npm" newman@6.2.2 >/dev/null 2>&1

measure() {
  /usr/bin/time -f '%e s, %M kB peak RSS' "$@" > /dev/null 2> "$tmp/time.txt" || true
  tail -1 "$tmp/time.txt"
}
echo "runner, $n requests: $(measure "$tmp/runner" run "$tmp/collection.json" --silent)"
echo "newman, $n requests: $(measure "$tmp/npm/node_modules/.bin/newman" run "$tmp/collection.json" --silent)"
