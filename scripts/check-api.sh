#!/bin/bash
# Check: the direction-aware accounting must not be switched on while any
# direction-less release (unpin_*()) is left in the patched tree: such a
# caller would release a read pin as a write pin. Prints the call sites
# that remain either way, so progress can be seen.
set -eu
. "$(dirname "$0")/lib.sh"

sites=$(git -C "$KTREE" grep -nE "$OLD_RELEASES" -- '*.c' '*.h' ':!tools/' ':!Documentation/' |
	grep -vE '(->|\.)unpin_' |
	grep -vE '^include/linux/mm\.h:.*static inline' || true)
n=$(printf '%s' "$sites" | grep -c . || true)
files=$(printf '%s' "$sites" | cut -d: -f1 | sort -u | grep -c . || true)

# The switch: gup_pin_counted() decides between counted and plain pins.
if git -C "$KTREE" grep -q 'gup_pin_counted' -- mm/gup.c; then
	if [ "$n" -gt 0 ]; then
		echo "$sites" | head -n 20 >&2
		die "the accounting switch is in the series but $n direction-less release(s) remain in $files file(s)"
	fi
	say "accounting switched on; no direction-less release left"
else
	say "accounting not switched on yet; $n direction-less release(s) left in $files file(s)"
fi
