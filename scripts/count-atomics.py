#!/usr/bin/env python3
"""Stage helper of bench-atomics.sh: count the atomic read-modify-write
instructions a gup_test ioctl executes, from QEMU's exec log of it.

  count-atomics.py count OBJ TRACEDIR RESULTS OUT.json
      OBJ: the kernel's build dir (vmlinux, System.map); TRACEDIR: what
      atomics-trace.py wrote (windows, one ID.log per ioctl); RESULTS: the
      guest's results file (gup_atomics' timings). Writes per case and
      phase (get, put) the instructions and atomics executed.
  count-atomics.py report BASE.json PATCHED.json OUTDIR NOTE
      Writes OUTDIR/atomics.md and OUTDIR/atomics.json: atomics per page
      (the slope between the two sizes) and per call, base and patched.

Method. A log holds, in order, QEMU's in_asm blocks (the instructions of
each translation block (TB) as translated, with their bytes as they are in
guest memory) and one "Trace" line per TB executed (-d exec,nochain: no TB
chaining, so that none runs unlogged). So each executed TB gives exactly
the instructions QEMU ran. A Trace line that QEMU logged but cancelled
("Stopped execution of TB chain before", "cpu_io_recompile: rewound") is
dropped. The ioctl's phases are cut at the executions of ktime_get's entry
called from gup_test_ioctl: get = [1st, 2nd), put = [3rd, 4th), as
mm/gup_test.c times them. Interrupts inside a phase (an IDT entry stub up
to its iretq) are cut out and reported.

An instruction is an atomic RMW if vmlinux has a LOCK prefix on it (its
address is in vmlinux's .smp_locks, and vmlinux's byte there is 0xf0: on
this one-CPU guest the kernel rewrote those to DS prefixes at boot), or if
it still has a LOCK prefix in memory, or if it is an xchg with a memory
operand. A LOCK op on the stack (x86's smp_mb(): lock addl $0,-4(%rsp)) is
counted apart as a barrier, not as an atomic. Non-LOCK per-CPU RMW ops
(%gs:-relative add/inc/dec/sub/cmpxchg/xadd...: this_cpu_*()) are counted
apart too: they are not atomic across CPUs. Every executed instruction's
bytes are compared with vmlinux's; sites where they differ other than by
the LOCK byte (alternatives, static keys, paravirt, ftrace nops) are listed,
with whether vmlinux has a LOCK or xchg there.
"""
import bisect
import collections
import json
import os
import re
import struct
import subprocess
import sys


def die(msg):
    sys.exit("count-atomics: error: " + msg)


