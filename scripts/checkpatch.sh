#!/bin/bash
# Check: every patch in series/ is checkpatch --strict clean.
set -eu
. "$(dirname "$0")/lib.sh"

exceptions=$TOP/config/checkpatch-exceptions

bad=0
for p in "$TOP"/series/[0-9][0-9][0-9][0-9]-*.patch; do
	case $p in */0000-cover-letter.patch) continue ;; esac
	# The subject, unfolded (format-patch wraps long headers).
	subject=$(awk '/^Subject: / {s = $0; while ((getline l) > 0 && l ~ /^ /) s = s l; print s; exit}' "$p" |
		sed 's/^Subject: \[PATCH [0-9]*\/[0-9]*\] //')
	ignore=$(awk -F'\t' -v s="$subject" '$1 == s {print $2}' "$exceptions" | paste -sd, -)
	# Debian's python3 (with python3-ply) for spdxcheck.py, not a pyenv one.
	out=$(cd "$KTREE" && PATH=/usr/bin:$PATH perl scripts/checkpatch.pl --strict --terse --showfile \
		${ignore:+--ignore "$ignore"} "$p" 2>&1) || true
	total=$(echo "$out" | sed -n 's/^total: \(.*\)/\1/p')
	if echo "$out" | grep -qE '^[^ ]*:[0-9]+: (ERROR|WARNING|CHECK):'; then
		bad=$((bad + 1))
		echo "  $(basename "$p"): $total" >&2
		echo "$out" | grep -E ': (ERROR|WARNING|CHECK):' | sed 's/^/    /' >&2
	fi
done
[ "$bad" = 0 ] || die "$bad patch(es) not checkpatch --strict clean"
say "checkpatch --strict: every patch clean"
