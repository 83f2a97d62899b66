#!/usr/bin/env python3
"""Stage: the benchmark report. Reads the guest results of the base and the
patched kernel run on the same bench plan, writes OUT/results.csv (every
repetition), OUT/summary.json and OUT/summary.md (per case: median get and
put cost per page, spread, ratio patched/base) and the plots of cost per
page against pages per call (OUT/bench-read.svg, OUT/bench-write.svg, from
OUT/plot.gp). If OUT/atomics.json is there (scripts/bench-atomics.sh,
which 'make bench' runs first), summary.md shows next to the ns per page the
atomic RMW operations per page it measured, pin and release, base and
patched. Exits 1 if a case of the plan has no timing on either kernel.

Usage: bench-report.py PLAN BASE.results PATCHED.results OUT [note...]
"""
import csv
import json
import os
import re
import statistics
import subprocess
import sys

TIME = re.compile(r'(\w+)_BENCHMARK: Time: get:(\d+) put:(\d+) us')
BENCHES = ('gup_fast', 'pin_fast', 'pin_longterm')
KINDS = ('anon', 'thp', 'shmem', 'ext4', 'hugetlb')
MIN_REGION = 64 << 20


def plan_cases(path):
    """The cases of the plan, in order: (bench, kind, dir, pages)."""
    cases = []
    for line in open(path):
        ident = line.split('\t', 1)[0]
        if ident.startswith('bench:'):
            _, bench, kind, direction, pages = ident.split(':')
            cases.append((bench, kind, direction, int(pages)))
    return cases


def region_pages(pages):
    return max(pages * 4096, MIN_REGION) // 4096


def check_clock(results_path):
    """The guest's timings are only worth anything while it kept the TSC
    as its clocksource: die if its kernel log says it switched away."""
    console = results_path[:-len('.results')] + '.console'
    last = None
    for line in open(console, errors='replace'):
        m = re.search(r'Switched to clocksource (\S+)', line)
        if m:
            last = m.group(1)
    if last != 'tsc':
        sys.exit(f'{console}: the guest clock ended on {last}, not tsc: '
                 'its timings are not instruction counts')


def read_results(path):
    """{case id: [(get_us, put_us), ...]} from one guest's framed results."""
    check_clock(path)
    runs, cur = {}, None
    for line in open(path, errors='replace'):
        line = line.rstrip('\r\n')
        if line.startswith('### BEGIN '):
            cur = line.split()[2]
            runs[cur] = []
        elif line.startswith('### END '):
            cur = None
        elif cur:
            m = TIME.search(line)
            if m:
                runs[cur].append((int(m.group(2)), int(m.group(3))))
    return runs


def stats(values):
    med = statistics.median(values)
    spread = (max(values) - min(values)) / med * 100 if med else 0.0
    return med, spread


