#!/bin/bash
# Stage: write the work tree's commits (base..HEAD) back into series/ as
# 'git format-patch' output. Stable: an unchanged commit exports to the same
# bytes. The cover letter keeps its hand-written subject, blurb and date;
# its shortlog, diffstat and base line are regenerated.
set -eu
. "$(dirname "$0")/lib.sh"

[ -d "$KTREE/.git" ] || die "no work tree at $KTREE: run 'make tree' first"
[ -z "$(git -C "$KTREE" status --porcelain --untracked-files=no)" ] ||
	die "$KTREE has uncommitted changes: commit them (git commit --amend / rebase -i) first"
n=$(git -C "$KTREE" rev-list --count base..HEAD)
[ "$n" -gt 0 ] || die "no commits on base in $KTREE: nothing to export"

old=$TOP/series/0000-cover-letter.patch
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The cover letter is from the author of the series, as its patches are.
GIT_COMMITTER_NAME=$(git -C "$KTREE" log -1 --format=%an) \
GIT_COMMITTER_EMAIL=$(git -C "$KTREE" log -1 --format=%ae) \
git -C "$KTREE" format-patch -q --zero-commit --no-signature --cover-letter \
	--base=base -o "$tmp" base..HEAD

if [ -f "$old" ]; then
	subject=$(sed -n 's/^Subject: \[PATCH [0-9]*\/[0-9]*\] //p' "$old" | head -n 1)
	date=$(grep -m 1 '^Date: ' "$old")
	# The blurb: after the headers, up to the shortlog ("Author (N):").
	awk 'done {next} body && /^[^ ].* \([0-9]+\):$/ {done = 1; next}
		body {print} /^$/ && !body {body = 1}' "$old" >"$tmp/blurb"
	python3 - "$tmp"/0000-cover-letter.patch "$subject" "$date" "$tmp/blurb" <<'PY'
import sys
path, subject, date, blurb = sys.argv[1:]
text = open(path).read()
text = text.replace("*** SUBJECT HERE ***", subject, 1)
text = text.replace("*** BLURB HERE ***\n\n", open(blurb).read(), 1)
head, sep, rest = text.partition("\n\n")
head = "\n".join(date if l.startswith("Date: ") else l for l in head.split("\n"))
open(path, "w").write(head + sep + rest)
PY
fi
rm -f "$TOP"/series/*.patch
cp "$tmp"/*.patch "$TOP/series/"
write_stamp
say "exported $n patches and the cover letter to series/"
