#!/usr/bin/env python3
"""Stage: reclaim of read-pinned folios, base vs patched (issue 12). Reads
the guest runs of guest/plans/reclaim.plan (guest/pin_pressure's "# vmstat"
and "# pages" lines), prints per kind of memory (none: the pressure alone;
memfd, ext4: a 64 MiB region read-pinned under it) the median and the
range over the rounds of each kernel, and the median excess over the
control round (pinned kind minus "none" of the same round), then checks
that reclaim did no more work on the patched kernel:

- file pages reclaim wrote (nr_vmscan_write - pswpout - swpout_zero), and
  pinned pages in the swap cache or stripped of their buffers: the patched
  kernel's most at most the base's most (0 on the base);
- pinned pages on the active list after the pressure (reclaim puts a
  pinned folio back there; one it keeps on the inactive list instead, it
  scans again on every pass): the patched median at least half the base's;
- the work counters (pgscan, pgsteal, pgactivate, pgrefill, pswpout,
  nr_written, over the round): the patched median at most the base median
  plus TOLERANCE, plus half a pass over the pinned region (pages/2), for
  the counters that count a pass or less (memfd's activations).

Usage: reclaim-compare.py BASE_NAME[,NAME...] PATCHED_NAME[,NAME...]
Exits 1 if a check fails or a run lacks a kind.
"""
import os
import statistics
import sys

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LOGS = os.path.join(os.environ.get('BUILD', os.path.join(TOP, 'build')), 'logs')
KINDS = ('none', 'memfd', 'ext4')
PINNED = ('memfd', 'ext4')
# Measured (2026-12-04, 5 boots of 3 rounds per kernel): the medians of a
# boot's rounds of the counters above 100k pages spread by at most 5.3 %
# over the 10 boots, the base's and the patched kernel's alike; memfd's
# activations and deactivations, a pass or less over the pinned region, by
# up to 7.9k pages: 10 %, and half a pass (8192 pages), cover both.
TOLERANCE = 0.10
WORK = ('pgscan', 'pgsteal', 'pgactivate', 'pgrefill', 'pswpout', 'nr_written')
ROWS = ('pgscan', 'pgscan_anon', 'pgscan_file', 'pgsteal', 'pgsteal_file',
        'pgactivate', 'pgrefill', 'pswpout', 'nr_written',
        'file_written', 'pinned_swapcache', 'pinned_lost_buffers',
        'pinned_active')
# At most what the base did, at any round: what reclaim must not do more of
# to the pinned folios.
AT_MOST_BASE = ('file_written', 'pinned_swapcache', 'pinned_lost_buffers')
# At least half the base's: the pinned folios reclaim put back as active.
HALF_BASE = ('pinned_active',)


def read_rounds(name):
    """[(section id, kind, {row: value})] of one guest run, in order."""
    path = os.path.join(LOGS, name + '.results')
    rounds, cur = [], None
    for line in open(path, errors='replace'):
        f = line.split()
        if line.startswith('### BEGIN '):
            cur = (f[2], None, {})
        elif line.startswith('### END ') and cur:
            if cur[1]:
                rounds.append(cur)
            cur = None
        elif cur and len(f) == 5 and f[0] == '#' and f[1] in ('vmstat', 'pages'):
            cur = (cur[0], f[2], cur[2])
            key = f[3] if f[1] == 'vmstat' else 'pages_' + f[3]
            cur[2][key] = int(f[4])
    return [(i, k, derive(v)) for i, k, v in rounds]


def derive(v):
    """The rows of the table from one round's counters."""
    d = dict(v)
    d['pgscan'] = v['pgscan_kswapd'] + v['pgscan_direct']
    d['pgsteal'] = v['pgsteal_kswapd'] + v['pgsteal_direct']
    d['file_written'] = v['nr_vmscan_write'] - v['pswpout'] - v['swpout_zero']
    if 'pages_pinned' in v:
        d['pinned_swapcache'] = v['pages_swapcache']
        d['pinned_lost_buffers'] = v['pages_private-before'] - v['pages_private']
        d['pinned_active'] = v['pages_active']
    return d


def collect(names):
    """{kind: {row: [value per round]}}, and the excess of each pinned round
    over the control round before it: {kind: {row: [excess]}}."""
    vals, excess = {}, {}
    for name in names.split(','):
        rounds = read_rounds(name)
        for kind in KINDS:
            if not any(k == kind for _, k, _ in rounds):
                sys.exit(f'{name}: no round of {kind} (plan reclaim?)')
        control = None
        for _, kind, v in rounds:
            for row, x in v.items():
                vals.setdefault(kind, {}).setdefault(row, []).append(x)
            if kind == 'none':
                control = v
            elif control:
                for row in ROWS:
                    if row in v and row in control:
                        excess.setdefault(kind, {}).setdefault(row, []).append(v[row] - control[row])
    return vals, excess


def median(xs):
    return int(statistics.median(xs)) if xs else None


def cell(xs):
    if not xs:
        return '-'
    return f'{median(xs)} [{min(xs)}-{max(xs)}]'


def check(kind, row, b, p, pinned):
    """None if the patched kernel's values pass against the base's, else why."""
    if kind not in PINNED:
        return None
    if row in AT_MOST_BASE and max(p) > max(b):
        return f'at most {max(b)} on the base, {max(p)} on the patched kernel'
    if row in HALF_BASE and median(p) < median(b) / 2:
        return f'median {median(p)} on the patched kernel, base {median(b)}: under half'
    if row in WORK:
        bound = median(b) * (1 + TOLERANCE) + pinned // 2
        if median(p) > bound:
            return (f'median {median(p)} on the patched kernel, base {median(b)} '
                    f'(+{TOLERANCE:.0%} +{pinned // 2} pages allowed: {int(bound)})')
    return None


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.split('\n\n')[-2])
    base, base_x = collect(sys.argv[1])
    pat, pat_x = collect(sys.argv[2])
    nb, np_ = len(base['none']['pgscan']), len(pat['none']['pgscan'])
    print(f'Reclaim of read-pinned folios under memory pressure, per round '
          f'(median [min-max]; base: {sys.argv[1]}, {nb} rounds; '
          f'patched: {sys.argv[2]}, {np_} rounds)')
    print('excess: the pinned round minus the control round before it (median)')
    head = ('kind', 'counter', 'base', 'patched', 'ratio', 'excess base', 'excess patched', '')
    print('| ' + ' | '.join(head) + ' |')
    print('|' + '---|' * len(head))
    failed = []
    for kind in KINDS:
        pinned = max(base[kind].get('pages_pinned', [0]))
        for row in ROWS:
            b, p = base[kind].get(row), pat[kind].get(row)
            if not b or not p:
                continue
            why = check(kind, row, b, p, pinned)
            ratio = f'{median(p) / median(b):.3f}' if median(b) else '-'
            xb = median(base_x.get(kind, {}).get(row, []))
            xp = median(pat_x.get(kind, {}).get(row, []))
            xb, xp = ('-' if x is None else x for x in (xb, xp))
            print(f'| {kind} | {row} | {cell(b)} | {cell(p)} | {ratio} | {xb} | {xp} | '
                  f'{"FAIL" if why else ""} |')
            if why:
                failed.append(f'{kind} {row}: {why}')
    if failed:
        print('\n'.join(['', 'reclaim does more work on read-pinned folios on the '
                         'patched kernel than on the base:'] + failed), file=sys.stderr)
        sys.exit(1)
    print('==> reclaim did no more work on the read-pinned memfd and ext4 folios '
          'on the patched kernel than on the base')


main()