def main():
    plan, base_path, patched_path, out = sys.argv[1:5]
    note = ' '.join(sys.argv[5:])
    os.makedirs(out, exist_ok=True)
    cases = plan_cases(plan)
    runs = {'base': read_results(base_path),
            'patched': read_results(patched_path)}
    rows, summary, missing = [], [], []

    for bench, kind, direction, pages in cases:
        ident = f'bench:{bench}:{kind}:{direction}:{pages}'
        npages = region_pages(pages)
        entry = {'bench': bench, 'kind': kind, 'dir': direction,
                 'pages_per_call': pages, 'region_pages': npages}
        for kernel in ('base', 'patched'):
            reps = runs[kernel].get(ident, [])
            if not reps:
                missing.append(f'{ident} on {kernel}')
                continue
            for i, (get, put) in enumerate(reps, 1):
                rows.append([kernel, bench, kind, direction, pages, npages,
                             i, get, put])
            get_ns = [g * 1000 / npages for g, _ in reps]
            put_ns = [p * 1000 / npages for _, p in reps]
            entry[kernel] = {'reps': len(reps),
                             'get_ns': stats(get_ns), 'put_ns': stats(put_ns)}
        if 'base' in entry and 'patched' in entry:
            for op in ('get_ns', 'put_ns'):
                b, p = entry['base'][op][0], entry['patched'][op][0]
                entry[op[:3] + '_ratio'] = p / b if b else None
        summary.append(entry)

    with open(os.path.join(out, 'results.csv'), 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['kernel', 'bench', 'kind', 'dir', 'pages_per_call',
                    'region_pages', 'rep', 'get_us', 'put_us'])
        w.writerows(rows)
    with open(os.path.join(out, 'summary.json'), 'w') as f:
        json.dump({'note': note, 'cases': summary}, f, indent=1)
    write_markdown(os.path.join(out, 'summary.md'), summary, note)
    atomics = os.path.join(out, 'atomics.json')
    if os.path.exists(atomics):
        write_atomics(os.path.join(out, 'summary.md'), summary, atomics)
    write_plot(out, summary)

    over = [e for e in summary if over_one(e)]
    print(f'{len(summary)} cases, {len(rows)} timed repetitions; '
          f'{len(over)} with a ratio over 1.00 beyond the spread')
    for e in over:
        print(f"  over: {e['bench']} {e['kind']} {e['dir']} "
              f"{e['pages_per_call']} pages/call: get {fmt_ratio(e.get('get_ratio'))}"
              f" put {fmt_ratio(e.get('put_ratio'))}")
    if missing:
        print('no timing for: ' + ', '.join(missing), file=sys.stderr)
        sys.exit(1)


def over_one(e):
    """A ratio over 1.00 by more than the spread of either kernel's runs."""
    for op in ('get', 'put'):
        r = e.get(op + '_ratio')
        if r is None:
            continue
        spread = max(e['base'][op + '_ns'][1], e['patched'][op + '_ns'][1])
        if r > 1.0 + spread / 100:
            return True
    return False


def fmt_ratio(r):
    return '-' if r is None else f'{r:.3f}'


def cell(e, kernel, op):
    if kernel not in e:
        return '-'
    med, spread = e[kernel][op]
    return f'{med:.1f} ±{spread / 2:.1f}%'


def write_markdown(path, summary, note):
    with open(path, 'w') as f:
        if note:
            f.write(note + '\n\n')
        f.write('Cost per page in ns of guest time (QEMU -icount shift=0: '
                'one instruction is one ns), median of the repetitions, '
                '± half the spread (max - min) across them.\n\n')
        f.write('| bench | memory | dir | pages/call | get base | get patched '
                '| get ratio | put base | put patched | put ratio |\n')
        f.write('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: '
                '| ---: |\n')
        for e in summary:
            f.write(f"| {e['bench']} | {e['kind']} | {e['dir']} | "
                    f"{e['pages_per_call']} | {cell(e, 'base', 'get_ns')} | "
                    f"{cell(e, 'patched', 'get_ns')} | "
                    f"{fmt_ratio(e.get('get_ratio'))} | "
                    f"{cell(e, 'base', 'put_ns')} | "
                    f"{cell(e, 'patched', 'put_ns')} | "
                    f"{fmt_ratio(e.get('put_ratio'))} |\n")
        f.write('\nPins against plain references, same kernel (median ns per '
                'page; PIN_FAST / GUP_FAST):\n\n')
        f.write('| memory | dir | pages/call | get base | get patched '
                '| put base | put patched |\n')
        f.write('| --- | --- | ---: | ---: | ---: | ---: | ---: |\n')
        index = {(e['bench'], e['kind'], e['dir'], e['pages_per_call']): e
                 for e in summary}
        for e in summary:
            if e['bench'] != 'pin_fast':
                continue
            g = index.get(('gup_fast', e['kind'], e['dir'], e['pages_per_call']))
            if not g:
                continue
            vals = []
            for op in ('get_ns', 'put_ns'):
                for kernel in ('base', 'patched'):
                    if kernel in e and kernel in g and g[kernel][op][0]:
                        vals.append(f'{e[kernel][op][0] / g[kernel][op][0]:.2f}x')
                    else:
                        vals.append('-')
            f.write(f"| {e['kind']} | {e['dir']} | {e['pages_per_call']} | "
                    + ' | '.join(vals) + ' |\n')


