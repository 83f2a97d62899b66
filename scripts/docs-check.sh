#!/bin/bash
# Check: the documentation the series touches builds with Debian's Sphinx
# (make SPHINXDIRS=core-api htmldocs) without a warning from its files.
set -eu
. "$(dirname "$0")/lib.sh"

obj=$BUILD/obj-docs log=$LOGS/htmldocs.log
mkdir -p "$obj" "$LOGS"
docs=$(git -C "$KTREE" diff --name-only base..HEAD -- Documentation/core-api/ |
	sed -n 's|^Documentation/core-api/\(.*\)\.rst$|\1|p')
[ -n "$docs" ] || { say "no core-api document touched"; exit 0; }

# Debian's python3 and sphinx-build, not a pyenv python3 without Sphinx.
if ! PATH=/usr/bin:$PATH make -s -C "$KTREE" O="$obj" SPHINXDIRS=core-api htmldocs >"$log" 2>&1; then
	tail -n 20 "$log" >&2
	die "htmldocs failed (log: $log)"
fi
warnings=$(for d in $docs; do grep -E "core-api/$d\.rst.*(WARNING|ERROR)" "$log" || true; done)
[ -z "$warnings" ] || { echo "$warnings" >&2; die "Sphinx warns about the series' documentation (log: $log)"; }
say "htmldocs (core-api): no warning from $(echo "$docs" | sed 's/$/.rst/' | tr '\n' ' ')"
