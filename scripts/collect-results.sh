#!/bin/bash
# Stage: parse one guest run with the kernel's own KTAP parser.
# Usage: collect-results.sh NAME
# Reads $LOGS/NAME.results (framed selftest output) and $LOGS/NAME.console
# (KUnit output in the kernel log); writes $LOGS/NAME.cases, one line per
# test case: "<section> <number> <STATUS> <name>", and prints one summary
# line per section. Exits 1 if any case failed, crashed or went missing,
# or a setup step of the guest failed.
set -eu
. "$(dirname "$0")/lib.sh"

name=$1
results=$LOGS/$name.results console=$LOGS/$name.console cases=$LOGS/$name.cases
work=$LOGS/$name.parsed
kunit_py=$KTREE/tools/testing/kunit/kunit.py
need_file "$results" "run the guest first"
rm -rf "$work" && mkdir -p "$work"
: >"$cases"

# kselftest prints "ok 7 # SKIP reason" (no test name); kunit.py parse only
# takes the directive after a name: move it there. XFAIL becomes PASS for the
# parser; the kselftest totals line still counts it.
normalize() { sed -E 's/^(ok|not ok) ([0-9]+) # (SKIP|XFAIL|XPASS) ?(.*)$/\1 \2 \4 # \3/'; }

flatten() {	# JSON from kunit.py parse -> "section number STATUS name"
	python3 - "$1" "$2" <<'PY'
import json, sys
def walk(t, prefix):
    for i, c in enumerate(t.get("test_cases", []), 1):
        print(f"{prefix} {i} {c['status']} {c['name'] or '-'}")
    for g in t.get("sub_groups", []):
        walk(g, f"{prefix}/{g['name']}")
walk(json.load(open(sys.argv[1])), sys.argv[2])
PY
}

parse_one() {	# section tap-file rc
	local section=$1 tap=$2 rc=$3 totals counts
	python3 "$kunit_py" parse --json="$work/$section.json" "$tap" >"$work/$section.parse" 2>&1 || true
	[ -s "$work/$section.json" ] || { echo "$section 0 CRASHED no-ktap-output" >>"$cases"; }
	[ -s "$work/$section.json" ] && flatten "$work/$section.json" "$section" >>"$cases"
	[ "$rc" = 0 ] || echo "$section 0 FAILURE exit-status-$rc" >>"$cases"
	counts=$(awk -v s="$section" '$1 == s || index($1, s "/") == 1 {n[$3]++} END {for (k in n) printf "%s:%d ", tolower(k), n[k]}' "$cases")
	totals=$(grep -m 1 '^# Totals:' "$tap" | sed 's/^# Totals: //' || true)
	printf '  %-16s %s%s\n' "$section" "$counts" "${totals:+ (kselftest: $totals)}"
}

say "results of $name (kunit.py parse; log $results)"
# The serial ports give CRLF line ends.
tr -d '\r' <"$results" >"$work/results"
tr -d '\r' <"$console" >"$work/console"
results=$work/results console=$work/console
ids=$(sed -n 's/^### BEGIN \([^ ]*\) .*/\1/p' "$results")
for id in $ids; do
	awk -v id="$id" '$1 == "###" && $2 == "BEGIN" && $3 == id {f = 1; next}
	     $1 == "###" && $2 == "END" && f {exit} f' "$results" | normalize >"$work/$id.tap"
	rc=$(sed -n "s/^### END $id rc=\([0-9]*\)/\1/p" "$results")
	parse_one "$id" "$work/$id.tap" "${rc:-missing}"
done
if grep -q 'KTAP version 1' "$console" && ! grep -q '^\[ *[0-9.]*\] 1\.\.0$' "$console"; then
	parse_one kunit "$console" 0
fi
awk '$3 == "SKIP" {s = $1 " #" $2 ":"; $1 = $2 = $3 = ""; print "  skipped " s $0}' "$cases" | tr -s ' ' 
# A setup step of guest/init or of a plan that failed (the swap file, the
# fsdax mounts) would turn tests into skips: it fails the run.
grep -h '^### SETUP' "$results" | sed 's/^### /  /' | grep . && echo "guest SETUP 0 FAILURE setup" >>"$cases"
! grep -qvE '^[^ ]+ [0-9]+ (PASS|SKIP) ' "$cases"
