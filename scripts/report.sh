#!/bin/bash
# Stage: the short summary of a guest run: base, patches, results, the pin
# counters from /proc/vmstat, where the logs are. Usage: report.sh NAME
set -eu
. "$(dirname "$0")/lib.sh"

name=$1 cases=$LOGS/$1.cases
need_file "$cases" "collect the results of $name first"
echo
echo "Base:     $(cat "$BUILD/base/USED")"
echo "Patches:  $(git -C "$KTREE" rev-list --count base..HEAD) on base (git -C $KTREE log base..)"
echo "Kernel:   $(sed -n 's/^### GUEST \([^ ]*\).*/\1/p' "$LOGS/$name.results" | tr -d '\r')"
echo "Tests:    $(awk '{n[$3]++} END {for (k in n) printf "%s %d  ", tolower(k), n[k]}' "$cases")"
# What one GUP-fast pin did to its folio, from gup_pin_accounting's notes.
table=$(tr -d '\r' <"$LOGS/$name.results" | awk '
	/^# pinned: / {note = substr($0, 11); next}
	/^ok [0-9]+ accounting: .* GUP-fast pin$/ {
		sub(/^ok [0-9]+ accounting: /, ""); sub(/ GUP-fast pin$/, "")
		printf "          %-24s %s\n", $0, note
	}')
if [ -n "$table" ]; then
	echo "Pin accounting (one GUP-fast pin; every cell passed its exact check):"
	echo "$table"
fi
echo "Pins (/proc/vmstat after the run; acquired must equal released):"
tr -d '\r' <"$LOGS/$name.results" | sed -n 's/^### VMSTAT /          /p'
echo "Logs:     $LOGS/$name.{console,results,cases}"
