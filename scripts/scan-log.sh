#!/bin/bash
# Stage: fail if a guest's kernel log shows a WARN, BUG, oops, KASAN report,
# lockdep splat or panic. Usage: scan-log.sh NAME
set -eu
. "$(dirname "$0")/lib.sh"

console=$LOGS/$1.console
need_file "$console" "run the guest first"
pattern='WARNING:|BUG:|Oops|general protection fault|Kernel panic|KASAN|UBSAN|'
pattern+='possible circular locking|possible recursive locking|inconsistent lock state|'
pattern+='INFO: |suspicious RCU usage|bad unlock balance|page dumped because|Call Trace:'
# gup_test -ct dumps pages on purpose.
expected='page dumped because: gup_test: dump_pages\(\) test'
# A test may provoke a warning on purpose between two markers (the gup_pin
# KUnit suite checks that a mismatched release warns): it must be there,
# from mm/gup.c, and is not counted.
begin='gup_pin_kunit: expected warning begins' end='gup_pin_kunit: expected warning ends'
bad=$(awk -v b="$begin" -v e="$end" 'index($0, b) {r = 1; w = 0; next}
	index($0, e) {if (!w) n++; r = 0; next}
	r && /WARNING: .* at [^ ]*mm\/gup\.c/ {w = 1}
	END {print n + 0}' "$console")
[ "$bad" = 0 ] || die "kernel log of $1: an expected warning (between \"$begin\" and its end) is missing"
if awk -v b="$begin" -v e="$end" 'index($0, b) {r = 1} !r {print NR ": " $0} index($0, e) {r = 0}' "$console" |
	grep -E "$pattern" | grep -vE "$expected" | head -n 20 | tee "$LOGS/$1.splats" | grep -q .; then
	cat "$LOGS/$1.splats" >&2
	die "kernel log of $1 has a warning or crash (console: $console)"
fi
rm -f "$LOGS/$1.splats"
