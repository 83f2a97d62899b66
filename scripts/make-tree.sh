#!/bin/bash
# Stage: make the kernel work tree $KTREE: the base as one commit tagged
# "base", then series/ applied as commits; and $BASE_TREE, a worktree of
# "base" for the unpatched kernel.
#
# An existing tree is kept while it has commits not yet exported to series/;
# it is re-made from series/ when series/ changed and the tree has no
# commits of its own.
set -eu
. "$(dirname "$0")/lib.sh"

stamp=$(stamp_file)

apply_series() {
	local opts=
	grep -q "^$BASE_PACKAGE=$BASE_VERSION\$" "$BUILD/base/USED" || opts=-3
	# shellcheck disable=SC2086
	# A failure must stop here: callers run this in an || list, where
	# set -e does not apply.
	"$TOP/scripts/am-series.sh" "$KTREE" $opts || return 1
	write_stamp
}

if [ -d "$KTREE/.git" ]; then
	if [ "$(head -n 1 "$stamp" 2>/dev/null)" = "$(series_sum)" ]; then
		exit 0
	elif [ "$(tail -n 1 "$stamp" 2>/dev/null)" != "$(git -C "$KTREE" rev-parse HEAD)" ] ||
	     [ -n "$(git -C "$KTREE" status --porcelain --untracked-files=no)" ]; then
		warn "$KTREE has work not in series/ and series/ changed too: using the tree as it is.
!!! Export it ('make export') or remove $KTREE to start again from series/."
		exit 0
	fi
	say "series/ changed: re-applying it on base"
	git -C "$KTREE" reset -q --hard base
	# The tree is at base now: until series/ applies, the stamp says so, so
	# that the next run applies it again (the old stamp would have the tree
	# taken for work of its own, or for up to date once series/ is back).
	{ echo none; git -C "$KTREE" rev-parse HEAD; } >"$stamp"
	apply_series
	exit 0
fi

"$TOP/scripts/fetch-base.sh"
avail=$(df -Pk "$BUILD" | awk 'NR==2 {print int($4/1048576)}')
[ "$avail" -ge 12 ] || die "only ${avail} GiB free under $BUILD; the trees and builds need 12 GiB"

say "extracting $(cat "$BUILD/base/USED") into $KTREE"
tmp=$BUILD/linux.tmp
rm -rf "$tmp" && mkdir -p "$tmp"
tar -xJf "$BUILD/base/linux-source-6.12.tar.xz" -C "$tmp" --strip-components=1 ||
	die "could not extract $BUILD/base/linux-source-6.12.tar.xz"
version=$(make -s -C "$tmp" kernelversion)
(
	cd "$tmp"
	git init -q
	git config core.autocrlf false
	git config gc.auto 0	# a kernel-sized auto gc would stall the pipeline
	# Commits made in the tree are the person's running this (see lib.sh).
	git config user.name "$PUP_NAME"
	git config user.email "$PUP_EMAIL"
	# Debian's tarball carries a top-level .gitignore that ignores everything
	# at the top level: force-add.
	git add -f -A
	# The base commit is the same on every machine (the cover letter names
	# it as base-commit): fixed identity and dates.
	GIT_AUTHOR_NAME=$PUP_PLACEHOLDER_NAME GIT_AUTHOR_EMAIL=$PUP_PLACEHOLDER_EMAIL \
	GIT_COMMITTER_NAME=$PUP_PLACEHOLDER_NAME GIT_COMMITTER_EMAIL=$PUP_PLACEHOLDER_EMAIL \
	GIT_AUTHOR_DATE="2000-01-01T00:00:00Z" GIT_COMMITTER_DATE="2000-01-01T00:00:00Z" \
		git commit -q -m "Linux $version ($(cat "$BUILD/base/USED"))"
	git tag base
)
rm -rf "$KTREE" "$BASE_TREE"
mv "$tmp" "$KTREE"
git -C "$KTREE" worktree prune
git -C "$KTREE" worktree add -q --detach "$BASE_TREE" base
say "applying series/"
apply_series || { rm -rf "$KTREE" "$BASE_TREE"; exit 1; }
say "work tree ready: $KTREE ($(git -C "$KTREE" rev-list --count base..HEAD) patches on base)"