def write_atomics(path, summary, atomics_json):
    """The atomics per page of OUT/atomics.json next to the ns per page of
    the same case at the smaller of its two sizes (appended to summary.md)."""
    a = json.load(open(atomics_json))
    lo, hi = a['pages']
    index = {(e['bench'], e['kind'], e['dir'], e['pages_per_call']): e
             for e in summary}
    fmt = lambda n: f'{n:.3f}'.rstrip('0').rstrip('.')
    with open(path, 'a') as f:
        f.write(f"\nAtomic read-modify-write operations per page (LOCK-prefixed "
                f"instructions and xchg with memory, counted in QEMU's exec log "
                f"of one ioctl: slope between {lo} and {hi} pages per call; "
                f"bench/atomics.md has the method, per-call counts and where "
                f"they are), next to the ns per page at {lo} pages per call. "
                f"{a['note']}\n\n")
        f.write('| bench | memory | dir | get ns base | get ns patched '
                '| get atomics base | get atomics patched | put ns base '
                '| put ns patched | put atomics base | put atomics patched |\n')
        f.write('| --- | --- | --- |' + ' ---: |' * 8 + '\n')
        for r in a['rows']:
            e = index.get((r['bench'], r['memory'], r['dir'], lo), {})
            vals = []
            for op in ('get', 'put'):
                for kernel in ('base', 'patched'):
                    vals.append(f"{e[kernel][op + '_ns'][0]:.1f}" if kernel in e else '-')
                for kernel in ('base', 'patched'):
                    vals.append(fmt(r[f'{op}_{kernel}']['atomics_per_page']))
            f.write(f"| {r['bench']} | {r['memory']} | {r['dir']} | "
                    + ' | '.join(vals) + ' |\n')


def write_plot(out, summary):
    """Per-page cost against pages per call, one panel per benchmark and
    operation, one line per memory kind and kernel; one plot per direction.
    Writes OUT/plot.gp (data inline) and runs gnuplot on it."""
    lines = ['set terminal svg size 1200,1300 dynamic font "sans,10"',
             'set logscale x 2', 'set logscale y 2', 'set grid',
             'set key outside right top font ",8"',
             'set xlabel "pages per call"', 'set ylabel "ns per page"',
             'set xrange [0.5:524288]', 'set offsets 0, 0, graph 0.05, graph 0.05']
    series = {}
    for e in summary:
        for kernel in ('base', 'patched'):
            if kernel in e:
                key = f"{e['bench']}_{e['kind']}_{e['dir']}_{kernel}"
                series.setdefault(key, []).append(
                    f"{e['pages_per_call']} {e[kernel]['get_ns'][0]:.2f} "
                    f"{e[kernel]['put_ns'][0]:.2f}")
    for key, points in series.items():
        lines += [f'${key} << EOD'] + points + ['EOD']
    for direction in ('read', 'write'):
        lines += [f'set output "bench-{direction}.svg"',
                  f'set multiplot layout 3,2 title "gup_test, {direction} pins: '
                  'cost per page (base dashed, patched solid)"']
        for bench in BENCHES:
            for col, op in ((2, 'get'), (3, 'put')):
                plots = []
                for n, kind in enumerate(KINDS, 1):
                    for kernel, dash in (('base', 2), ('patched', 1)):
                        key = f'{bench}_{kind}_{direction}_{kernel}'
                        if key in series:
                            plots.append(f'${key} using 1:{col} with linespoints '
                                         f'lc {n} dt {dash} title "{kind} {kernel}"')
                lines.append(f'set title "{bench} {op}"')
                if plots:
                    lines.append('plot ' + ', \\\n     '.join(plots))
        lines.append('unset multiplot')
    with open(os.path.join(out, 'plot.gp'), 'w') as f:
        f.write('\n'.join(lines) + '\n')
    subprocess.run(['gnuplot', 'plot.gp'], cwd=out, check=True)


if __name__ == '__main__':
    main()
