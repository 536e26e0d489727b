#!/usr/bin/env bash
# Fresh-machine check: clone this repository into a temporary folder (with a
# copy of ../shared beside it when there is one, as CI has) and run the two
# set-up commands exactly as README.md writes them. Exits non-zero when
# either fails or when README.md no longer contains them.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The commands, read from README.md's "The two commands" section: the first
# and second ```sh blocks after that heading.
mapfile -t cmds < <(awk '/^## The two commands/{s=1} s&&/^```sh/{b=1;next} s&&b&&/^```/{b=0;n++; if(n==2) exit; next} s&&b{print}' "$repo/README.md")
if [ "${#cmds[@]}" -ne 2 ]; then
  echo "fresh-clone-check: expected two commands in README.md's 'The two commands' section, found: ${cmds[*]:-none}" >&2
  exit 1
fi

git clone -q "$repo" "$tmp/main"
if [ -d "$repo/../shared" ]; then
  ln -s "$(cd "$repo/../shared" && pwd)" "$tmp/shared"
fi
cd "$tmp/main"
for c in "${cmds[@]}"; do
  echo "== $c"
  bash -c "$c"
done
echo "fresh-clone-check: both README commands passed in a fresh clone"
