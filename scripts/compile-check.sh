#!/bin/bash
# Check: every C file the series changes compiles with W=1 and passes
# sparse (C=1), in x86_64's allmodconfig and in that of the architecture it
# belongs to (Debian's cross compilers: arch/<a>/ code, drivers only some
# architecture builds; mm/ on i386 too), with no warning, the compiler's or
# sparse's, that the same object on the base tree does not have. Every changed line of code must have been compiled: the
# preprocessed .i of each object shows which lines the compiler saw, and
# code that no configuration here reaches (an #ifdef) fails the check.
# The tables below say where each file is compiled and why.
# Only the touched objects are built (make dir/file.o: no vmlinux, no
# modpost), in $BUILD/obj-allmod-<arch> (obj-allno-<arch> for allnoconfig),
# from a worktree of the work tree's repository ($BUILD/linux-compile)
# checked out at the work tree's HEAD (commit what you want compiled), then
# at base for the objects that warn: one source path and one object
# directory per target for every commit, so that kbuild's prepare stage
# (host tools, generated headers) is built once per target and ccache
# serves a later run from any checkout. Logs: $LOGS/compile/.
# With --each-commit: every commit base..HEAD in turn, in the same worktree
# and object directories, compiles the C files it touches: each patch
# builds on its own, also where the test config that check-bisect builds
# does not reach (errors only; the warnings are judged at HEAD).
# Usage: compile-check.sh [--each-commit]
set -eu
. "$(dirname "$0")/lib.sh"
export LC_ALL=C	# one collation for sort and comm, ASCII quotes from gcc

# The build targets: an architecture (make's ARCH and Debian's cross
# compiler, which deps.sh installs: gcc-<prefix>; native gcc for x86_64
# and i386) in allmodconfig, or another configuration where named.
declare -A ARCH_OF=([x86_64]=x86_64 [i386]=i386 [x86_64-allno]=x86_64
	[arm64]=arm64 [powerpc]=powerpc [powerpc-e500]=powerpc [s390]=s390
	[sparc64]=sparc64 [sh]=sh)
declare -A CROSS_OF=([x86_64]="" [i386]="" [x86_64-allno]="" [arm64]=aarch64-linux-gnu-
	[powerpc]=powerpc64le-linux-gnu- [powerpc-e500]=powerpc64-linux-gnu-
	[s390]=s390x-linux-gnu-
	[sparc64]=sparc64-linux-gnu- [sh]=sh4-linux-gnu-)
declare -A CONFIG_OF=([x86_64-allno]=allnoconfig)	# the others: allmodconfig
ORDER="x86_64 i386 x86_64-allno arm64 powerpc powerpc-e500 s390 sparc64 sh"

# What the configuration starts from (KCONFIG_ALLCONFIG), per target:
declare -A PRESET_OF=(
	# mm/gup_pin_kunit.c (GUP_PIN_KUNIT_TEST) needs KUNIT=y; allmodconfig says m.
	[x86_64]="CONFIG_KUNIT=y"
	[i386]="CONFIG_KUNIT=y"
	# arch/powerpc's own ppc64le_allmodconfig: Debian's compiler is powerpc64le.
	[powerpc]="CONFIG_CPU_LITTLE_ENDIAN=y"
	# Freescale's e500 SoCs (64-bit Book3E, big endian: Debian's
	# powerpc64 compiler), the only ones with FSL_SOC, which the
	# Freescale hypervisor's driver needs.
	[powerpc-e500]="CONFIG_PPC_BOOK3E_64=y CONFIG_CPU_BIG_ENDIAN=y CONFIG_FSL_SOC_BOOKE=y"
	# pvr2fb's conversion is in its DMA write path, #ifdef CONFIG_PVR2_DMA:
	# the Dreamcast's CPU and board, and PVR2_DMA built in (=m would not
	# define CONFIG_PVR2_DMA).
	[sh]="CONFIG_CPU_SUBTYPE_SH7091=y CONFIG_SH_DREAMCAST=y CONFIG_PVR2_DMA=y"
)

