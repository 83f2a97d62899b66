#!/bin/bash
# Stage: count the atomic read-modify-write operations (LOCK-prefixed
# instructions, xchg with memory) that gup_test's pin and release paths
# execute, per case of the benchmark, on the base and the patched kernel
# (issue 15: icount counts instructions, not what an atomic costs).
# Usage: bench-atomics.sh OUT PAGES_LO PAGES_HI
#
# How: the benchmark's cases as a plan (OUT/atomics.plan) of
# guest/gup_atomics, which sets the memory up as gup_test does and makes
# one ioctl of PAGES pages between two handshakes on a third serial port;
# scripts/atomics-trace.py turns QEMU's exec log on through the monitor
# around each ioctl alone (-d exec,nochain,in_asm); scripts/count-atomics.py
# cuts each log into get and put at gup_test_ioctl's ktime_get() calls and
# counts the atomics in the instructions executed, LOCK prefixes read from
# vmlinux (the one-CPU guest patches them out at boot). Per page: the slope
# between PAGES_LO and PAGES_HI. Writes OUT/atomics.md and OUT/atomics.json.
# Boots each kernel once (build/obj-base, build/obj-patched: built by the
# bench, with nokaslr so that vmlinux's addresses hold); the guest runs as
# the bench's: one vCPU, icount, unless QEMU_EXTRA and the rest are set.
# ATOMICS_KEEP_TRACES=1 keeps the logs in build/atomics/KERNEL/.
set -eu
. "$(dirname "$0")/lib.sh"

[ $# = 3 ] || die "usage: bench-atomics.sh OUT PAGES_LO PAGES_HI"
out=$1 lo=$2 hi=$3
[ "$lo" -lt "$hi" ] || die "PAGES_LO ($lo) must be less than PAGES_HI ($hi)"
# The bench's guest (Makefile: bench's exports), unless set.
export QEMU_EXTRA=${QEMU_EXTRA:--icount shift=0,sleep=off} QEMU_SMP=${QEMU_SMP:-1}
export QEMU_MEM=${QEMU_MEM:-6G} DISK_SIZE=${DISK_SIZE:-3G}
# A guest that waits for a "go" that does not come fails in 10 minutes.
export BOOT_TIMEOUT=${BOOT_TIMEOUT:-600}
export KERNEL_ARGS="${KERNEL_ARGS:-tsc=reliable} nokaslr"
case $QEMU_EXTRA in *"icount shift=0"*) ;; *) die "the atomics stage needs -icount shift=0 in QEMU_EXTRA" ;; esac
mkdir -p "$out"
start=$(date +%s)

# The benchmark's cases (scripts/bench-plan.sh), each at both sizes.
plan=$out/atomics.plan
{
	echo "# The atomics plan of scripts/bench-atomics.sh: one traced ioctl per case, $lo and $hi pages."
	sed -n '/^!/p' <("$TOP/scripts/bench-plan.sh" 1 "$lo")
	"$TOP/scripts/bench-plan.sh" 1 "$lo" "$hi" | awk -F'\t' '!/^[#!]/ {
		id = $1; sub(/^bench:/, "atomics:", id)
		cmd = $2; sub(/^gup_test /, "", cmd); sub(/ -r [0-9]+$/, "", cmd)
		printf "%s\tgup_atomics %s %s\n", id, id, cmd }'
} >"$plan"
ncases=$(grep -c '^atomics:' "$plan")

for k in base patched; do
	case $k in base) src=$BUILD/linux-base ;; patched) src=$BUILD/linux ;; esac
	obj=$BUILD/obj-$k dir=$BUILD/atomics/$k
	need_file "$obj/vmlinux" "build the $k kernel first (make bench)"
	"$TOP/scripts/build-initramfs.sh" "$src" "$obj" "$plan"
	rm -rf "$dir" && mkdir -p "$dir"
	mkfifo "$dir/sync.in" "$dir/sync.out"
	python3 "$TOP/scripts/atomics-trace.py" "$dir" &
	tracer=$!
	rc=0
	QEMU_MONITOR="unix:$dir/mon.sock,server=on,wait=off" QEMU_SERIAL="pipe:$dir/sync" \
		"$TOP/scripts/boot.sh" "$obj" atomics "atomics-$k" || rc=$?
	if [ "$rc" != 0 ]; then
		kill "$tracer" 2>/dev/null || true
		exit "$rc"
	fi
	wait "$tracer" || die "the tracer of the $k guest failed"
	n=$(grep -c . "$dir/windows" 2>/dev/null || true)
	[ "${n:-0}" = "$ncases" ] || die "$k: ${n:-0} of $ncases ioctls traced (see $LOGS/atomics-$k.results)"
	say "counting the atomics of $k ($(du -sh "$dir" | cut -f1) of traces)"
	python3 "$TOP/scripts/count-atomics.py" count "$obj" "$dir" "$LOGS/atomics-$k.results" "$dir/counts.json"
	[ "${ATOMICS_KEEP_TRACES:-0}" = 1 ] || rm -f "$dir"/*.log
done
python3 "$TOP/scripts/count-atomics.py" report "$BUILD/atomics/base/counts.json" "$BUILD/atomics/patched/counts.json" "$out" \
	"$(date -u +%F): scripts/bench-atomics.sh $out $lo $hi on $(cat "$BUILD/base/USED" 2>/dev/null || echo "$BASE_PACKAGE=$BASE_VERSION"); $ncases cases per kernel; QEMU ${QEMU_EXTRA}, -smp $QEMU_SMP, -m $QEMU_MEM, kernel args: $KERNEL_ARGS."
say "atomics counted in $(( $(date +%s) - start ))s: $out/atomics.md"
