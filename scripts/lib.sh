# Shared helpers for the stage scripts. Sourced, not run.
# shellcheck shell=bash

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$TOP/build}
KTREE=${KTREE:-$BUILD/linux}		# the work tree: base + series as commits
BASE_TREE=$BUILD/linux-base		# git worktree of the tag "base"
# ccache: room for every configuration the checks build (the default 5G
# would evict a run's objects before the next run can use them).
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-15G}
LOGS=$BUILD/logs
# shellcheck source=../base.conf
. "$TOP/base.conf"

# The identity the work tree commits as: the person running the harness
# (git's user.name and user.email), else a placeholder, which the series'
# patches carry until a person takes them over with 'make sign'.
PUP_PLACEHOLDER_NAME="put_user_page series"
PUP_PLACEHOLDER_EMAIL="pup-series@localhost"
PUP_NAME=$(git config user.name 2>/dev/null || echo "$PUP_PLACEHOLDER_NAME")
PUP_EMAIL=$(git config user.email 2>/dev/null || echo "$PUP_PLACEHOLDER_EMAIL")

say()  { printf '==> %s\n' "$*"; }
warn() { printf '\n!!! WARNING: %s\n\n' "$*" >&2; }
die()  { printf 'error: %s\n' "$*" >&2; exit 1; }

need_file() { [ -e "$1" ] || die "$1 is missing: $2"; }

# The work tree remembers which series/ it was made from, and at which HEAD,
# so that make-tree.sh can tell a stale tree from one with work of its own.
stamp_file() { echo "$KTREE/.git/series.sha256"; }
series_sum() { cat "$TOP"/series/*.patch 2>/dev/null | sha256sum | cut -d' ' -f1; }
write_stamp() { { series_sum; git -C "$KTREE" rev-parse HEAD; } >"$(stamp_file)"; }

# The direction-less release calls the series removes (git grep -E).
OLD_RELEASES='\bunpin_(user_)?(page|pages|folio|folios)\(|\bunpin_user_pages_dirty_lock\(|\bunpin_user_page_range_dirty_lock\(|\bunpin_user_folio\('

# A worktree of the work tree's repository at DIR, detached at base, made
# once and kept: the checks that build other commits check them out there.
scratch_worktree() {	# DIR
	[ -d "$1" ] && return 0
	git -C "$KTREE" worktree prune
	git -C "$KTREE" worktree add -q --detach "$1" base
}

# The coccinelle script: the series carries it, and the work tree's copy is
# the one every check uses (edit it there, then make export).
COCCI_IN_TREE=scripts/coccinelle/api/put_user_page.cocci
cocci_script() {
	need_file "$KTREE/$COCCI_IN_TREE" "the series adds it: make tree"
	echo "$KTREE/$COCCI_IN_TREE"
}
