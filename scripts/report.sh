#!/bin/bash
# Stage: the short summary of a guest run: base, patches, results, the pin
# counters from /proc/vmstat, where the logs are. Usage: report.sh NAME
set -eu
. "$(dirname "$0")/lib.sh"

name=$1 cases=$LOGS/$1.cases
need_file "$cases" "collect the results of $name first"
echo
echo "Base:     $(cat "$BUILD/base/USED")"
echo "Patches:  $(git -C "$KTREE" rev-list --count base..HEAD) on base"
git -C "$KTREE" log --reverse --format='          %s' base..HEAD
echo "Kernel:   $(sed -n 's/^### GUEST \([^ ]*\).*/\1/p' "$LOGS/$name.results" | tr -d '\r')"
echo "Tests:    $(awk '{n[$3]++} END {for (k in n) printf "%s %d  ", tolower(k), n[k]}' "$cases")"
echo "Pins (/proc/vmstat after the run; acquired must equal released):"
tr -d '\r' <"$LOGS/$name.results" | sed -n 's/^### VMSTAT /          /p'
echo "Logs:     $LOGS/$name.{console,results,cases}"
