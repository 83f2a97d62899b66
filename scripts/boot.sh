#!/bin/bash
# Stage: boot OBJ's kernel and initramfs under QEMU, run a guest plan, keep
# the logs. Usage: boot.sh OBJ PLAN[,PLAN...] NAME [kernel args...]
# Writes $LOGS/NAME.console (kernel log) and $LOGS/NAME.results (test
# output). Guests boot with panic_on_warn=1: no test may rely on a WARN.
# Fails, with the log tail, if the guest hangs past $BOOT_TIMEOUT
# seconds or stops before the plan is done (an oops, a panic).
# Environment: BOOT_TIMEOUT, QEMU_ACCEL (tcg), QEMU_SMP (2), QEMU_MEM (3G),
# DISK_SIZE (1G, the ext4 disk), QEMU_EXTRA (more QEMU options),
# KERNEL_ARGS (more kernel command line), QEMU_MONITOR (the -monitor
# device, none by default), QEMU_SERIAL (a third serial port, ttyS2).
set -eu
. "$(dirname "$0")/lib.sh"

obj=$(realpath "$1") plan=$2 name=$3; shift 3
timeout=${BOOT_TIMEOUT:-1200}
console=$LOGS/$name.console results=$LOGS/$name.results disk=$BUILD/$name.img
need_file "$obj/arch/x86/boot/bzImage" "build the kernel first"
need_file "$obj/initramfs.cpio.gz" "build the initramfs first"
kargs=
for p in $(echo "$plan" | tr , ' '); do
	need_file "$obj/initramfs/plans/$p.plan" "plan $p is not in $obj's initramfs"
	# A plan's "#kernel ARGS" lines: the kernel command line it needs.
	kargs="$kargs $(sed -n 's/^#kernel //p' "$obj/initramfs/plans/$p.plan" | tr '\n' ' ')"
done
mkdir -p "$LOGS"
rm -f "$console" "$results" "$disk"
truncate -s "${DISK_SIZE:-1G}" "$disk"
mkfs.ext4 -q -F "$disk"

# TCG by default: KVM did not boot guests on the machines this was made on.
accel=${QEMU_ACCEL:-tcg}
say "booting $name (plan $plan, $accel${QEMU_EXTRA:+, $QEMU_EXTRA}; timeout ${timeout}s)"
start=$(date +%s)
rc=0
# shellcheck disable=SC2086
timeout -k 10 "$timeout" qemu-system-x86_64 -accel "$accel" -cpu max -smp "${QEMU_SMP:-2}" -m "${QEMU_MEM:-3G}" \
	-display none -monitor "${QEMU_MONITOR:-none}" -no-reboot ${QEMU_EXTRA:-} \
	-kernel "$obj/arch/x86/boot/bzImage" -initrd "$obj/initramfs.cpio.gz" \
	-drive file="$disk",if=virtio,format=raw,cache=unsafe \
	-serial file:"$console" -serial file:"$results" ${QEMU_SERIAL:+-serial "$QEMU_SERIAL"} \
	-append "console=ttyS0 panic=-1 oops=panic panic_on_warn=1 printk.devkmsg=on hugepages=64 pup.plan=$plan$kargs ${KERNEL_ARGS:-} $*" ||
	rc=$?
rm -f "$disk"
secs=$(( $(date +%s) - start ))
if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
	tail -n 30 "$console" >&2
	die "guest $name hung: no exit after ${timeout}s (console: $console)"
elif ! grep -q '^### DONE' "$results" 2>/dev/null; then
	tail -n 30 "$console" >&2
	die "guest $name stopped before its plan was done (qemu exit $rc, console: $console)"
fi
say "guest $name done in ${secs}s"
