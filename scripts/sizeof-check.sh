#!/bin/bash
# Check: the series does not grow struct page or struct folio. Compiles one
# throw-away file to assembly in each tree (as asm-offsets does) and compares
# the sizes the compiler computed. Usage: sizeof-check.sh BASE_OBJ PATCHED_OBJ
set -eu
. "$(dirname "$0")/lib.sh"

sizes() {	# src obj -> "struct page N" and "struct folio N" lines
	local src=$1 obj=$2 f=mm/zz_pup_sizeof
	cat >"$src/$f.c" <<'C'
#include <linux/kbuild.h>
#include <linux/mm_types.h>
void pup_sizeof(void)
{
	DEFINE(STRUCT_PAGE, sizeof(struct page));
	DEFINE(STRUCT_FOLIO, sizeof(struct folio));
}
C
	make -s -C "$src" O="$obj" ARCH=x86_64 "$f.s" >/dev/null 2>&1 || true
	rm -f "$src/$f.c"
	sed -n 's/.*->STRUCT_\(PAGE\|FOLIO\) \$\?\([0-9]*\).*/\1 \2/p' "$obj/$f.s" 2>/dev/null
	rm -f "$obj/$f.s"
}

base=$(sizes "$BASE_TREE" "$(realpath "$1")")
patched=$(sizes "$KTREE" "$(realpath "$2")")
[ -n "$base" ] && [ -n "$patched" ] || die "could not compute the sizes of struct page and struct folio"
[ "$base" = "$patched" ] || die "struct sizes differ: base: $(echo $base), patched: $(echo $patched)"
say "sizeof(struct page), sizeof(struct folio) unchanged: $(echo $base)"
