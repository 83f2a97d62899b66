#!/bin/bash
# Apply series/ to a git tree with 'git am' and name the patch and file on failure.
# Usage: am-series.sh KTREE [extra git-am options]
# On failure the tree is put back where it was and the exit status is 1.
set -eu
. "$(dirname "$0")/lib.sh"

tree=$1; shift
patches=$(ls "$TOP"/series/[0-9][0-9][0-9][0-9]-*.patch 2>/dev/null | grep -v /0000-cover-letter.patch || true)
[ -n "$patches" ] || { say "series/ has no patches"; exit 0; }

head=$(git -C "$tree" rev-parse HEAD)
log=$(mktemp)
# shellcheck disable=SC2086
if git -C "$tree" am -q --keep-cr "$@" $patches >"$log" 2>&1; then
	rm -f "$log"
	exit 0
fi
failed=$(sed -n 's/^Patch failed at \([0-9]*\) \(.*\)/\1 \2/p' "$log" | head -n 1)
file=$(sed -n 's/^error: patch failed: \(.*\):[0-9]*$/\1/p; s/^error: \(.*\): does not exist in index$/\1/p' "$log" | head -n 1)
cat "$log" >&2
git -C "$tree" am --abort >/dev/null 2>&1 || true
git -C "$tree" reset -q --hard "$head"
rm -f "$log"
die "patch ${failed:-?} does not apply${file:+ (at $file)} on $(git -C "$tree" describe --always --tags "$head")"
