#!/bin/bash
# Check: every patch in series/ is checkpatch --strict clean.
set -eu
. "$(dirname "$0")/lib.sh"

exceptions=$TOP/config/checkpatch-exceptions
upstream=$TOP/config/upstream-commits

bad=0
for p in "$TOP"/series/[0-9][0-9][0-9][0-9]-*.patch; do
	case $p in */0000-cover-letter.patch) continue ;; esac
	# The subject, unfolded (format-patch wraps long headers).
	subject=$(awk '/^Subject: / {s = $0; while ((getline l) > 0 && l ~ /^ /) s = s l; print s; exit}' "$p" |
		sed 's/^Subject: \[PATCH [0-9]*\/[0-9]*\] //')
	ignore=$(awk -F'\t' -v s="$subject" '$1 == s {print $2}' "$exceptions" | paste -sd, -)
	# Debian's python3 (with python3-ply) for spdxcheck.py, not a pyenv one.
	# The work tree has no upstream history: commit ids are checked against
	# config/upstream-commits below instead.
	ignore=${ignore:+$ignore,}UNKNOWN_COMMIT_ID
	out=$(cd "$KTREE" && PATH=/usr/bin:$PATH perl scripts/checkpatch.pl --strict --terse --showfile \
		--ignore "$ignore" "$p" 2>&1) || true
	total=$(echo "$out" | sed -n 's/^total: \(.*\)/\1/p')
	if echo "$out" | grep -qE '^[^ ]*:[0-9]+: (ERROR|WARNING|CHECK):'; then
		bad=$((bad + 1))
		echo "  $(basename "$p"): $total" >&2
		echo "$out" | grep -E ': (ERROR|WARNING|CHECK):' | sed 's/^/    /' >&2
	fi
done

# Every upstream commit a message names, as <id> ("<subject>") the way
# Fixes: tags and checkpatch want it, must be a listed one, subject included.
refs=$(awk 'FNR == 1 {body = 1} /^---$/ {body = 0} body' "$TOP"/series/[0-9][0-9][0-9][0-9]-*.patch | tr '\n' ' ' |
	grep -oE '\b[0-9a-f]{12,40} \("[^"]*"\)' | sort -u) || true
while read -r id subject; do
	[ -n "$id" ] || continue
	subject=${subject#(\"}; subject=${subject%\")}
	if ! awk -F'\t' -v i="${id:0:12}" -v s="$subject" '$1 == i && $2 == s {f = 1} END {exit !f}' "$upstream"; then
		echo "  commit $id (\"$subject\") is not in config/upstream-commits" >&2
		bad=$((bad + 1))
	fi
done <<<"$refs"
[ "$bad" = 0 ] || die "$bad patch(es) not checkpatch --strict clean, or naming an unlisted commit"
say "checkpatch --strict: every patch clean"
