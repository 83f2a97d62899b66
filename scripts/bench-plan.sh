#!/bin/bash
# Stage: write the guest plan of the benchmark: gup_test's GUP_FAST (-u),
# PIN_FAST (-a) and PIN_LONGTERM (-L) benchmarks, read (-W) and write (-w),
# on five kinds of memory, at each size given. Usage:
#   bench-plan.sh REPEATS PAGES... >FILE.plan
# A size is the number of 4 KiB pages gup_test pins per call (-n); each case
# pins a region of max(size, 64 MiB), so that its time (gup_test reports
# microseconds) is at least ~1000 us and the rounding stays under 0.1 %.
# Plan ids: bench:BENCH:KIND:DIR:PAGES.
set -eu

reps=$1; shift
min_mb=64

cat <<EOF
# The gup_test benchmark plan ($reps repetitions; pages per call: $*).
# Setup: a 1 GiB ext4 file for the page cache cases, enough hugetlb pages,
# and no background writeback, whose kworkers would run inside a measurement.
!	truncate -s 1G /mnt/work/bench.file
!	sysctl -w vm.nr_hugepages=528
!	sysctl -w vm.dirty_writeback_centisecs=0
!	sysctl -w vm.dirty_background_ratio=90
!	sysctl -w vm.dirty_ratio=95
EOF

# kind and the gup_test options that map it
kinds='anon:-T thp:-t shmem:-S_-T ext4:-S_-T_-f_/mnt/work/bench.file hugetlb:-H'
for bench in gup_fast:-u pin_fast:-a pin_longterm:-L; do
	for kind in $kinds; do
		for dir in read:-W write:-w; do
			# The kernel refuses FOLL_LONGTERM | FOLL_WRITE on a file
			# that needs writeback (check_vma_flags()), on either kernel.
			[ "${bench%%:*}:${kind%%:*}:${dir%%:*}" = pin_longterm:ext4:write ] && continue
			for pages in "$@"; do
				mb=$(( pages * 4 / 1024 ))
				[ "$mb" -ge "$min_mb" ] || mb=$min_mb
				printf 'bench:%s:%s:%s:%s\tgup_test %s %s %s -m %s -n %s -r %s\n' \
					"${bench%%:*}" "${kind%%:*}" "${dir%%:*}" "$pages" \
					"${bench#*:}" "$(echo "${kind#*:}" | tr _ ' ')" "${dir#*:}" \
					"$mb" "$pages" "$reps"
			done
		done
	done
done
