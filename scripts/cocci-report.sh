#!/bin/bash
# Check: put_user_page.cocci (see cocci_script in lib.sh) in report mode over
# the files that hold direction-less releases in the base tree: on the base it
# must name the sites, those patch mode converts and those it leaves for a
# person; on the patched tree, where every caller is converted, none.
set -eu
. "$(dirname "$0")/lib.sh"

cocci=$(cocci_script)
files=$(git -C "$BASE_TREE" grep -lE "$OLD_RELEASES" -- '*.c' '*.h' ':!tools/' ':!Documentation/' \
	':!mm/gup.c' ':!include/linux/mm.h')

report() {	# tree -> report lines; a failing spatch stops the check
	local f
	for f in $files; do
		[ -f "$1/$f" ] || continue
		(cd "$1" && spatch --sp-file "$cocci" -D report --very-quiet \
			--no-includes --include-headers "$f" 2>"$LOGS/cocci-report.err") ||
			{ cat "$LOGS/cocci-report.err" >&2; die "spatch failed on $1/$f"; }
	done
}

mkdir -p "$LOGS"
report "$BASE_TREE" >"$LOGS/cocci-report-base.txt"
report "$KTREE" >"$LOGS/cocci-report-patched.txt"
nb=$(grep -c . "$LOGS/cocci-report-base.txt" || true)
np=$(grep -c . "$LOGS/cocci-report-patched.txt" || true)
nc=$(grep -c ') -> ' "$LOGS/cocci-report-base.txt" || true)
say "report mode on $(echo "$files" | wc -w) files: $nb site(s) named on the base tree" \
	"($nc converted by patch mode, $((nb - nc)) left for a person), $np on the patched tree"
[ "$nb" -gt 0 ] || die "report mode lists nothing on the base tree: the script finds nothing"
[ "$np" = 0 ] || { cat "$LOGS/cocci-report-patched.txt" >&2; die "report mode lists sites on the patched tree"; }
