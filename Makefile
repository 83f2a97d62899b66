# The put_user_page() series (direction-aware GUP pins on Linux 6.12) and
# the harness that proves it. 'make' builds the patched kernel, boots it and
# shows the pin accounting; 'make check' runs every test; 'make help'.
#
# Pipeline: deps -> tree (fetch base, git am series/) -> kernel (config,
# build, initramfs) -> guest (boot, collect results, scan log) -> report.

S   := scripts
B   := build
CFG := config/test.config
# The base and patched test kernels are built as distributions build theirs
# (config/distro.config last): the tests pass, and the benchmark measures,
# on the same kernels. The debug kernel turns DEBUG_VM back on.
BASE := $(CFG) config/fsdax.config config/distro.config
SER := $(CFG) config/series.config
PAT := $(SER) config/fsdax.config config/distro.config
DBG := $(PAT) config/debug.config
I386 := $(SER) config/i386.config

# $(call kernel,SRC,OBJ,FRAGMENTS,PLANS): build a kernel and its initramfs.
kernel = $S/build-kernel.sh $(1) $B/$(2) $(3) && $S/build-initramfs.sh $(1) $B/$(2) $(4)
# $(call guest,OBJ,PLAN,NAME): boot a kernel on a plan, parse, scan the log.
guest = $S/boot.sh $B/$(1) $(2) $(3) && $S/collect-results.sh $(3) && $S/scan-log.sh $(3)

, := ,
CHECKS := checkpatch mail maintainers api cocci bisect static compile docs selftests series i386 reclaim debug bench

# $(call bench,OUT,REPEATS PAGES...,NAME[,PAGES_LO PAGES_HI]): gup_test's
# benchmarks on the base and the patched test kernel, same plan, one report
# in OUT; with PAGES_LO PAGES_HI, the atomics of every case counted too
# (scripts/bench-atomics.sh: OUT/atomics.md, and columns in the report).
bench = mkdir -p $(1) && $S/bench-plan.sh $(2) >$(1)/bench.plan && \
	$(call kernel,$B/linux-base,obj-base,$(BASE),$(1)/bench.plan) && \
	$(call kernel,$B/linux,obj-patched,$(PAT),$(1)/bench.plan) && \
	$(call guest,obj-base,bench,$(notdir $(1))-base) && \
	$(call guest,obj-patched,bench,$(notdir $(1))-patched) && \
	$(if $(4),$S/bench-atomics.sh $(1) $(4) && )$S/bench-report.py $(1)/bench.plan $B/logs/$(notdir $(1))-base.results \
		$B/logs/$(notdir $(1))-patched.results $(1) \
		"$$(date -u +%F): make $(3) on $$(cat $B/base/USED), $(PAT)."
# The benchmark guest: one vCPU whose clock counts instructions (icount),
# so that figures repeat on a busy host; room for 1 GiB of every kind.
bench check-bench: export QEMU_EXTRA := -icount shift=0,sleep=off
bench check-bench: export QEMU_SMP := 1
bench check-bench: export QEMU_MEM := 6G
bench check-bench: export DISK_SIZE := 3G
# Under icount the timer interrupts lag behind the TSC when a long pin keeps
# interrupts off, and the clocksource watchdog would switch the guest to
# jiffies (4 ms granularity): the TSC is the guest clock here, trust it.
bench check-bench: export KERNEL_ARGS := tsc=reliable

.DEFAULT_GOAL := all
.PHONY: all check help deps tree export sign apply clean \
	base-kernel patched-kernel debug-kernel i386-kernel bench $(addprefix check-,$(CHECKS))

all: patched-kernel	## build, boot and show the pin accounting (the main job)
	@$(call guest,obj-patched,series$(,)pins,patched-pins)
	@$S/report.sh patched-pins

check: deps		## every test; ends with "N passed, N failed"
	@$S/run-checks.sh $(CHECKS)

help:			## list the targets
	@grep -hE '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z0-9-]+):.*## /  \1\t/' | expand -t 20

deps:			## install the Debian packages the harness uses
	@$S/deps.sh

tree: deps		## work tree build/linux: base + series/ as commits
	@$S/make-tree.sh

export:			## write build/linux's commits back into series/
	@$S/export.sh

sign:			## take the series over: your git identity as author and Signed-off-by
	@$S/sign-series.sh

