#!/bin/bash
# Check: each commit of the series builds on its own (bisectable). Builds
# every commit base..HEAD of the work tree in turn, incrementally, in a
# worktree of its own ($BUILD/linux-bisect) with the test config.
set -eu
. "$(dirname "$0")/lib.sh"

wt=$BUILD/linux-bisect
if [ ! -d "$wt" ]; then
	git -C "$KTREE" worktree prune
	git -C "$KTREE" worktree add -q --detach "$wt" base
fi
commits=$(git -C "$KTREE" rev-list --reverse base..HEAD)
n=$(echo "$commits" | grep -c . || true)
i=0
for c in $commits; do
	i=$((i + 1))
	subject=$(git -C "$KTREE" log -1 --format=%s "$c")
	say "bisect build $i/$n: $subject"
	git -C "$wt" checkout -q --detach "$c"
	"$TOP/scripts/build-kernel.sh" "$wt" "$BUILD/obj-bisect" "$TOP/config/test.config" >/dev/null ||
		die "patch $i/$n does not build: $subject"
done
say "all $n commits build"
