#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
#
# Run put_user_page.cocci over the corpus in tests/, in every mode.  The
# script is $COCCI; without it, the series' copy in the work tree
# ($KTREE/scripts/coccinelle/api/put_user_page.cocci, see cocci_script in
# ../scripts/lib.sh) when there is one, else ./put_user_page.cocci.
#
# For every tests/NAME.c:
#
#   patch    NAME.c is copied to a temporary directory, patched in place and
#            compared with NAME.res (NAME.res == NAME.c when nothing changes).
#   report   "-D report" from tests/ is compared line for line with
#            NAME.report; the lines of NAME.c marked "/* REPORT */" must be
#            exactly those it says "set it by hand" for.
#   context  "-D context" is compared with NAME.context (the name of the
#            temporary output file replaced by "OUT").
#   org      "-D org" is compared with NAME.org.
#
# UPDATE=1 writes the expected files of the report, context and org modes
# from what the script prints instead of checking them (review the diff).
#
# Output is TAP; the exit status is non-zero when a test fails.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${COCCI:-}" ] && [ -f "$here/../scripts/lib.sh" ]; then
	. "$here/../scripts/lib.sh"
	COCCI=$(cocci_script)
fi
cocci=${COCCI:-$here/put_user_page.cocci}
tests=$here/tests
spatch=${SPATCH:-spatch}
update=${UPDATE:-}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cases=()
for c in "$tests"/*.c; do
	cases+=("$(basename "$c" .c)")
done

echo "TAP version 13"
echo "# $cocci"
echo "1..$((${#cases[@]} * 4))"

i=0
fail=0
result() {	# name, diff file: one TAP line
	i=$((i + 1))
	if [ ! -s "$2" ]; then
		echo "ok $i $1"
	else
		echo "not ok $i $1"
		sed 's/^/# /' "$2"
		fail=1
	fi
}

# spatch in MODE on tests/NAME.c, run from tests/ so that it names NAME.c
run() {	# mode, name
	(cd "$tests" && "$spatch" --sp-file "$cocci" -D "$1" --very-quiet "$2.c" 2>&1) |
		sed 's|/tmp/cocci-output-[^ ]*|OUT|'
}

# expected file, what the script printed: the diff, or the update
check() {	# expected, got, diff
	if [ -n "$update" ]; then
		if [ -s "$2" ]; then cp "$2" "$1"; else rm -f "$1"; fi
		: >"$3"
	elif [ -f "$1" ]; then
		diff -u "$1" "$2" >"$3" || true
	else
		diff -u /dev/null "$2" >"$3" || true
	fi
}

for n in "${cases[@]}"; do
	cp "$tests/$n.c" "$tmp/$n.c"
	"$spatch" --sp-file "$cocci" -D patch --in-place --very-quiet \
		"$tmp/$n.c" >/dev/null 2>"$tmp/$n.log" || echo "spatch failed" >>"$tmp/$n.log"
	{ diff -u "$tests/$n.res" "$tmp/$n.c" && grep -iE 'error|exception|traceback|failed' "$tmp/$n.log"; } \
		>"$tmp/$n.diff" 2>&1 || true
	result "$n patch" "$tmp/$n.diff"

	run report "$n" >"$tmp/$n.report"
	check "$tests/$n.report" "$tmp/$n.report" "$tmp/$n.diff"
	want=$(grep -n 'REPORT \*/' "$tests/$n.c" | cut -d: -f1 | sort -n | tr '\n' ' ')
	got=$(grep 'set it by hand' "$tmp/$n.report" |
	      sed -n "s/^$n\.c:\([0-9]*\):.*/\1/p" | sort -nu | tr '\n' ' ')
	[ "$want" = "$got" ] ||
		printf 'lines marked REPORT: %s\nlines set by hand:   %s\n' "$want" "$got" >>"$tmp/$n.diff"
	result "$n report" "$tmp/$n.diff"

	for mode in context org; do
		run $mode "$n" >"$tmp/$n.$mode"
		check "$tests/$n.$mode" "$tmp/$n.$mode" "$tmp/$n.diff"
		result "$n $mode" "$tmp/$n.diff"
	done
done

exit $fail
