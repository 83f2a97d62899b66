#!/bin/bash
# Stage: the person running it takes the series over: every commit
# base..HEAD of the work tree gets them as author and their Signed-off-by
# instead of the placeholder's. Signing off certifies the Developer's
# Certificate of Origin (Documentation/process/submitting-patches.rst):
# only a person who can certify it for every patch should run this.
# Then 'make export' writes series/ with that identity.
set -eu
. "$(dirname "$0")/lib.sh"

[ -d "$KTREE/.git" ] || die "no work tree at $KTREE: run 'make tree' first"
name=$(git config user.name || true) email=$(git config user.email || true)
[ -n "$name" ] && [ -n "$email" ] ||
	die "git has no user.name and user.email: the sign-off names a person (git config --global user.name ...)"
[ -z "$(git -C "$KTREE" status --porcelain --untracked-files=no)" ] ||
	die "$KTREE has uncommitted changes: commit them first"
placeholder="Signed-off-by: $PUP_PLACEHOLDER_NAME <$PUP_PLACEHOLDER_EMAIL>"
n=$(git -C "$KTREE" rev-list --count base..HEAD)
# Each commit: the placeholder's sign-off removed, the author reset to the
# committer, the committer's sign-off added (once: -s does not repeat it).
export GIT_COMMITTER_NAME=$name GIT_COMMITTER_EMAIL=$email
log=$(mktemp)
git -C "$KTREE" -c user.name="$name" -c user.email="$email" rebase -q --exec \
	"git log -1 --format=%B | grep -vxF '$placeholder' | git commit -q --amend --reset-author -s -F -" base \
	>"$log" 2>&1 || { cat "$log" >&2; die "the rebase stopped: see git -C $KTREE status"; }
rm -f "$log"
say "$n commits now from and signed off by $name <$email>: 'make export' writes them to series/"
