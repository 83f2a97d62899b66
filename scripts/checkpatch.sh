#!/bin/bash
# Check: every patch in series/ is checkpatch --strict clean.
set -eu
. "$(dirname "$0")/lib.sh"

bad=0
for p in "$TOP"/series/[0-9][0-9][0-9][0-9]-*.patch; do
	case $p in */0000-cover-letter.patch) continue ;; esac
	# Debian's python3 (with python3-ply) for spdxcheck.py, not a pyenv one.
	out=$(cd "$KTREE" && PATH=/usr/bin:$PATH perl scripts/checkpatch.pl --strict --terse --showfile "$p" 2>&1) || true
	total=$(echo "$out" | sed -n 's/^total: \(.*\)/\1/p')
	if echo "$out" | grep -qE '^[^ ]*:[0-9]+: (ERROR|WARNING|CHECK):'; then
		bad=$((bad + 1))
		echo "  $(basename "$p"): $total" >&2
		echo "$out" | grep -E ': (ERROR|WARNING|CHECK):' | sed 's/^/    /' >&2
	fi
done
[ "$bad" = 0 ] || die "$bad patch(es) not checkpatch --strict clean"
say "checkpatch --strict: every patch clean"
