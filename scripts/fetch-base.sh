#!/bin/bash
# Stage: download the pinned linux-source-6.12 .deb and check its sha256.
# Prints nothing on success but the path of the tarball in $BUILD/base.
# If the pinned version has left the archive, fall back to the newest one
# with a loud warning, and record that in $BUILD/base/USED.
set -eu
. "$(dirname "$0")/lib.sh"

dir=$BUILD/base
tarball=$dir/linux-source-6.12.tar.xz
mkdir -p "$dir"
[ -s "$tarball" ] && [ -s "$dir/USED" ] && exit 0

tmp=$(mktemp -d "$dir/dl.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

version=$BASE_VERSION
if ! apt-get download "$BASE_PACKAGE=$version" >download.log 2>&1; then
	apt-get update -qq >/dev/null 2>&1 || true
	if ! apt-get download "$BASE_PACKAGE=$version" >download.log 2>&1; then
		version=$(apt-cache madison "$BASE_PACKAGE" | awk 'NR==1 {print $3}')
		[ -n "$version" ] || die "$BASE_PACKAGE is not in any configured Debian archive"
		warn "pinned base $BASE_PACKAGE=$BASE_VERSION is no longer in the archive;
!!! FALLING BACK to the newest, $version: the series is applied with 'git am -3'"
		apt-get download "$BASE_PACKAGE=$version" >download.log 2>&1 ||
			die "apt-get download $BASE_PACKAGE=$version failed: $(tail -n 1 download.log)"
	fi
fi

deb=$(ls ./*.deb)
if [ "$version" = "$BASE_VERSION" ]; then
	sum=$(sha256sum "$deb" | cut -d' ' -f1)
	[ "$sum" = "$BASE_SHA256" ] ||
		die "sha256 mismatch for $deb: got $sum, base.conf pins $BASE_SHA256 (corrupt download or changed package)"
fi
dpkg-deb --fsys-tarfile "$deb" | tar -x ./usr/src/linux-source-6.12.tar.xz ||
	die "$deb has no usr/src/linux-source-6.12.tar.xz: not a linux-source package?"
xz -t usr/src/linux-source-6.12.tar.xz || die "the tarball inside $deb is corrupt"
mv usr/src/linux-source-6.12.tar.xz "$tarball"
note=
if [ "$version" != "$BASE_VERSION" ]; then note=" (FALLBACK: the pinned $BASE_VERSION is gone)"; fi
echo "$BASE_PACKAGE=$version$note" >"$dir/USED"
