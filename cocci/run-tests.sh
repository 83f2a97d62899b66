#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only
#
# Run put_user_page.cocci over the corpus in tests/.
#
# Patch mode: tests/NAME.c is copied to a temporary directory, patched in
# place and compared with tests/NAME.res (NAME.res == NAME.c for the sites
# that must be left alone).
#
# Report mode: lines of NAME.c marked with "/* REPORT */" hold releases
# whose direction cannot be derived.  For every case with such markers,
# "-D report" must say "set it by hand" for exactly those lines.
#
# Output is TAP; the exit status is non-zero when a test fails.

set -eu

here=$(cd "$(dirname "$0")" && pwd)
cocci=$here/put_user_page.cocci
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
echo "1..$((${#cases[@]} + ${#reports[@]}))"

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

exit $fail
