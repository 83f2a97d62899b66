#!/bin/bash
# Stage: install the Debian packages the harness uses, if any is missing.
# Usage: deps.sh [extra-package...]
set -eu
. "$(dirname "$0")/lib.sh"

pkgs="build-essential git flex bison bc libelf-dev libssl-dev ccache cpio kmod xz-utils
      rsync python3 python3-ply python3-git e2fsprogs busybox-static qemu-system-x86 sparse coccinelle
      libcap-dev libnuma-dev python3-sphinx python3-sphinx-rtd-theme gnuplot-nox $*"

missing=
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
mkdir -p "$BUILD"

say "installing Debian packages:$missing"
[ "$(id -u)" = 0 ] || die "packages missing ($missing) and not root: install them with apt-get"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq -o DPkg::Lock::Timeout=600 >/dev/null 2>&1 || die "apt-get update failed: check the Debian mirrors in /etc/apt/sources.list*"
# shellcheck disable=SC2086
if ! apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends $missing >"$BUILD/apt.log" 2>&1; then
	tail -n 5 "$BUILD/apt.log" >&2
	die "apt-get could not install:$missing (log: $BUILD/apt.log)"
fi
