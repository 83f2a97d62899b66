#!/bin/bash
# Stage: install the Debian packages the harness uses, if any is missing.
# Usage: deps.sh [extra-package...]
set -eu
. "$(dirname "$0")/lib.sh"

# gcc-12-multilib (gcc -m32, the i386 guest's userspace) and not the
# gcc-multilib metapackage: Debian 12's gcc-multilib conflicts with the
# gcc-<arch>-linux-gnu cross compilers, and installing one removes the other.
# The cross compilers are compile-check.sh's (its table says which arch).
pkgs="build-essential git flex bison bc libelf-dev libssl-dev ccache cpio kmod xz-utils
      rsync python3 python3-ply python3-git e2fsprogs xfsprogs busybox-static qemu-system-x86 sparse coccinelle
      libcap-dev libnuma-dev python3-sphinx python3-sphinx-rtd-theme gnuplot-nox gcc-12-multilib b4
      gcc-aarch64-linux-gnu gcc-powerpc64le-linux-gnu gcc-powerpc64-linux-gnu gcc-s390x-linux-gnu
      gcc-sparc64-linux-gnu gcc-sh4-linux-gnu $*"

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