class Vmlinux:
    def __init__(self, obj):
        path = os.path.join(obj, "vmlinux")
        self.path = path
        self.f = open(path, "rb")
        data = self.f.read(64)
        if data[:4] != b"\x7fELF" or data[4] != 2:
            die("%s is not an ELF64 file" % path)
        shoff, = struct.unpack_from("<Q", data, 0x28)
        shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3a)
        self.f.seek(shoff)
        raw = self.f.read(shentsize * shnum)
        secs = [struct.unpack_from("<IIQQQQIIQQ", raw, i * shentsize) for i in range(shnum)]
        strtab = secs[shstrndx]
        self.f.seek(strtab[4])
        names = self.f.read(strtab[5])
        self.sections = {}
        for s in secs:
            name = names[s[0]:names.index(b"\0", s[0])].decode()
            # name: (type, addr, offset, size)
            self.sections[name] = (s[1], s[3], s[4], s[5])
        if ".smp_locks" not in self.sections:
            die("%s has no .smp_locks section" % path)
        t, addr, off, size = self.sections[".smp_locks"]
        self.f.seek(off)
        raw = self.f.read(size)
        self.smp_locks = set()
        for i in range(size // 4):
            rel, = struct.unpack_from("<i", raw, 4 * i)
            if rel:
                self.smp_locks.add(addr + 4 * i + rel)
        self.progbits = [(a, o, s) for (t, a, o, s) in self.sections.values() if t == 1 and a]

    def read(self, addr, n):
        for a, o, s in self.progbits:
            if a <= addr and addr + n <= a + s:
                self.f.seek(o + addr - a)
                return self.f.read(n)
        return None

    def disas(self, addr, n):
        out = subprocess.run(["objdump", "-d", "--no-show-raw-insn", "--start-address=%#x" % addr,
                              "--stop-address=%#x" % (addr + n), self.path],
                             capture_output=True, text=True).stdout
        return "; ".join(l.split(":", 1)[1].strip() for l in out.splitlines()
                         if re.match(r"\s*ffffffff[0-9a-f]+:\s", l))


class Symbols:
    def __init__(self, obj):
        addrs, names = [], []
        with open(os.path.join(obj, "System.map")) as f:
            for line in f:
                a, t, n = line.split()[:3]
                if t in "tTwW":
                    addrs.append(int(a, 16))
                    names.append(n)
        order = sorted(range(len(addrs)), key=lambda i: addrs[i])
        self.addrs = [addrs[i] for i in order]
        self.names = [names[i] for i in order]
        self.by_name = {}
        for a, n in zip(self.addrs, self.names):
            self.by_name.setdefault(n, a)

    def name(self, pc):
        i = bisect.bisect_right(self.addrs, pc) - 1
        if i < 0 or pc >= 0xffffffffffff0000 or pc < 0xffffffff80000000:
            return "?"
        return "%s+%#x" % (self.names[i], pc - self.addrs[i])

    def func(self, pc):
        return self.name(pc).split("+")[0]


# QEMU's in_asm line: "0xADDR:  BYTES  MNEMONIC OPERANDS", at most 8 bytes
# a line: a longer instruction's other bytes follow on lines of their own.
INSN = re.compile(r"^0x([0-9a-f]+):\s+(.*)$")
HEXBYTE = re.compile(r"^[0-9a-f]{2}$")
PREFIXES = ("lock", "rep", "repe", "repne", "repz", "repnz", "notrack", "bnd", "xacquire", "xrelease")
TRACE = re.compile(r"^Trace \d+: 0x[0-9a-f]+ \[([0-9a-f]+)/([0-9a-f]+)/([0-9a-f]+)/([0-9a-f]+)\]")
STOPPED = re.compile(r"^Stopped execution of TB chain before 0x[0-9a-f]+ \[([0-9a-f]+)\]")
REWOUND = re.compile(r"^cpu_io_recompile: rewound execution of TB to ([0-9a-f]+)")
RMW = re.compile(r"^(lock )?(add|sub|inc|dec|and|or|xor|xadd|cmpxchg|btr|bts|btc|neg|not)[bwlq]?$")


def parse_log(path, tbs):
    """The executed TBs of one log, in order, as (pc, key); TB contents
    translated in it are added to tbs (key -> list of instructions)."""
    trace = []
    pending = None
    cancelled = 0
    with open(path, errors="replace") as f:
        for line in f:
            c = line[0] if line else ""
            if c == "0":
                m = INSN.match(line)
                if m and pending is not None:
                    words = m.group(2).split()
                    n = 0
                    while n < len(words) and HEXBYTE.match(words[n]):
                        n += 1
                    raw = bytes.fromhex("".join(words[:n]))
                    if n == len(words):
                        # the rest of a long instruction's bytes, on a line of their own
                        if not pending:
                            die("%s: instruction bytes without an instruction: %s" % (path, line.strip()))
                        a, r, mn, ops = pending[-1]
                        if a + len(r) != int(m.group(1), 16):
                            die("%s: stray instruction bytes: %s" % (path, line.strip()))
                        pending[-1] = (a, r + raw, mn, ops)
                    else:
                        k = n + 1	# prefixes capstone writes apart: "lock cmpxchgl"
                        while k < len(words) and words[k - 1] in PREFIXES:
                            k += 1
                        pending.append((int(m.group(1), 16), raw, " ".join(words[n:k]), " ".join(words[k:])))
            elif c == "I" and line.startswith("IN:"):
                pending = []
            elif c == "T":
                m = TRACE.match(line)
                if not m:
                    continue
                pc = int(m.group(2), 16)
                key = (pc, m.group(3), m.group(4))
                if pending:
                    if pending[0][0] != pc:
                        die("%s: TB translated at %#x but executed at %#x" % (path, pending[0][0], pc))
                    tbs[key] = pending
                pending = None
                trace.append((pc, key))
            elif c in "Sc":
                m = STOPPED.match(line) or REWOUND.match(line)
                if m:
                    pc = int(m.group(1), 16)
                    for i in range(len(trace) - 1, max(len(trace) - 4, -1), -1):
                        if trace[i][0] == pc:
                            del trace[i]
                            cancelled += 1
                            break
    return trace, cancelled


def classify(insn, vm):
    """'atomic', 'barrier', 'percpu' or None for one executed instruction."""
    addr, raw, mnem, ops = insn
    locked = "lock" in mnem or any(a in vm.smp_locks for a in range(addr, addr + len(raw)))
    if locked:
        dest = ops.split(",")[-1].strip()
        if "(%rsp)" in dest and not mnem.replace("lock ", "").startswith(("xchg", "cmpxchg")):
            return "barrier"
        return "atomic"
    if mnem.startswith("xchg") and "(" in ops:
        return "atomic"
    m = RMW.match(mnem.split()[-1])
    if m and "%gs:" in ops.split(",")[-1]:
        return "percpu"
    return None


def count(obj, tracedir, results, out):
    vm = Vmlinux(obj)
    sym = Symbols(obj)
    for n in ("ktime_get", "gup_test_ioctl"):
        if n not in sym.by_name:
            die("%s/System.map has no %s" % (obj, n))
    ktime_get = sym.by_name["ktime_get"]
    entry_funcs = re.compile(r"^(asm_(sysvec|common_interrupt|spurious_interrupt|exc_)|irq_entries_start|spurious_entries_start)")
    timings = {}
    with open(results, errors="replace") as f:
        for line in f:
            m = re.match(r"^(\S+): pages (\d+) get_usec (\d+) put_usec (\d+)", line)
            if m:
                timings[m.group(1)] = dict(pages=int(m.group(2)), get_usec=int(m.group(3)),
                                           put_usec=int(m.group(4)))
    wfile = os.path.join(tracedir, "windows")
    if not os.path.exists(wfile):
        die("%s: no window was traced" % tracedir)
    windows = open(wfile).read().split()
    if not windows:
        die("%s: no window was traced" % tracedir)
    tbs = {}
    cases = {}
    diffs = {}	# addr -> site info, instructions whose bytes differ from vmlinux
    checked = set()
    site_insn = {}	# addr -> the atomic instruction there, as vmlinux has it
    for wid in windows:
        path = os.path.join(tracedir, wid + ".log")
        trace, cancelled = parse_log(path, tbs)
        if not trace:
            die("%s: the trace is empty" % path)
        if wid not in timings:
            die("%s: no timings for %s in %s (the ioctl failed?)" % (path, wid, results))
        marks = [i for i, (pc, key) in enumerate(trace)
                 if pc == ktime_get and i > 0 and sym.func(trace[i - 1][0]) == "gup_test_ioctl"]
        if len(marks) != 4:
            die("%s: %d calls of ktime_get from gup_test_ioctl, not 4: cannot delimit get and put"
                % (path, len(marks)))
        case = dict(timings[wid], cancelled_tbs=cancelled)
        for phase, (a, b) in (("get", marks[0:2]), ("put", marks[2:4])):
            n_insn = n_tb = 0
            funcs = collections.Counter()	# instructions per function
            kinds = collections.Counter()
            sites = collections.Counter()
            irq = dict(count=0, insns=0, atomics=0)
            depth = 0
            prev_stub = False
            for pc, key in trace[a:b]:
                if key not in tbs:
                    die("%s: TB at %s (%s) executed in the %s phase but its instructions were never logged"
                        % (path, sym.name(pc), key, phase))
                insns = tbs[key]
                # An interrupt or exception: an IDT entry stub (irq_entries_start's
                # push-and-jump stubs, then asm_common_interrupt; or an asm_* entry)
                f = sym.func(pc)
                stub = f in ("irq_entries_start", "spurious_entries_start")
                entry = stub or (entry_funcs.match(f) and pc == sym.by_name.get(f))
                if entry and not (depth and prev_stub):
                    depth += 1
                    irq["count"] += depth == 1
                prev_stub = stub
                for insn in insns:
                    k = classify(insn, vm)
                    if depth:
                        irq["insns"] += 1
                        irq["atomics"] += k == "atomic"
                        continue
                    n_insn += 1
                    funcs[sym.func(insn[0])] += 1
                    if k:
                        kinds[k] += 1
                        if k == "atomic":
                            sites[insn[0]] += 1
                            site_insn[insn[0]] = ("lock " if "lock" not in insn[2] else "") + \
                                "%s %s" % (insn[2], insn[3])
                    addr, raw = insn[0], insn[1]
                    if addr not in checked:
                        checked.add(addr)
                        want = vm.read(addr, len(raw))
                        if want is None:
                            die("%s: executed %#x (%s) is not in vmlinux" % (path, addr, sym.name(addr)))
                        if want != raw and not (addr in vm.smp_locks and want[1:] == raw[1:] and
                                                want[0] == 0xf0 and raw[0] == 0x3e):
                            diffs[addr] = dict(addr="%#x" % addr, symbol=sym.name(addr),
                                               runtime="%s %s" % (insn[2], insn[3]),
                                               runtime_bytes=raw.hex(), vmlinux_bytes=want.hex(),
                                               vmlinux=vm.disas(addr, len(raw)), counted=k)
                if depth and any(i[2].startswith("iret") for i in insns):
                    depth -= 1
                if not depth:
                    n_tb += 1
            case[phase] = dict(insns=n_insn, tbs=n_tb, atomics=kinds["atomic"],
                               barriers=kinds["barrier"], percpu_rmw=kinds["percpu"],
                               interrupts=irq, functions=dict(funcs),
                               sites={"%#x" % a: dict(symbol=sym.name(a), count=c, insn=site_insn[a])
                                      for a, c in sorted(sites.items())})
        cases[wid] = case
    for d in diffs.values():
        d["vmlinux_atomic"] = bool(re.search(r"\block\b|\bxchg", d["vmlinux"]))
    json.dump(dict(obj=obj, cases=cases, patched_sites=sorted(diffs.values(), key=lambda d: d["addr"])),
              open(out, "w"), indent=1)
    print("count-atomics: %d windows of %s counted, %d executed sites differ from vmlinux "
          "(%d of them atomic in vmlinux or at run time)" %
          (len(cases), obj, len(diffs), sum(1 for d in diffs.values() if d["vmlinux_atomic"] or d["counted"] == "atomic")))


def case_id(wid):
    # atomics:BENCH:KIND:DIR:PAGES
    _, bench, kind, direction, pages = wid.split(":")
    return (bench, kind, direction), int(pages)


def per_function(a, b, n):
    """Instructions per page of each function (slope between the two
    calls), those of at least half an instruction, most first."""
    slope = {f: (b.get(f, 0) - a.get(f, 0)) / n for f in set(a) | set(b)}
    return dict(sorted(((f, v) for f, v in slope.items() if abs(v) >= 0.5),
                       key=lambda kv: -kv[1]))


def report(base_json, patched_json, outdir, note):
    runs = {"base": json.load(open(base_json)), "patched": json.load(open(patched_json))}
    names = {}
    for k, r in runs.items():
        for wid in r["cases"]:
            c, pages = case_id(wid)
            names.setdefault(c, set()).add(pages)
    sizes = sorted(set().union(*names.values()))
    if len(sizes) < 2:
        die("need two sizes per case to take the per-page slope, have %s" % sizes)
    lo, hi = sizes[0], sizes[-1]
    rows = []
    problems = []
    for c in names:		# in plan order (dicts keep insertion order)
        row = dict(bench=c[0], memory=c[1], dir=c[2], pages=[lo, hi])
        for k, r in runs.items():
            cs = {}
            for pages in (lo, hi):
                wid = "atomics:%s:%s:%s:%d" % (c + (pages,))
                if wid not in r["cases"]:
                    die("%s: case %s is missing" % (k, wid))
                cs[pages] = r["cases"][wid]
            for phase in ("get", "put"):
                a, b = cs[lo][phase], cs[hi][phase]
                n = hi - lo
                row["%s_%s" % (phase, k)] = dict(
                    atomics_per_page=(b["atomics"] - a["atomics"]) / n,
                    atomics_per_call={lo: a["atomics"], hi: b["atomics"]},
                    insns_per_page=(b["insns"] - a["insns"]) / n,
                    insns_per_call={lo: a["insns"], hi: b["insns"]},
                    usec_per_call={lo: cs[lo][phase + "_usec"], hi: cs[hi][phase + "_usec"]},
                    percpu_rmw_per_page=(b["percpu_rmw"] - a["percpu_rmw"]) / n,
                    barriers_per_page=(b["barriers"] - a["barriers"]) / n,
                    interrupts={lo: a["interrupts"]["count"], hi: b["interrupts"]["count"]},
                    insns_per_page_by_function=per_function(a["functions"], b["functions"], n),
                    sites={lo: a["sites"], hi: b["sites"]})
                for pages, x in ((lo, a), (hi, b)):
                    usec = cs[pages][phase + "_usec"]
                    # icount: one instruction is one ns; the phase's usec is
                    # ktime_get to ktime_get, rounded down, interrupts included.
                    total = x["insns"] + x["interrupts"]["insns"]
                    if abs(total / 1000 - usec) > 1 + 0.005 * usec:
                        problems.append("%s %s %s %d pages: %d instructions traced but %d us timed"
                                        % (k, "/".join(c), phase, pages, total, usec))
        rows.append(row)
    if problems:
        die("the trace does not account for the timed instructions:\n  " + "\n  ".join(problems))
    # The sanity check the method must pass: GUP_FAST's put is put_page() per
    # page: one atomic (the refcount decrement) per small page.
    for row in rows:
        if row["bench"] == "gup_fast" and row["memory"] in ("anon", "shmem", "ext4"):
            for k in runs:
                v = row["put_" + k]["atomics_per_page"]
                if v != 1:
                    die("sanity check failed: %s gup_fast %s %s put: %g atomics per page, not 1"
                        % (k, row["memory"], row["dir"], v))
    fn = lambda n: ("%.3f" % n).rstrip("0").rstrip(".")
    md = ["<!-- written by scripts/count-atomics.py report -->",
          "# Atomic read-modify-write operations of gup_test, counted", "", note, "",
          "Atomics per page: the pin (get) and release (put) phases of one gup_test ioctl of "
          "%d and of %d pages, traced in QEMU's exec log, as the slope (count at %d pages - "
          "count at %d) / %d (THP, hugetlb: also per 2 MiB folio, the pinned range starting on a "
          "2 MiB boundary); per call: the counts at %d pages, per-call constants (mmap lock, "
          "lru_add_drain...) included. An atomic is a LOCK-prefixed instruction of vmlinux "
          "(.smp_locks) or an xchg with memory; smp_mb()'s lock add to the stack is not counted "
          "(nor non-LOCK per-CPU ops). Instructions per page from the same trace: one "
          "instruction is one ns of guest time, so they match bench/summary.md's ns per page. "
          "Method: scripts/bench-atomics.sh." % (lo, hi, hi, lo, hi - lo, lo), "",
          "| bench | memory | dir | get atomics/page base | patched | put atomics/page base | patched "
          "| get atomics/call (%d) base | patched | put atomics/call (%d) base | patched "
          "| get insns/page base | patched | put insns/page base | patched |" % (lo, lo),
          "| --- | --- | --- |" + " ---: |" * 12]
    # THP and hugetlb: per 2 MiB folio too (512 pages), clearer than per page.
    per_page = lambda r, x: fn(x) + (" (%s/folio)" % fn(x * 512) if r["memory"] in ("thp", "hugetlb") else "")
    for r in rows:
        md.append("| %s | %s | %s | %s |" % (r["bench"], r["memory"], r["dir"], " | ".join(
            [per_page(r, r["%s_%s" % (p, k)]["atomics_per_page"]) for p in ("get", "put") for k in runs] +
            [str(r["%s_%s" % (p, k)]["atomics_per_call"][lo]) for p in ("get", "put") for k in runs] +
            [fn(r["%s_%s" % (p, k)]["insns_per_page"]) for p in ("get", "put") for k in runs])))
    md += ["", "Checks this report passed: in every phase the instructions traced (interrupts "
           "included) are the microseconds gup_test timed, within 1 us + 0.5 % (icount: one "
           "instruction, one ns), so no executed TB escaped the log; GUP_FAST's release "
           "(put_page() per page) takes exactly 1 atomic per small page (anon, shmem, ext4) "
           "on both kernels.", "",
           "Also counted, not atomics (per page, same slope): LOCK-prefixed ops on the stack "
           "(smp_mb()) and non-LOCK per-CPU RMW ops (%gs:-relative: this_cpu_*(), vmstat):", "",
           "| bench | memory | dir | get smp_mb base | patched | put smp_mb base | patched "
           "| get per-CPU RMW base | patched | put per-CPU RMW base | patched |",
           "| --- | --- | --- |" + " ---: |" * 8]
    for r in rows:
        md.append("| %s | %s | %s | %s |" % (r["bench"], r["memory"], r["dir"], " | ".join(
            [fn(r["%s_%s" % (p, k)][f]) for f in ("barriers_per_page", "percpu_rmw_per_page")
             for p in ("get", "put") for k in runs])))
    md += ["", "Where the atomics are (per call of %d pages: function, count), and the interrupts "
           "cut out of a phase:" % hi, ""]
    for r in rows:
        for p in ("get", "put"):
            for k in runs:
                x = r["%s_%s" % (p, k)]
                by = collections.Counter()
                for site in x["sites"][hi].values():
                    by[site["symbol"].split("+")[0]] += site["count"]
                irq = x["interrupts"][lo] + x["interrupts"][hi]
                md.append("- %s %s %s, %s %s: %s%s" % (r["bench"], r["memory"], r["dir"], p, k,
                          ", ".join("%s %d" % kv for kv in sorted(by.items())) or "none",
                          "; %d interrupt(s) cut out" % irq if irq else ""))
    md += ["", "Where the instructions go, small folios (per page, same slope; functions "
           "of at least half an instruction per page; inlined code counts in its caller):", ""]
    for r in rows:
        if r["memory"] not in ("anon", "ext4"):
            continue
        for p in ("get", "put"):
            for k in runs:
                x = r["%s_%s" % (p, k)]
                md.append("- %s %s %s, %s %s (%s): %s" % (
                    r["bench"], r["memory"], r["dir"], p, k, fn(x["insns_per_page"]),
                    ", ".join("%s %s" % (f, fn(v)) for f, v in x["insns_per_page_by_function"].items())))
    patched = {}
    for k, r in runs.items():
        for d in r["patched_sites"]:
            if d["vmlinux_atomic"] or d["counted"] == "atomic":
                patched.setdefault(k, []).append(d)
    md += ["", "Executed instructions whose bytes differ from vmlinux's other than by the LOCK "
           "prefix (alternatives, static keys, paravirt, ftrace): %s." % ", ".join(
               "%s %d" % (k, len(r["patched_sites"])) for k, r in runs.items()),
           "Of them, atomic in vmlinux or at run time: %s." % (
               "; ".join("%s: %s" % (k, ", ".join("%s (%s: vmlinux '%s', run '%s')" % (
                   d["addr"], d["symbol"], d["vmlinux"], d["runtime"]) for d in v))
                   for k, v in patched.items()) or "none")]
    for k, r in runs.items():
        for d in r["patched_sites"]:
            md.append("- %s: %s %s: vmlinux '%s' (%s), at run time '%s' (%s)" % (
                k, d["addr"], d["symbol"], d["vmlinux"], d["vmlinux_bytes"], d["runtime"],
                d["runtime_bytes"]))
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "atomics.md"), "w") as f:
        f.write("\n".join(md) + "\n")
    json.dump(dict(note=note, pages=[lo, hi], rows=rows,
                   patched_sites={k: r["patched_sites"] for k, r in runs.items()}),
              open(os.path.join(outdir, "atomics.json"), "w"), indent=1)
    print("count-atomics: %d cases, %s" % (len(rows), os.path.join(outdir, "atomics.md")))


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "count":
        count(*sys.argv[2:])
    elif len(sys.argv) == 6 and sys.argv[1] == "report":
        report(*sys.argv[2:])
    else:
        sys.exit(__doc__)
