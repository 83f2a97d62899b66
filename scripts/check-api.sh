#!/bin/bash
# Check: no commit of the series accounts pins by direction while a
# direction-less release (unpin_*()) is left in its tree: such a caller
# would release a read pin as a write pin. Looked at in every commit
# base..HEAD, since the ordering bug this exists for (the switch before the
# last conversion) shows only in the commits between the two. Prints the
# call sites that remain at the switch, or at HEAD before it.
set -eu
. "$(dirname "$0")/lib.sh"

# Where a release can be: a file that has one in the base tree, or one the
# series changes (or adds).
files=$({ git -C "$KTREE" grep -lE "$OLD_RELEASES" base -- '*.c' '*.h' | sed 's/^base://'
	git -C "$KTREE" diff --name-only base..HEAD -- '*.c' '*.h'; } |
	grep -vE '^(tools|Documentation)/' | sort -u)

# The direction-less releases of commit $1 (git grep of its tree), one
# "file:line:text" per line; mm.h's own inline wrappers and struct members
# named unpin_* (ops->unpin_pages) are not calls of the API.
# git grep exits 1 when it finds nothing; anything above is an error.
sites() {
	local out rc=0
	# shellcheck disable=SC2086
	out=$(git -C "$KTREE" grep -nE "$OLD_RELEASES" "$1" -- $files) || rc=$?
	[ "$rc" -le 1 ] || die "git grep failed on commit $1 (exit $rc)"
	printf '%s\n' "$out" | sed "s/^$1://" | grep -vE '(->|\.)unpin_' |
		grep -vE '^include/linux/mm\.h:.*static inline' | grep . || true
}
# Whether commit $1 accounts by direction: gup_pin_counted() decides
# between counted and plain pins.
switched() {
	local rc=0
	git -C "$KTREE" grep -q 'gup_pin_counted' "$1" -- mm/gup.c || rc=$?
	[ "$rc" -le 1 ] || die "git grep failed on commit $1 (exit $rc)"
	return "$rc"
}

commits=$(git -C "$KTREE" rev-list --reverse base..HEAD)
[ -n "$commits" ] || die "no commits on base in $KTREE"
i=0 first=
for c in $commits; do
	i=$((i + 1))
	if [ -z "$first" ]; then
		switched "$c" || continue
		first=$i
	fi
	s=$(sites "$c")
	[ -z "$s" ] || {
		echo "$s" | head -n 20 >&2
		die "patch $i ($(git -C "$KTREE" log -1 --format=%s "$c")) accounts pins by" \
			"direction, but $(echo "$s" | grep -c .) direction-less release(s) remain in its tree"
	}
done
n=$(echo "$commits" | grep -c .)
if [ -n "$first" ]; then
	say "accounting switched on at patch $first of $n; no direction-less release left there nor after"
else
	s=$(sites HEAD)
	say "accounting not switched on yet; $(printf '%s' "$s" | grep -c . || true) direction-less release(s) left"
fi