# Turned off on every target after its configuration (then olddefconfig):
#   WERROR          with W=1, every warning the base tree already has would
#                   be an error and the object would not build; this check
#                   judges warnings itself (a new one fails)
#   GCC_PLUGINS     would need gcc-12-plugin-dev for every compiler
#   RUST            needs rustc and bindgen at the kernel's versions
#   DEBUG_INFO_BTF  needs pahole, and only the vmlinux link uses it
OFF_OPTS="WERROR GCC_PLUGINS RUST DEBUG_INFO_BTF"

# Where a touched file is compiled: outside arch/, x86_64; under arch/<a>/,
# that architecture. The exceptions, each with its reason:
arches_of() {
	case $1 in
	arch/x86/*)	echo x86_64 ;;
	arch/sparc/*)	echo sparc64 ;;
	arch/arm64/*|arch/powerpc/*|arch/s390/*|arch/sh/*)
		local a=${1#arch/}; echo "${a%%/*}" ;;
	arch/*)		echo none ;;	# no compiler for it in the tables above
	# SBUS and ORACLE_DAX: sparc64 only.
	drivers/sbus/*)	echo sparc64 ;;
	# FSL_HV_MANAGER: Freescale e500 SoCs only.
	drivers/virt/fsl_hypervisor.c) echo powerpc-e500 ;;
	# VFIO_IOMMU_SPAPR_TCE: powerpc (pseries, powernv) only.
	drivers/vfio/vfio_iommu_spapr_tce.c) echo powerpc ;;
	# x86_64 builds pvr2fb (COMPILE_TEST) but not its DMA path: see sh above.
	drivers/video/fbdev/pvr2fb.c) echo x86_64 sh ;;
	# mm/gup.c: also where CONFIG_MIGRATION is off (allmodconfig turns it
	# on everywhere), for the stub check_and_migrate_movable_pages(), and
	# on sparc64, which has no GUP-fast (HAVE_GUP_FAST), for its stubs.
	mm/gup.c)	echo x86_64 i386 x86_64-allno sparc64 ;;
	# DESIGN.md 8: mm/ on 32-bit too, for the 32-bit refcount limits.
	mm/*)		echo x86_64 i386 ;;
	*)		echo x86_64 ;;
	esac
}

# Touched .c files that are no object of their own (#included by another
# file, or built by no configuration at all): file -> why. None so far.
declare -A NOT_BUILT=()

JOBS=$(nproc)
out=$LOGS/compile
[ "${1:-}" != --each-commit ] || out=$LOGS/compile-each
rm -rf "$out" && mkdir -p "$out"
# ccache: paths under the checkout are hashed relative to it (as in
# build-kernel.sh), so a fresh clone reuses what an earlier run compiled.
export CCACHE_BASEDIR=$TOP CCACHE_NOHASHDIR=true

objdir() {	# TARGET: its build directory, obj-<config>-<target>
	local c=${CONFIG_OF[$1]:-allmodconfig}
	echo "$BUILD/obj-${c%config}-${1%-"${c%config}"}"
}
WT=$BUILD/linux-compile	# the worktree every build here compiles from

# Not make -s (an outer make's flags): the log is read by its "CC" lines.
kmake() {	# SRC OBJ TARGET make-arguments...
	local src=$1 obj=$2 a=$3; shift 3
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u MAKEOVERRIDES \
	make --no-print-directory -C "$src" O="$obj" ARCH="${ARCH_OF[$a]}" V=0 \
		CROSS_COMPILE="${CROSS_OF[$a]}" CC="ccache ${CROSS_OF[$a]}gcc" HOSTCC="ccache gcc" W=1 "$@"
}

configure() {	# SRC OBJ TARGET: its configuration with the presets, OFF_OPTS off
	local src=$1 obj=$2 a=$3 want line opt bad='' conf=${CONFIG_OF[$3]:-allmodconfig}
	local log
	log=$out/config-$(basename "$obj").log
	# the Kconfig files too: a checkout that changes them configures again
	# (syncconfig would give a new option its default, not $conf's answer)
	want=$({ printf '%s\n' "$a" "$conf" ${PRESET_OF[$a]:-} "off: $OFF_OPTS"
		git -C "$src" ls-files -s -- '*Kconfig*'; } | sha256sum)
	[ -f "$obj/.config" ] && [ "$(cat "$obj/.compile-check" 2>/dev/null)" = "$want" ] && return 0
	mkdir -p "$obj"
	printf '%s\n' ${PRESET_OF[$a]:-} >"$obj/config.preset"
	# shellcheck disable=SC2046
	if ! { kmake "$src" "$obj" "$a" KCONFIG_ALLCONFIG="$obj/config.preset" "$conf" &&
	       "$src/scripts/config" --file "$obj/.config" $(printf -- '-d %s ' $OFF_OPTS) &&
	       kmake "$src" "$obj" "$a" olddefconfig; } >"$log" 2>&1; then
		tail -n 5 "$log" >&2
		die "$a $conf failed in $(basename "$obj") (log: $log)"
	fi
	for line in ${PRESET_OF[$a]:-}; do
		grep -qxF "$line" "$obj/.config" || bad="$bad $line"
	done
	for opt in $OFF_OPTS; do
		grep -q "^CONFIG_$opt=y" "$obj/.config" && bad="$bad CONFIG_$opt=n"
	done
	[ -z "$bad" ] || die "$a $conf in $(basename "$obj") did not take:$bad"
	echo "$want" >"$obj/.compile-check"
}

# make code for --eval (make passes it down to every sub-make): where kbuild
# descends into a goal's directory, print "PUPQ member GOAL" if that
# directory's Makefile builds the object in this configuration (obj-y,
# obj-m, lib-y, as kbuild's own part-of-module/part-of-builtin read them),
# else "PUPQ unused GOAL" and fail the goal: kbuild would compile any .c
# asked for by name, built or not, so "it compiled" proves nothing alone.
hook() {	# GOAL...
	printf 'pupq-goals := %s\n' "$*"
	cat <<'MAKE'
$(foreach g,$(filter $(if $(filter .,$(obj)),%,$(obj)/%),$(filter $(pupq-goals),$(MAKECMDGOALS))),$(eval $(g): | pupq/$(g)))
pupq/%: ; @$(if $(filter $*,$(single-subdir-goals)),:,$(if $(filter $(basename $*).o,$(real-obj-y) $(real-obj-m) $(lib-y)),echo "PUPQ member $*",echo "PUPQ unused $*"; false))
MAKE
}

checksrc=1
build() {	# SRC OBJ TARGET LOG GOAL...: build the goals afresh (ccache replays
		# the warnings of what it has seen; C=1: sparse checks what is
		# rebuilt), -k: every goal is tried
	local src=$1 obj=$2 a=$3 log=$4 g; shift 4
	for g; do rm -f "$obj/$g"; done
	kmake "$src" "$obj" "$a" C="$checksrc" -k -j"$JOBS" -Otarget --eval="$(hook "$@")" "$@" >"$log" 2>&1 || true
}

# awk: strip(s) removes the tree's path from s, absolute (SRC/) or as
# kbuild gives it relative to the build directory (REL/).
STRIP='function strip(s,  i) {
	while ((i = index(s, src)) > 0) s = substr(s, 1, i - 1) substr(s, i + length(src))
	while ((i = index(s, rel)) > 0) s = substr(s, 1, i - 1) substr(s, i + length(rel))
	sub(/^\.\//, "", s)
	return s
}'

# The warnings and errors of each object in a build log (make -Otarget keeps
# a compile's messages after its "CC" line, and sparse's after the "CHECK"
# line of its source), in order, one line each:
# "OBJ<tab>MESSAGE<tab>AS GIVEN", MESSAGE without the tree's path nor line
# and column numbers (what is compared), AS GIVEN without the path only.
# Sparse's messages say "sparse warning:" and "sparse error:", so that
# both are compared as warnings: an object sparse rejects still compiles.
messages() {	# SRC OBJ LOG
	awk -v src="$1/" -v rel="$(realpath -m --relative-to="$2" "$1")/" "$STRIP"'
	/^  [A-Z0-9_]+( \[M\])? +[^ ]+$/ {
		cur = ""; sparse = ($1 == "CHECK")
		if ($1 == "CC") cur = $NF
		else if (sparse) { cur = strip($NF); sub(/\.c$/, ".o", cur) }
		next
	}
	cur != "" && /(: warning: |: error: |fatal error: )/ {
		raw = strip($0)
		gsub(/\342\200[\230\231]/, "\047", raw)	# UTF-8 quotes (a cached compile may carry them)
		if (sparse && match(raw, /: (warning|error): /))
			raw = substr(raw, 1, RSTART + 1) "sparse " substr(raw, RSTART + 2)
		m = raw
		if (!sub(/:[0-9]+:[0-9]+: /, ": ", m)) sub(/:[0-9]+: /, ": ", m)
		print cur "\t" m "\t" raw
	}' "$3"
}
warnings_only() { grep -vE ': error: |fatal error: ' "$@" | cut -f1,2 | sort || true; }

# The lines of FILES that a preprocessed .i shows the compiler (non-blank,
# outside #if branches not taken), as "file:line".
live_lines() {	# SRC OBJ FILE.i FILES...
	local src=$1 obj=$2 i=$3; shift 3
	awk -v src="$src/" -v rel="$(realpath -m --relative-to="$obj" "$src")/" -v files="$*" "$STRIP"'
	BEGIN { n = split(files, f, " "); for (k = 1; k <= n; k++) want[f[k]] = 1 }
	/^# [0-9]+ "/ { ln = $2; file = $3; gsub(/"/, "", file); file = strip(file); next }
	{ if ((file in want) && $0 ~ /[^ \t]/) print file ":" ln; ln++ }' "$i"
}

if [ -d "$KTREE/.git/rebase-merge" ] || [ -d "$KTREE/.git/rebase-apply" ]; then
	die "a rebase is in progress in $KTREE: finish it first"
fi

# The kernel C files that commit $1 changes.
touched_c() {
	git -C "$KTREE" diff-tree --no-commit-id --name-only --diff-filter=d -r "$1" -- '*.c' |
		grep -vE '^(tools|samples|Documentation|scripts)/' || true
}

# The objects of FILES... that TARGET compiles.
objects_for() {	# TARGET FILES...
	local a=$1 f; shift
	for f; do
		[ -z "${NOT_BUILT[$f]:-}" ] || continue
		case " $(arches_of "$f") " in *" $a "*) echo "${f%.c}.o" ;; esac
	done
}

each_commit() {
	checksrc=0	# sparse: judged at HEAD
	local wt=$WT c i=0 n a obj o log goals files subject fail=0 nobj=0 t0
	t0=$(date +%s)
	scratch_worktree "$wt"
	local commits
	commits=$(git -C "$KTREE" rev-list --reverse base..HEAD)
	n=$(grep -c . <<<"$commits" || true)
	for c in $commits; do
		i=$((i + 1))
		files=$(touched_c "$c")
		[ -n "$files" ] || continue
		subject=$(git -C "$KTREE" log -1 --format=%s "$c")
		git -C "$wt" checkout -q --detach "$c"
		for a in $ORDER; do
			# shellcheck disable=SC2086
			goals=$(objects_for "$a" $files)
			[ -n "$goals" ] || continue
			obj=$(objdir "$a")
			configure "$wt" "$obj" "$a"
			log=$out/each-$(printf '%02d' "$i")-$a.log
			# shellcheck disable=SC2086
			build "$wt" "$obj" "$a" "$log" $goals
			for o in $goals; do
				nobj=$((nobj + 1))
				grep -qxF "PUPQ member $o" "$log" && [ -f "$obj/$o" ] && continue
				echo "    patch $i/$n ($subject): ${o%.o}.c does not build on $a:" >&2
				grep -E ': error: |fatal error: |PUPQ unused' "$log" | head -n 5 | sed 's/^/        /' >&2
				fail=$((fail + 1))
			done
		done
		[ "$fail" != 0 ] || say "patch $i/$n: $(wc -w <<<"$files") file(s) compiled: $subject"
	done
	[ "$fail" = 0 ] || die "$fail object(s) do not build at their own commit (logs: $out/each-*)"
	say "every commit compiles the C files it touches: $nobj objects in $n commits ($(($(date +%s) - t0))s)"
}
if [ "${1:-}" = --each-commit ]; then
	each_commit
	exit 0
fi
head=$(git -C "$KTREE" rev-parse HEAD)
start_all=$(date +%s)
files=$(git -C "$KTREE" diff --name-only --diff-filter=d base..HEAD -- '*.c' |
	grep -vE '^(tools|samples|Documentation|scripts)/' || true)
[ -n "$files" ] || { say "the series changes no kernel C file"; exit 0; }

declare -A OBJS=()
for f in $files; do
	[ -z "${NOT_BUILT[$f]:-}" ] || continue
	for a in $(arches_of "$f"); do
		[ "$a" != none ] || die "$f: no compiler for its architecture in $0 (add one)"
		OBJS[$a]="${OBJS[$a]:-} ${f%.c}.o"
	done
done
arches=
for a in $ORDER; do
	[ -n "${OBJS[$a]:-}" ] || continue
	arches="$arches $a"
	command -v "${CROSS_OF[$a]}gcc" >/dev/null ||
		die "${CROSS_OF[$a]}gcc is missing: 'make deps' installs it"
done
# What the coverage check looks at: the touched C files and headers.
cfiles=$(git -C "$KTREE" diff --name-only --diff-filter=d base..HEAD -- '*.c' '*.h' |
	grep -vE '^(tools|samples|Documentation|scripts)/' || true)
: >"$out/live"

# The work tree's HEAD is what is compiled: its uncommitted changes would
# not be, and the coverage below reads the work tree's files.
git -C "$KTREE" diff --quiet HEAD -- $cfiles ||
	die "$KTREE has uncommitted changes to the files the series touches: commit them first"
scratch_worktree "$WT"

# Pass 1, the work tree's HEAD: every touched object on every target.
fail=0 total=0 ntarget=0 archs_used=
declare -A OK=() WARNED=() SECS=()
git -C "$WT" checkout -q --detach "$head"
for a in $arches; do
	t0=$(date +%s)
	objs=${OBJS[$a]}
	obj=$(objdir "$a")
	say "$a: ${CONFIG_OF[$a]:-allmodconfig}, W=1: $(wc -w <<<"$objs") objects"
	configure "$WT" "$obj" "$a"
	# shellcheck disable=SC2086,SC2046
	build "$WT" "$obj" "$a" "$out/patched-$a.log" $objs $(printf '%s\n' $objs | sed 's/\.o$/.i/')
	messages "$WT" "$obj" "$out/patched-$a.log" >"$out/patched-$a.msgs"
	ok=0 warned=
	for o in $objs; do
		if grep -qxF "PUPQ unused $o" "$out/patched-$a.log" ||
		   ! grep -qxF "PUPQ member $o" "$out/patched-$a.log"; then
			echo "    ${o%.o}.c: $a ${CONFIG_OF[$a]:-allmodconfig} does not build it" >&2
			fail=$((fail + 1)); continue
		fi
		if [ ! -f "$obj/$o" ]; then
			echo "    ${o%.o}.c: does not compile on $a:" >&2
			awk -F'\t' -v o="$o" '$1 == o && /(: error: |fatal error: )/ {print "        " $3}' \
				"$out/patched-$a.msgs" | head -n 5 >&2
			fail=$((fail + 1))
		else
			ok=$((ok + 1))
			awk -F'\t' -v o="$o" '$1 == o {f = 1} END {exit !f}' "$out/patched-$a.msgs" &&
				warned="$warned $o"
		fi
		i=$obj/${o%.o}.i
		# shellcheck disable=SC2086
		[ ! -f "$i" ] || live_lines "$WT" "$obj" "$i" $cfiles | sort -u >>"$out/live"
		rm -f "$i"
	done
	OK[$a]=$ok WARNED[$a]=$warned SECS[$a]=$(($(date +%s) - t0))
done

# Pass 2, base: the objects that warn and exist there, in the same object
# directories; which of their warnings are new.
git -C "$WT" checkout -q --detach base
summary=''
for a in $arches; do
	t0=$(date +%s)
	obj=$(objdir "$a")
	base_objs=
	for o in ${WARNED[$a]}; do
		[ ! -f "$WT/${o%.o}.c" ] || base_objs="$base_objs $o"
	done
	: >"$out/base-$a.msgs"
	if [ -n "$base_objs" ]; then
		configure "$WT" "$obj" "$a"
		# shellcheck disable=SC2086
		build "$WT" "$obj" "$a" "$out/base-$a.log" $base_objs
		messages "$WT" "$obj" "$out/base-$a.log" >"$out/base-$a.msgs"
	fi
	new=$(comm -13 <(warnings_only "$out/base-$a.msgs") <(warnings_only "$out/patched-$a.msgs"))
	if [ -n "$new" ]; then
		# each new one as the compiler gave it (with its line number)
		awk -F'\t' -v a="$a" 'NR == FNR { n[$1 "\t" $2]++; next }
			n[$1 "\t" $2]-- > 0 { print "    new warning (" a ", " $1 "): " $3 }' \
			- "$out/patched-$a.msgs" <<<"$new" >&2
		fail=$((fail + $(echo "$new" | wc -l)))
	fi
	total=$((total + OK[$a])) ntarget=$((ntarget + 1))
	case " $archs_used " in *" ${ARCH_OF[$a]} "*) ;; *) archs_used="$archs_used ${ARCH_OF[$a]}" ;; esac
	line=$(printf '%-12s %3d of %3d objects compiled, %2d with W=1 warnings (%d new); %4ds (base: %d objects, %ds)' \
		"$a" "${OK[$a]}" "$(wc -w <<<"${OBJS[$a]}")" "$(wc -w <<<"${WARNED[$a]}")" \
		"$(grep -c . <<<"$new" || true)" "${SECS[$a]}" "$(wc -w <<<"$base_objs")" "$(($(date +%s) - t0))")
	summary="$summary$line"$'\n'
	say "$line"
done

# Coverage: the series' changed code (base to the work tree, whose line
# numbers the .i files carry) must have been seen by a compiler. Its added
# lines, cut at preprocessor conditionals (#if, #else, #endif...) into runs
# that are built or not as a whole: each run with a line of code in it
# needs a line that some .i above shows. Comments, blank lines and
# preprocessor lines (#define and macro bodies too) are no code here.
# shellcheck disable=SC2086
unseen=$(git -C "$KTREE" diff -U0 base "$head" -- $cfiles | awk -v tree="$KTREE/" -v livef="$out/live" '
	function flush() {
		if (ncode > 0) { nruns++; if (!seen) print where "\t" first }
		ncode = 0; seen = 0
	}
	function src(n) {	# line n of the file in the work tree
		if (!(file in loaded)) {
			loaded[file] = 1; k = 0
			while ((getline l < (tree file)) > 0) text[file, ++k] = l
			close(tree file)
		}
		return text[file, n]
	}
	BEGIN { while ((getline l < livef) > 0) live[l] = 1; close(livef) }
	/^\+\+\+ / { flush(); file = substr($2, 3); next }
	/^@@ / { flush(); split($3, r, ","); ln = substr(r[1], 2) + 0; incomment = 0; next }
	/^\+/ {
		s = substr($0, 2); gsub(/^[ \t]+|[ \t]+$/, "", s)
		if (!incomment && s ~ /^#[ \t]*(if|elif|else|endif)/) { flush(); ln++; next }
		code = 1
		if (incomment) { code = 0; if (index(s, "*/")) incomment = 0 }
		else if (s == "" || s ~ /^(#|\/\/|\*)/) code = 0
		else if (s ~ /^\/\*/) { code = 0; if (!index(s, "*/")) incomment = 1 }
		else if (s ~ /\\$/ || src(ln - 1) ~ /\\$/) code = 0
		if (code) {
			if (ncode++ == 0) { first = s; where = file ":" ln }
			if ((file ":" ln) in live) seen = 1
		}
		ln++
	}
	END { flush(); print "runs\t" nruns + 0 }')
nruns=$(sed -n 's/^runs\t//p' <<<"$unseen")
unseen=$(grep -v '^runs	' <<<"$unseen" || true)
if [ -n "$unseen" ]; then
	echo "$unseen" | awk -F'\t' '{print "    changed code no configuration here compiles: " $1 ": " $2}' >&2
	fail=$((fail + $(echo "$unseen" | wc -l)))
fi

[ "$(git -C "$KTREE" rev-parse HEAD)" = "$head" ] ||
	die "$KTREE changed during the check (HEAD was ${head:0:12}): run it again"
echo
printf '%s' "$summary" | sed 's/^/    /'
[ "$fail" = 0 ] || die "$fail problem(s) above (logs: $out/)"
say "$total objects ($(wc -w <<<"$files") files) compiled on $(wc -w <<<"$archs_used") architectures" \
	"($ntarget configurations), no new W=1 or sparse warnings;" \
	"all $nruns runs of changed code compiled ($(($(date +%s) - start_all))s)"
