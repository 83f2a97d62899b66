#!/bin/bash
# Check: the MAINTAINERS entry the series adds for GUP, on the patched tree.
#  1. it exists, and its M:/R:/L: lines (people and lists) are all taken
#     from the base's MEMORY MANAGEMENT entries: no invented names;
#  2. each of its F:/X: patterns matches a file of the patched tree, as
#     get_maintainer.pl matches them (a path the series has not added yet
#     is an error too: the entry must not promise files that are not there);
#  3. scripts/get_maintainer.pl (no git, no network) on every patch of
#     series/ that touches a file the entry covers names the entry, its
#     maintainers and its lists;
#  4. scripts/parse-maintainers.pl --order (sections by name, fields in the
#     preferred order) on the patched and on the base MAINTAINERS, in a
#     temporary directory: every place where the patched file is out of
#     that order must already be out of order in the base. Debian's file
#     has disorder of its own; only disorder the series adds fails.
# Usage: maintainers-check.sh
set -eu
. "$(dirname "$0")/lib.sh"

ENTRY="MEMORY MANAGEMENT - GUP (GET USER PAGES)"
need_file "$KTREE/MAINTAINERS" "make tree first"
need_file "$BASE_TREE/MAINTAINERS" "make tree first"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
errors=0
err() { printf 'maintainers: %s\n' "$*" >&2; errors=$((errors + 1)); }

# The field lines of the sections named $2, or whose name starts with $3.
sections() {
	awk -v name="$2" -v prefix="${3:-}" 'h && !/^[A-Z]:/ {h = 0} h
		!h && ($0 == name || (prefix != "" && index($0, prefix) == 1)) {h = 1}' "$1"
}
grep -qxF "$ENTRY" "$KTREE/MAINTAINERS" || die "no entry '$ENTRY' in $KTREE/MAINTAINERS"
sections "$KTREE/MAINTAINERS" "$ENTRY" >"$work/entry"
sections "$BASE_TREE/MAINTAINERS" "MEMORY MANAGEMENT" "MEMORY MANAGEMENT - " >"$work/mm"

# 1. People and lists.
grep -q '^M:' "$work/entry" || err "'$ENTRY' has no M: line"
grep -q '^L:' "$work/entry" || err "'$ENTRY' has no L: line"
people=0
while IFS= read -r line; do
	people=$((people + 1))
	grep -qxF "$line" "$work/mm" ||
		err "'$line' of '$ENTRY' is in no MEMORY MANAGEMENT entry of the base MAINTAINERS"
done < <(grep -E '^[MRL]:' "$work/entry")

# 2. F:/X: patterns against the tree's files, with get_maintainer.pl's
# conversion (. literal, * and ? wildcards, a directory gets a slash) and
# matching (a pattern without a trailing slash keeps to its directory).
# match.pl PATTERN-FILE, in the tree: reads paths, prints "pattern<TAB>path" per match.
cat >"$work/match.pl" <<'PL'
open(my $p, '<', shift) or die;
my @pats = map { chomp; $_ } <$p>;
my @re = map {
	my $v = $_; $v =~ s@\.@\\.@g; $v =~ s/\*/.*/g; $v =~ s/\?/./g;
	$v =~ s@([^/])$@$1/@ if -d $v; $v
} @pats;
while (my $f = <STDIN>) {
	chomp $f;
	for my $i (0 .. $#re) {
		next unless $f =~ m@^$re[$i]@;
		next if substr($re[$i], -1) ne '/' && ($f =~ tr@/@@) != ($re[$i] =~ tr@/@@);
		print "$pats[$i]\t$f\n";
	}
}
PL
sed -nE 's/^[FX]:[[:space:]]*//p' "$work/entry" >"$work/patterns"
[ -s "$work/patterns" ] || err "'$ENTRY' has no F: pattern"
git -C "$KTREE" ls-files >"$work/files"
(cd "$KTREE" && perl "$work/match.pl" "$work/patterns" <"$work/files") >"$work/matches"
while IFS= read -r pat; do
	n=$(awk -F '\t' -v p="$pat" '$1 == p' "$work/matches" | wc -l)
	[ "$n" -gt 0 ] || err "pattern '$pat' of '$ENTRY' matches no file of $KTREE"
done <"$work/patterns"
nfiles=$(cut -f2 "$work/matches" | sort -u | wc -l)