apply:			## apply series/ to your tree: make apply TREE=/path/to/linux
	@test -n "$(TREE)" || { echo "usage: make apply TREE=/path/to/linux" >&2; exit 2; }
	@$S/am-series.sh "$(TREE)" && echo "series/ applied to $(TREE)"

base-kernel: tree	## the unpatched base kernel
	@$(call kernel,$B/linux-base,obj-base,$(BASE),selftests reclaim)

patched-kernel: tree	## the patched kernel
	@$(call kernel,$B/linux,obj-patched,$(PAT),selftests series pins reclaim)

debug-kernel: tree	## the patched kernel with KASAN and lockdep
	@$(call kernel,$B/linux,obj-debug,$(DBG),selftests series)

i386-kernel: tree	## the patched kernel for i386 (32-bit), its initramfs 32-bit too
	@export ARCH=i386 && $(call kernel,$B/linux,obj-i386,$(I386),i386)

bench: deps tree	## benchmark base vs patched (icount), 1 page to 1 GiB, and the atomics: bench/
	@$(call bench,bench,5 1 16 512 16384 262144,bench,512 1024)

check-checkpatch: tree	## checkpatch --strict on every patch
	@$S/checkpatch.sh

check-maintainers: tree	## the series' MAINTAINERS entry: people, F: patterns, routing, order
	@$S/maintainers-check.sh

check-mail: tree	## the series as mail: b4 am of the thread, git am gives the tree
	@$S/mail-check.sh

check-api: tree		## no accounting switch while unpin_*() callers remain
	@$S/check-api.sh

check-cocci: tree	## the coccinelle script: its corpus, and the trees in report mode
	@cocci/run-tests.sh
	@$S/cocci-report.sh

check-bisect: tree	## every patch builds and boots in turn; compiles what it touches
	@$S/bisect-build.sh
	@$S/compile-check.sh --each-commit

check-static: base-kernel patched-kernel ## sparse, kernel-doc; struct page/folio sizes
	@$S/static-checks.sh $B/obj-base $B/obj-patched
	@$S/sizeof-check.sh $B/obj-base $B/obj-patched

check-compile: tree	## touched objects: allmodconfig W=1, x86_64 and their arch; no new warning
	@$S/compile-check.sh

check-docs: tree	## the series' documentation builds with Sphinx, no warning
	@$S/docs-check.sh

check-selftests: base-kernel patched-kernel ## cow, gup_longterm, gup_test: base vs patched
	@$(call guest,obj-base,selftests,base-selftests)
	@$(call guest,obj-patched,selftests,patched-selftests)
	@$S/compare.sh base-selftests patched-selftests

check-series: patched-kernel ## the series' own tests (pin accounting matrix)
	@$(call guest,obj-patched,series,patched-series)

check-i386: i386-kernel	## the patched kernel builds for i386; gup_test, gup_pin_accounting on it
	@$(call guest,obj-i386,i386,i386)

# Reclaim under memory pressure: one vCPU whose clock counts instructions,
# as for the benchmark, so that the rounds of each kernel repeat closely.
# That clock leaps over the guest's waits for the host's disk: an allocation
# can take 10 s of it, and the allocator says so (scripts/scan-log.sh).
check-reclaim: export QEMU_EXTRA := -icount shift=0,sleep=off
check-reclaim: export ALLOC_REPORTS_OK := 1
check-reclaim: export QEMU_SMP := 1
check-reclaim: export KERNEL_ARGS := tsc=reliable
check-reclaim: base-kernel patched-kernel ## reclaim of read-pinned memfd and ext4 folios under pressure: base vs patched
	@$(call guest,obj-base,reclaim,base-reclaim)
	@$(call guest,obj-patched,reclaim,patched-reclaim)
	@$S/reclaim-compare.py base-reclaim patched-reclaim

# The base kernel's results of this run (check-selftests, in 'make check'),
# else the base kernel is booted here.
check-debug: debug-kernel base-kernel ## selftests and the series' tests on KASAN + lockdep
	@if [ -z "$$PUP_RUN_START" ] || [ ! $B/logs/base-selftests.cases -nt "$$PUP_RUN_START" ]; then \
		$(call guest,obj-base,selftests,base-selftests); fi
	@$(call guest,obj-debug,selftests$(,)series,debug-all)
	@$S/compare.sh base-selftests debug-all

check-bench: tree	## the benchmark, short: 512 pages per call, every case; its atomics
	@$(call bench,$B/bench-short,3 512,check-bench,512 1024)

clean:			## remove build/ (the work tree too: export first)
	rm -rf $B
