#!/bin/bash
# Stage: configure and build a test kernel out of tree, with ccache.
# Usage: build-kernel.sh SRC OBJ FRAGMENT...
# The config is x86_64 tinyconfig + the fragments (in order); every option a
# fragment sets must survive olddefconfig, or the build stops and names it.
# Leaves OBJ/arch/x86/boot/bzImage and the uapi headers in OBJ/usr/include.
set -eu
. "$(dirname "$0")/lib.sh"

src=$(realpath "$1") obj=$(realpath -m "$2"); shift 2
frags=$(realpath "$@")
arch=${ARCH:-x86_64}
mkdir -p "$obj" "$LOGS"
log=$LOGS/build-$(basename "$obj").log
# ccache: paths under the checkout are hashed relative to it, so a fresh
# clone (CI) reuses what an earlier build of the same sources compiled.
export CCACHE_BASEDIR=$TOP CCACHE_NOHASHDIR=true
kmake() { make -s -C "$src" O="$obj" ARCH="$arch" CC="ccache ${CC:-gcc}" "$@"; }

want=$(cat $frags | sha256sum)
: >"$log"
if [ "$(cat "$obj/.fragments" 2>/dev/null)" != "$want" ] || [ ! -f "$obj/.config" ]; then
	kmake tinyconfig >/dev/null
	KCONFIG_CONFIG=$obj/.config "$src/scripts/kconfig/merge_config.sh" -m -O "$obj" \
		"$obj/.config" $frags >>"$log" 2>&1
	kmake olddefconfig >>"$log" 2>&1
	bad=
	# What the fragments ask for, the last one winning, as merge_config does.
	want_opts=$(cat $frags | sed -nE 's/^(CONFIG_[A-Za-z0-9_]+)=.*/\1 &/p; s/^# (CONFIG_[A-Za-z0-9_]+) is not set$/\1 &/p' |
		awk '{v[$1] = $0; if (!($1 in o)) o[$1] = n++} END {for (k in o) print o[k], v[k]}' |
		sort -n | cut -d' ' -f3-)
	while IFS= read -r line; do
		case $line in
		CONFIG_*=*) grep -qxF "$line" "$obj/.config" || bad="$bad ${line}" ;;
		"# CONFIG_"*" is not set")
			opt=${line#\# }; opt=${opt%% *}
			grep -q "^$opt=" "$obj/.config" && bad="$bad $opt=n" ;;
		esac
	done <<<"$want_opts"
	[ -z "$bad" ] || die "kernel config for $(basename "$obj") did not take:$bad (see $log)"
	echo "$want" >"$obj/.fragments"
fi

say "building $(basename "$obj") kernel ($(git -C "$src" describe --tags --always 2>/dev/null || echo "$src"))"
if ! kmake -j"$(nproc)" bzImage headers >>"$log" 2>&1; then
	grep -m 5 -E 'error:|Error [0-9]|undefined reference' "$log" >&2 || tail -n 20 "$log" >&2
	die "kernel build failed in $src (full log: $log)"
fi
