#!/bin/bash
# Check: sparse and kernel-doc on the C files the series touches. sparse must
# report nothing new against the same file on the base tree; kernel-doc
# -none must add nothing either, on every touched .c and .h file.
# Usage: static-checks.sh BASE_OBJ PATCHED_OBJ
set -eu
. "$(dirname "$0")/lib.sh"

base_obj=$(realpath "$1") patched_obj=$(realpath "$2")
files=$(git -C "$KTREE" diff --name-only --diff-filter=AM base..HEAD -- '*.c' '*.h' |
	grep -v '^tools/' || true)
[ -n "$files" ] || { say "no kernel C files touched"; exit 0; }

sparse_of() {	# src obj file.o -> warnings without line numbers
	make -s -C "$1" O="$2" ARCH=x86_64 C=2 CHECK="sparse -Wno-decl" "$3" 2>&1 |
		grep -E 'warning|error' | sed -E "s|^$1/||; s/:[0-9]+:[0-9]+:/:/" | sort || true
}

bad=0 nsparse=0
for f in $files; do
	case $f in *.c) ;; *) continue ;; esac
	o=${f%.c}.o
	[ -f "$patched_obj/$o" ] || continue	# not built in the test config
	nsparse=$((nsparse + 1))
	new=$(comm -13 <(sparse_of "$BASE_TREE" "$base_obj" "$o") <(sparse_of "$KTREE" "$patched_obj" "$o"))
	if [ -n "$new" ]; then
		echo "$new" | sed 's/^/    sparse: /' >&2
		bad=$((bad + 1))
	fi
done
kdoc_of() {	# tree file -> warnings without line numbers
	[ -f "$1/$2" ] || return 0
	(cd "$1" && perl scripts/kernel-doc -none -Wall "$2" 2>&1) | sed -E 's/:[0-9]+:/:/' | sort || true
}
for f in $files; do
	out=$(comm -13 <(kdoc_of "$BASE_TREE" "$f") <(kdoc_of "$KTREE" "$f"))
	if [ -n "$out" ]; then
		echo "$out" | sed 's/^/    kernel-doc: /' >&2
		bad=$((bad + 1))
	fi
done
[ "$bad" = 0 ] || die "$bad file(s) with new sparse or kernel-doc warnings"
say "nothing new from sparse on the $nsparse touched objects the test config builds," \
	"nor from kernel-doc on the $(echo "$files" | wc -w) touched C files"
