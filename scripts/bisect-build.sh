#!/bin/bash
# Check: each commit of the series builds and boots on its own (bisectable).
# Builds every commit base..HEAD of the work tree in turn, incrementally, in
# a worktree of its own ($BUILD/linux-bisect) with config/boot.config (a
# small kernel: GUP, gup_test, DEBUG_VM), and boots each build on
# guest/plans/boot.plan (gup_test pins and releases).
set -eu
. "$(dirname "$0")/lib.sh"

wt=$BUILD/linux-bisect
scratch_worktree "$wt"
obj=$BUILD/obj-bisect
# The guest programs come from the work tree, built once per run.
rm -f "$obj/initramfs.cpio.gz"

# Whether commit $1 touches anything the boot config compiles: a Kconfig or
# Makefile, a .c file whose object the last build made, or a header one of
# its objects depends on (kbuild records the dependencies in the .cmd
# files). A commit that does not (code the config leaves out) cannot
# break this build; its objects are compiled by the compile checks instead.
builds_here() {
	local f
	for f in $(git -C "$KTREE" diff-tree --no-commit-id --name-only -r "$1"); do
		case $f in
		tools/*|Documentation/*) ;;
		*Kconfig*|*Makefile*|*.S|*.lds*) return 0 ;;
		*.c) [ -e "$obj/${f%.c}.o" ] && return 0 ;;
		*.h) grep -rqsF --include='*.cmd' "/$f" "$obj" && return 0 ;;
		esac
	done
	return 1
}

commits=$(git -C "$KTREE" rev-list --reverse base..HEAD)
n=$(echo "$commits" | grep -c . || true)
i=0 built=0
for c in $commits; do
	i=$((i + 1))
	subject=$(git -C "$KTREE" log -1 --format=%s "$c")
	if [ -f "$obj/arch/x86/boot/bzImage" ] && ! builds_here "$c"; then
		say "bisect $i/$n: $subject: not in the boot config, skipped"
		continue
	fi
	say "bisect build $i/$n: $subject"
	git -C "$wt" checkout -q --detach "$c"
	"$TOP/scripts/build-kernel.sh" "$wt" "$obj" "$TOP/config/boot.config" >/dev/null ||
		die "patch $i/$n does not build: $subject"
	[ -f "$obj/initramfs.cpio.gz" ] ||
		"$TOP/scripts/build-initramfs.sh" "$KTREE" "$obj" boot >/dev/null
	name=bisect-$(printf '%02d' "$i")
	{ BOOT_TIMEOUT=300 "$TOP/scripts/boot.sh" "$obj" boot "$name" &&
		"$TOP/scripts/collect-results.sh" "$name" && "$TOP/scripts/scan-log.sh" "$name"; } >/dev/null ||
		die "patch $i/$n does not boot and pin: $subject (logs: $LOGS/$name.*)"
	built=$((built + 1))
done
say "all $n commits build; $built built and booted with the boot config, the rest touch nothing it compiles"
