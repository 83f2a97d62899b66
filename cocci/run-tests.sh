#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
#
# Run put_user_page.cocci over the corpus in tests/: the series' copy in the
# work tree ($KTREE/scripts/coccinelle/api/put_user_page.cocci, see
# cocci_script in scripts/lib.sh); COCCI=file runs another one.
#
# Patch mode: tests/NAME.c is copied to a temporary directory, patched in
# place and compared with tests/NAME.res (NAME.res == NAME.c for the sites
# that must be left alone).
#
# Report mode: lines of NAME.c marked with "/* REPORT */" hold releases
# whose direction cannot be derived.  For every case with such markers,
# "-D report" must say "set it by hand" for exactly those lines.
#
# Context and org mode: spatch runs over the whole corpus without an error.
#
# Output is TAP; the exit status is non-zero when a test fails.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
. "$here/../scripts/lib.sh"
cocci=${COCCI:-$(cocci_script)}
tests=$here/tests
spatch=${SPATCH:-spatch}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cases=()
for c in "$tests"/*.c; do
	cases+=("$(basename "$c" .c)")
done
reports=()
for n in "${cases[@]}"; do
	if grep -q 'REPORT \*/' "$tests/$n.c"; then
		reports+=("$n")
	fi
done

echo "TAP version 13"
echo "# $cocci"
echo "1..$((${#cases[@]} + ${#reports[@]} + 2))"

i=0
fail=0
for n in "${cases[@]}"; do
	i=$((i + 1))
	cp "$tests/$n.c" "$tmp/$n.c"
	if "$spatch" --sp-file "$cocci" -D patch --in-place --very-quiet \
		"$tmp/$n.c" >"$tmp/$n.log" 2>&1 &&
	   diff -u "$tests/$n.res" "$tmp/$n.c" >"$tmp/$n.diff"; then
		echo "ok $i $n"
	else
		echo "not ok $i $n"
		sed 's/^/# /' "$tmp/$n.log" "$tmp/$n.diff"
		fail=1
	fi
done

for n in "${reports[@]}"; do
	i=$((i + 1))
	cp "$tests/$n.c" "$tmp/report-$n.c"
	want=$(grep -n 'REPORT \*/' "$tests/$n.c" | cut -d: -f1 | sort -n | tr '\n' ' ')
	if (cd "$tmp" && "$spatch" --sp-file "$cocci" -D report --very-quiet \
		"report-$n.c") >"$tmp/$n.report" 2>&1; then
		got=$(grep 'set it by hand' "$tmp/$n.report" |
		      sed -n "s/^report-$n\.c:\([0-9]*\):.*/\1/p" | sort -nu | tr '\n' ' ')
	else
		got="spatch failed"
	fi
	if [ "$want" = "$got" ]; then
		echo "ok $i $n report"
	else
		echo "not ok $i $n report"
		echo "# wanted lines: $want"
		echo "# got lines:    $got"
		sed 's/^/# /' "$tmp/$n.report"
		fail=1
	fi
done

for mode in context org; do
	i=$((i + 1))
	if (cd "$tests" && "$spatch" --sp-file "$cocci" -D "$mode" --very-quiet \
		--dir .) >"$tmp/$mode.out" 2>"$tmp/$mode.err" &&
	   ! grep -qiE 'error|exception|traceback' "$tmp/$mode.err"; then
		echo "ok $i $mode mode"
	else
		echo "not ok $i $mode mode"
		sed 's/^/# /' "$tmp/$mode.err"
		fail=1
	fi
done

exit $fail
