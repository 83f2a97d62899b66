#!/bin/bash
# Stage: fail if a guest's kernel log shows a WARN, BUG, oops, KASAN report,
# lockdep splat or panic. Usage: scan-log.sh NAME
set -eu
. "$(dirname "$0")/lib.sh"

console=$LOGS/$1.console
need_file "$console" "run the guest first"
pattern='WARNING:|BUG:|kernel BUG at|BUG [^ :]+ \(|Oops|Unable to handle|general protection fault|Kernel panic|KASAN|UBSAN|'
pattern+='possible circular locking|possible recursive locking|inconsistent lock state|'
pattern+='INFO: |suspicious RCU usage|bad unlock balance|page dumped because|Call Trace:'
# gup_test -ct dumps pages on purpose.
expected='page dumped because: gup_test: dump_pages\(\) test'
# The gup_pin KUnit suite provokes a refused pin release on purpose, between
# two markers; mm/gup.c reports the first one of a boot with the folio and
# the stack. Only those two lines of that report are allowed there: any
# other warning, oops or splat between the markers counts as one.
begin='gup_pin_kunit: refused release begins' end='gup_pin_kunit: refused release ends'
refused='page dumped because: pin release refused|Call Trace:'
# With ALLOC_REPORTS_OK=1 (check-reclaim, which drives a small guest past
# its RAM on purpose): the page allocator's reports of an allocation that
# failed where it may fail, or that stalled (10 s of the guest's clock,
# which under -icount leaps over the host's disk waits), are shown, not
# failed on. Only such a report's first line and its own stack are let
# through; any WARN, BUG or splat still fails.
alloc='page allocation (failure|stalls for)'
reports=$(grep -E "$alloc" "$console" || true)
if [ "${ALLOC_REPORTS_OK:-0}" = 1 ] && [ -n "$reports" ]; then
	warn "$1: the page allocator reported under memory pressure (allowed here):
$(head -n 5 <<<"$reports")"
else
	alloc='^$'
fi
if awk -v b="$begin" -v e="$end" -v ok="$refused" -v alloc="$alloc" '
	index($0, b) {r = 1; next}
	index($0, e) {r = 0; next}
	$0 ~ alloc {a = NR; next}
	a && NR - a <= 4 && /Call Trace:/ {a = 0; next}
	!(r && $0 ~ ok) {print NR ": " $0}' "$console" |
	grep -E "$pattern" | grep -vE "$expected" | head -n 20 | tee "$LOGS/$1.splats" | grep -q .; then
	cat "$LOGS/$1.splats" >&2
	die "kernel log of $1 has a warning or crash (console: $console)"
fi
rm -f "$LOGS/$1.splats"
