#!/bin/bash
# Run 'make check-NAME' for each NAME given, go on after a failure, and end
# with a table and the line "N passed, N failed". Exit 1 if any failed.
set -u
. "$(dirname "$0")/lib.sh"

mkdir -p "$LOGS"
# What a check may reuse of this run: results newer than this file.
export PUP_RUN_START=$LOGS/run-start
touch "$PUP_RUN_START"
summary=$LOGS/check-summary.txt
: >"$summary"
pass=0 fail=0
for c in "$@"; do
	say "check $c"
	start=$(date +%s)
	if make -s -C "$TOP" "check-$c" 2>&1 | tee "$LOGS/check-$c.log"; [ "${PIPESTATUS[0]}" = 0 ]; then
		r=PASS pass=$((pass + 1))
	else
		r=FAIL fail=$((fail + 1))
	fi
	printf '%-6s %-22s %5ss  %s\n' "$r" "$c" "$(($(date +%s) - start))" "$LOGS/check-$c.log" >>"$summary"
done
echo
echo "Summary (base: $(cat "$BUILD/base/USED" 2>/dev/null || echo unknown);" \
	"$(git -C "$KTREE" rev-list --count base..HEAD 2>/dev/null || echo 0) patches):"
cat "$summary"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
