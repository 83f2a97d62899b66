#!/bin/bash
# Stage: build the selftests the given plans name, statically, from SRC's
# tools/testing/selftests/mm against OBJ's uapi headers, and pack them with
# busybox-static, guest/init and those plans into OBJ/initramfs.cpio.gz.
# Usage: build-initramfs.sh SRC OBJ PLAN...
# A PLAN is a name in guest/plans/ or the path of a .plan file; a command a
# plan names that is not an mm selftest is the harness's own program
# guest/CMD.c, if there is one (built the same way, with SRC's mm/ on the
# include path for mm/gup_test.h), else a busybox applet.
# ARCH=i386 (as for build-kernel.sh): a 32-bit guest. The selftests are
# built with gcc -m32, and /init is guest/init32.c, a static 32-bit C
# program, since the host's busybox-static is 64-bit; no busybox applets.
set -eu
. "$(dirname "$0")/lib.sh"

src=$(realpath "$1") obj=$(realpath -m "$2"); shift 2
plans=$(for p in "$@"; do
	case $p in */*) realpath "$p" ;; *) echo "$TOP/guest/plans/$p.plan" ;; esac
done)
out=$obj/selftests
root=$obj/initramfs
log=$LOGS/selftests-$(basename "$obj").log
arch=${ARCH:-x86_64}
case $arch in
x86_64) cc=() gcc=(gcc) ; need_file /bin/busybox "install busybox-static (make deps)" ;;
# The uapi headers of OBJ give the i386 <asm/...> (no gcc-multilib symlink).
i386) cc=(CC="gcc -m32") gcc=(gcc -m32) ;;
*) die "ARCH=$arch: no guest userspace for it (x86_64 or i386)" ;;
esac
mkdir -p "$out" "$LOGS"
: >"$log"

tests='' progs=''
# shellcheck disable=SC2086
for t in $(cat $plans | awk '!/^#/ && NF > 1 {print $2}' | sort -u); do
	if [ -f "$src/tools/testing/selftests/mm/$t.c" ]; then tests="$tests $t"
	elif [ -f "$TOP/guest/$t.c" ]; then progs="$progs $t"; fi
done
targets=$(for t in $tests; do printf '%s/%s ' "$out" "$t"; done)
say "building selftests ($(echo $tests)) for $(basename "$obj")"
# shellcheck disable=SC2086
if [ -n "$tests" ] && ! make -C "$src/tools/testing/selftests/mm" OUTPUT="$out" USERLDFLAGS=-static "${cc[@]}" \
	KHDR_INCLUDES="-isystem $obj/usr/include" $targets >"$log" 2>&1; then
	grep -m 5 -E 'error|Error' "$log" >&2 || tail -n 20 "$log" >&2
	die "selftests build failed (full log: $log)"
fi

rm -rf "$root"
mkdir -p "$root"/bin "$root"/tests "$root"/plans "$root"/proc "$root"/sys "$root"/dev "$root"/tmp "$root"/mnt
if [ "$arch" = i386 ]; then
	gcc -m32 -static -O2 -Wall -isystem "$obj/usr/include" -o "$root/init" "$TOP/guest/init32.c" >>"$log" 2>&1 ||
		die "guest/init32.c did not build (log: $log)"
else
	cp /bin/busybox "$root/bin/"
	ln -s busybox "$root/bin/sh"
	install -m 755 "$TOP/guest/init" "$root/init"
fi
# shellcheck disable=SC2086
cp $plans "$root/plans/"
# Plans that boot with pmem regions (memmap=) get the filesystems guest/init
# copies onto them: XFS (reflink, as mkfs.xfs makes it) for /dev/pmem0,
# ext4 for /dev/pmem1, 4 KiB blocks as DAX needs, sized as the regions.
# shellcheck disable=SC2086
if grep -q '^#kernel .*memmap=' $plans; then
	mkdir -p "$root/images"
	for fs in xfs:384M ext4:128M; do
		img=$out/dax-${fs%%:*}.img
		rm -f "$img" && truncate -s "${fs#*:}" "$img"
		case $fs in
		xfs:*) mkfs.xfs -q -b size=4096 -m reflink=1 "$img" ;;
		ext4:*) mkfs.ext4 -q -F -b 4096 "$img" ;;
		esac >>"$log" 2>&1 || die "mkfs of $img failed (log: $log)"
		gzip -1 -c "$img" >"$root/images/$(basename "$img").gz"
		rm -f "$img"
	done
fi
for t in $tests; do cp "$out/$t" "$root/tests/"; done
for t in $progs; do
	"${gcc[@]}" -static -O2 -Wall -isystem "$obj/usr/include" -I "$src/mm" \
		-o "$root/tests/$t" "$TOP/guest/$t.c" >>"$log" 2>&1 || die "guest/$t.c did not build (log: $log)"
done
(cd "$root" && find . | LC_ALL=C sort | cpio -o -H newc --quiet | gzip -1) >"$obj/initramfs.cpio.gz"
