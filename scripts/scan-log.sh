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
if grep -nE "$pattern" "$console" | grep -vE "$expected" | head -n 20 | tee "$LOGS/$1.splats" | grep -q .; then
	cat "$LOGS/$1.splats" >&2
	die "kernel log of $1 has a warning or crash (console: $console)"
fi
rm -f "$LOGS/$1.splats"
