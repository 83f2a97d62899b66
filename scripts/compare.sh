#!/bin/bash
# Stage: compare two parsed guest runs case by case (the base kernel and the
# patched kernel on the same plan). Every case the first run has must have
# the same status in the second. Usage: compare.sh BASE_NAME PATCHED_NAME
set -eu
. "$(dirname "$0")/lib.sh"

a=$LOGS/$1.cases b=$LOGS/$2.cases
need_file "$a" "collect the results of $1 first"
need_file "$b" "collect the results of $2 first"
diffs=$(awk 'NR == FNR {s[$1 " " $2] = $3; next}
	($1 " " $2) in s {if (s[$1 " " $2] != $3) print "  " $1 " #" $2 ": " s[$1 " " $2] " -> " $3; delete s[$1 " " $2]}
	END {for (k in s) print "  " k ": " s[k] " -> missing"}' "$a" "$b")
if [ -n "$diffs" ]; then
	echo "$diffs" >&2
	die "$2 does not match $1 (case: status on $1 -> on $2)"
fi
say "$2 matches $1: $(wc -l <"$a") cases, same status each"
