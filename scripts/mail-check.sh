#!/bin/bash
# Check: series/ as reviewers receive it. The cover letter and the patches
# become one mbox thread, with the Message-ID, In-Reply-To and References
# headers that git send-email adds (every patch a reply to the cover
# letter). 'b4 am' must take the whole series from it: every patch, in
# order, none missing, the base-commit of the cover letter known to the
# work tree. 'git am' of what b4 wrote, on that base, must then give the
# work tree's HEAD tree exactly.
# Usage: mail-check.sh
set -eu
. "$(dirname "$0")/lib.sh"

command -v b4 >/dev/null || die "b4 is missing: 'make deps' installs it"
tmp=$(mktemp -d)
wt=$tmp/tree
cleanup() {
	git -C "$KTREE" worktree remove --force "$wt" 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT

cover=$TOP/series/0000-cover-letter.patch
[ -f "$cover" ] || die "series/ has no cover letter"
n=$(find "$TOP/series" -name '[0-9][0-9][0-9][0-9]-*.patch' ! -name '0000-*' | wc -l)
msgid() { echo "<${1%%-*}.put-user-page@localhost>"; }
root=$(msgid 0000)

# The headers go after the last header line of each message (before the
# first empty line). Headers are unfolded (RFC 5322 2.2.3: no header's
# value changes): b4 0.12 reads a local mbox with Python's compat32 parser
# and then fails to copy a folded Subject: into the message it writes.
for p in "$cover" $(find "$TOP/series" -name '[0-9][0-9][0-9][0-9]-*.patch' ! -name '0000-*' | sort); do
	id=$(msgid "$(basename "$p")")
	extra="Message-ID: $id"
	[ "$id" = "$root" ] || extra="$extra"$'\n'"In-Reply-To: $root"$'\n'"References: $root"
	awk -v extra="$extra" '
	done { print; next }
	/^$/ { if (h != "") print h; print extra; print; done = 1; next }
	/^[ \t]/ && h != "" { h = h $0; next }
	{ if (h != "") print h; h = $0 }' "$p"
done >"$tmp/series.mbox"

mkdir -p "$tmp/out"
(cd "$KTREE" && b4 am -C -m "$tmp/series.mbox" -o "$tmp/out" "${root:1:-1}") >"$tmp/b4.log" 2>&1 ||
	{ cat "$tmp/b4.log" >&2; die "b4 am failed on the series"; }
mbx=$(find "$tmp/out" -name '*.mbx')
[ "$(echo "$mbx" | grep -c .)" = 1 ] || { cat "$tmp/b4.log" >&2; die "b4 am wrote no single .mbx"; }
got=$(grep -c '^Subject: \[PATCH' "$mbx" || true)
[ "$got" = "$n" ] || { cat "$tmp/b4.log" >&2; die "b4 am took $got of the $n patches"; }
if grep -qiE 'missing|ERROR|WARNING' "$tmp/b4.log"; then
	cat "$tmp/b4.log" >&2
	die "b4 am reports a problem with the series"
fi
# b4 names the base from the cover letter's base-commit: line.
basec=$(sed -n 's/^base-commit: //p' "$cover")
[ -n "$basec" ] || die "the cover letter has no base-commit: line"
git -C "$KTREE" cat-file -e "$basec^{commit}" 2>/dev/null ||
	die "base-commit $basec of the cover letter is not in $KTREE"

git -C "$KTREE" worktree add -q --detach "$wt" "$basec"
git -C "$wt" -c user.name=mail-check -c user.email=mail-check@localhost am -q "$mbx" >"$tmp/am.log" 2>&1 ||
	{ cat "$tmp/am.log" >&2; die "git am of b4's mbox does not apply on $basec"; }
[ "$(git -C "$wt" rev-parse 'HEAD^{tree}')" = "$(git -C "$KTREE" rev-parse 'HEAD^{tree}')" ] ||
	die "b4 am + git am give another tree than the work tree's HEAD"
grep -E "^ *(Base|Applying|git checkout)" "$tmp/b4.log" | sed "s/^ */    /" || true
say "b4 am took the $n patches and the cover letter from one mbox thread; git am of its output gives the work tree's tree"