# 3. get_maintainer.pl on the patches that touch a covered file. Its
# --subsystem output lists the matched sections' names after the addresses.
emails=$(sed -nE 's/^M:.*<([^>]+)>.*/\1/p; s/^L:[[:space:]]*([^[:space:]]+).*/\1/p' "$work/entry")
routed=0
for patch in "$TOP"/series/[0-9][0-9][0-9][0-9]-*.patch; do
	case $patch in */0000-*) continue ;; esac
	sed -nE 's@^diff --git a/([^ ]+) b/([^ ]+)$@\1\n\2@p' "$patch" | sort -u >"$work/paths"
	(cd "$KTREE" && perl "$work/match.pl" "$work/patterns" <"$work/paths") | grep -q . || continue
	routed=$((routed + 1))
	out=$(cd "$KTREE" && perl scripts/get_maintainer.pl --no-git --no-git-fallback \
		--no-rolestats --subsystem "$patch" 2>&1) ||
		{ err "get_maintainer.pl failed on $(basename "$patch"): $out"; continue; }
	grep -qxF "$ENTRY" <<<"$out" ||
		err "get_maintainer.pl does not name '$ENTRY' for $(basename "$patch")"
	for e in $emails; do
		grep -qF "$e" <<<"$out" ||
			err "get_maintainer.pl does not name $e for $(basename "$patch")"
	done
done
[ "$routed" -gt 0 ] || err "no patch of series/ touches a file '$ENTRY' covers"

# 4. Order. For a file and parse-maintainers.pl's sorted copy of it: every
# pair of adjacent sections, and of adjacent fields in a section, that the
# sorted copy has the other way round. The series must add no such pair.
for t in base:"$BASE_TREE" patched:"$KTREE"; do
	(cd "$work" && perl "${KTREE}/scripts/parse-maintainers.pl" --order \
		--input="${t#*:}/MAINTAINERS" --output="$work/${t%%:*}.sorted" \
		--section="$work/${t%%:*}.section") ||
		die "parse-maintainers.pl failed on ${t#*:}/MAINTAINERS"
done
python3 - "$BASE_TREE/MAINTAINERS" "$work/base.sorted" "$KTREE/MAINTAINERS" "$work/patched.sorted" \
	>"$work/order" <<'PY' || err "MAINTAINERS order: $(cat "$work/order")"
import re, sys

def parse(path):
    """Sections as parse-maintainers.pl reads them: header -> field lines."""
    secs, order, prev, cur = {}, [], "", None
    for line in open(path, encoding="utf-8", errors="replace"):
        line = line.rstrip("\n")
        m = re.match(r"^([A-Z]):\s*(.*)", line)
        if m:
            field = m.group(1) + ":\t" + m.group(2).strip()
            if prev.strip():
                cur = prev.strip()
                order.append(cur)
                secs[cur] = []
            if cur is not None:
                secs[cur].append(field)
            prev = ""
        else:
            prev = line
    return order, secs

def inversions(path, sorted_path):
    order, secs = parse(path)
    sorder, ssecs = parse(sorted_path)
    rank = {h: i for i, h in enumerate(sorder)}
    inv = set()
    for a, b in zip(order, order[1:]):
        if rank[a] > rank[b]:
            inv.add(f"section '{b}' comes after '{a}'")
    for h in order:
        frank = {}
        for i, f in enumerate(ssecs[h]):
            frank.setdefault(f, i)
        for a, b in zip(secs[h], secs[h][1:]):
            if frank[a] > frank[b]:
                inv.add(f"in '{h}', '{b}' comes after '{a}'")
    return inv

base = inversions(sys.argv[1], sys.argv[2])
patched = inversions(sys.argv[3], sys.argv[4])
new = sorted(patched - base)
print("; ".join(new) if new else f"{len(base)} out of order in the base, none added")
sys.exit(1 if new else 0)
PY

npat=$(wc -l <"$work/patterns")
if [ "$errors" -gt 0 ]; then
	die "MAINTAINERS: $errors problem(s) with '$ENTRY' (above)"
fi
echo "maintainers: '$ENTRY': $people people/lists from MEMORY MANAGEMENT;" \
	"$npat patterns, all match ($nfiles files); get_maintainer.pl routes" \
	"$routed patches to it; order: $(cat "$work/order")"
