// SPDX-License-Identifier: GPL-2.0-only
///
/// Convert the direction-less unpin_user_page*() and unpin_*folio*() calls
/// to put_user_page*() and put_user_folio*(), which take the direction of
/// the pin, i.e. whether it was taken with FOLL_WRITE.  The direction is
/// read from the pin_user_pages*() or memfd_pin_folios() call of the same
/// function that reaches the release.  put_page() calls on pages pinned in
/// the same function are converted too.  Where the direction cannot be
/// derived, the release is reported and has to be fixed by hand.
///
// Confidence: Medium
// Copyright: (C) 2026 The put_user_page series authors.
// Comments: The direction is true when the gup_flags contain the constant
//  FOLL_WRITE, false when they are built from constants only, the condition
//  E of "E ? FOLL_WRITE : 0" or of "if (E) flags |= FOLL_WRITE", and
//  "flags & FOLL_WRITE" for other flags variables that do not change after
//  the pin.  memfd_pin_folios() pins count as write pins.  A release is
//  left alone (and reported) when no pin of the function reaches it, when
//  the pins reaching it disagree, when the released pages are loaded from
//  a struct field the pin did not fill, when the pin came from
//  iov_iter_extract_pages(), when make_dirty does not fit the direction,
//  and for read releases of unpin_user_page_range_dirty_lock().
//  The direction is inserted as a fresh identifier holding its text.
// Options: --no-includes --include-headers

virtual patch
virtual context
virtual org
virtual report

@initialize:python@
@@
import re
from collections import Counter

pins = {}    # pin position -> pin description
tern = {}    # pin position -> (E, negated) of "E ? FOLL_WRITE : 0"
asgs = {}    # (file, function, lvalue) -> [(line, op, rhs, condition)]
decls = set()
conds = {}   # position of "V" in "if (E) V |= FOLL_WRITE" -> E
sites = {}   # release or put_page position -> site description
acts = {}

cur = [None]
idx = set()  # (function, loop index) of converted put_page() loops

def key(p):
    # once a rule has changed the file, spatch works on a temporary copy
    f = p[0].file
    m = re.search(r'/cocci[_-]\w*output-\d+-[0-9a-f]+-(.*)$', f)
    if not m:
        if cur[0] != f:
            idx.clear()
        cur[0] = f
    elif cur[0] and ('/' + cur[0]).endswith('/' + m.group(1)):
        f = cur[0]
    return (f, int(p[0].line), int(p[0].column))

def toks(s):
    return re.findall(r'->|\|\||&&|[=!<>]=|\w+|\S', str(s))

def is_const(s):
    return all(t in '|()' or re.match(r'[A-Z_][A-Z0-9_]*$|\d\w*$', t)
               for t in toks(s))

def has(s, word):
    return word in toks(s)

def sub(a, b):
    ta, tb = toks(a), toks(b)
    return any(tb[i:i + len(ta)] == ta for i in range(len(tb) - len(ta) + 1))

def lkey(p, lhs):
    return (p[0].file, p[0].current_element, ''.join(toks(lhs)))

def pretty(s):
    s = re.sub(r'\s*(->|\.)\s*', r'\1', str(s).strip())
    s = re.sub(r'(\w)\s+([(\[])', r'\1\2', s)
    s = re.sub(r'(^|[(\[,])\s*(&|\*|--|\+\+)\s+', r'\1\2', s)
    s = re.sub(r'([!~(\[])\s+', r'\1', s)
    return re.sub(r'\s+([)\],])', r'\1', s)

def unparen(s):
    s = str(s).strip()
    while s.startswith('(') and s.endswith(')'):
        depth = 0
        for i, c in enumerate(s):
            depth += (c == '(') - (c == ')')
            if depth == 0 and i < len(s) - 1:
                return s
        s = s[1:-1].strip()
    return s

def same(a, b):
    return toks(unparen(a)) == toks(unparen(b))

def chain(s):
    return re.match(r'!?[A-Za-z_]\w*((->|\.)[A-Za-z_]\w*)*$', s) is not None

def neg(e):
    e = unparen(e)
    return '!' + e if chain(e) else '!(' + e + ')'

def root(s):
    s = unparen(str(s).strip().lstrip('&').strip())
    return re.split(r'\s*[\[+]', s)[0].strip()

def add_pin(p, what, F, P):
    pins[key(p)] = dict(key=key(p), file=p[0].file, fn=p[0].current_element,
                        line=int(p[0].line), what=what, F=F,
                        P=str(P), W=None)

def add_asg(p, lhs, op, rhs):
    asgs.setdefault(lkey(p, lhs), []).append((int(p[0].line), op, rhs, conds.get(key(p))))

def changed_after(pin, W):
    for (f, fn, lhs), l in asgs.items():
        if (f, fn) == (pin['file'], pin['fn']) and sub(lhs, W) \
           and any(a[0] > pin['line'] for a in l):
            return lhs
    return None

def flags_var(pin, V):
    A = asgs.get((pin['file'], pin['fn'], V), [])
    W = V + ' & FOLL_WRITE'
    if (pin['file'], pin['fn'], V) in decls and \
       all(op in ('=', '|=') and is_const(r) for (_, op, r, _) in A):
        wr = [a for a in A if has(a[2], 'FOLL_WRITE')]
        plain = [a for a in A if a[1] == '=']
        if not wr:
            W = 'false'
        elif plain and all(has(a[2], 'FOLL_WRITE') for a in plain):
            W = 'true'
        elif len(wr) == 1 and wr[0][3] and not re.search(r'\w\s*\(', wr[0][3]):
            W = unparen(wr[0][3])
    return W

def split_or(F):
    parts, depth, part = [], 0, []
    for t in toks(F):
        depth += (t == '(') - (t == ')')
        if t == '|' and depth == 0:
            parts.append(' '.join(part))
            part = []
        else:
            part.append(t)
    return parts + [' '.join(part)]

def direction(k):
    pin = pins[k]
    if pin['W'] is not None:
        return pin['W']
    F, W, why = pin['F'], None, None
    if pin['what'] == 'memfd_pin_folios':
        W = 'true'
    elif pin['what'] == 'iov_iter_extract_pages':
        why = 'iov_iter_extract_pages() at line %d: the direction follows the iterator' % pin['line']
    elif k in tern:
        E, negated = tern[k]
        rest = Counter(toks(F))
        rest.subtract(toks(E) + ['?', ':', 'FOLL_WRITE', '0'])
        if min(rest.values()) >= 0 and is_const(' '.join(rest.elements())) \
           and not has(' '.join(rest.elements()), 'FOLL_WRITE'):
            W = neg(E) if negated else unparen(E)
    elif is_const(F):
        W = 'true' if has(F, 'FOLL_WRITE') else 'false'
    else:
        parts = [unparen(q) for q in split_or(F)]
        var = [q for q in parts if not is_const(q)]
        if any(has(q, 'FOLL_WRITE') for q in parts if is_const(q)):
            W = 'true'
        elif len(var) == 1 and chain(var[0]) and not var[0].startswith('!'):
            W = flags_var(pin, ''.join(toks(var[0])))
    if W is None and why is None:
        why = 'gup_flags "%s" of the pin at line %d not understood' % (F, pin['line'])
    if W is not None:
        W = pretty(W)
    if W is not None and changed_after(pin, W):
        why = '%s changes after the pin at line %d' % (changed_after(pin, W), pin['line'])
        W = None
    pin['W'] = (W, why)
    return pin['W']

def lines(l):
    return ', '.join(str(p['line']) for p in l)

def site_dir(k):
    s = sites[k]
    cand = [pins[q] for q in s['pins']]
    if not cand:
        other = [p for p in pins.values() if (p['file'], p['fn']) == (k[0], s['fn'])]
        if other:
            return None, 'the pin at line %s does not reach it' % lines(other)
        return None, 'no pin in %s()' % s['fn']
    X = s['X']
    if '->' in X or re.search(r'[A-Za-z_)\]]\.[A-Za-z_]', X):
        mine = [p for p in cand if sub(root(p['P']), X)]
        if not mine:
            return None, 'the pages come from %s, not from the pin at line %s' % (pretty(X), lines(cand))
        cand = mine
    cand = [p for p in cand if root(p['P']) == root(X)] or cand
    ws = set()
    for p in cand:
        W, why = direction(p['key'])
        if W is None:
            return None, why
        ws.add(W)
    if len(ws) > 1:
        return None, 'the pins at lines %s disagree' % lines(cand)
    return ws.pop(), 'pin at line %s' % lines(cand)

NEW = {'unpin_user_page': 'put_user_page(..., %s)',
       'unpin_user_pages': 'put_user_pages(..., %s)',
       'unpin_folio': 'put_user_folio(..., 1, %s)',
       'unpin_user_folio': 'put_user_folio(..., %s)',
       'unpin_folios': 'put_user_folios(..., %s)',
       'put_page': 'put_user_page(..., %s)'}

def is_false(D):
    return unparen(D) in ('0', 'false')

def action(k):
    if k in acts:
        return acts[k]
    s = sites[k]
    c, D, dirty = s['call'], s.get('D'), s.get('dirty')
    W, info = site_dir(k)
    a = None
    if W is None:
        msg = 'direction unknown: set it by hand (%s)' % info
    elif c == 'put_page' and dirty:
        D = dirty
        if W == 'true':
            a, msg = 'dl', 'put_user_pages_dirty_lock(&..., 1, %s)' % D
        elif W != 'false' and (D == 'true' or same(D, W)):
            a, msg = 'ifelse', 'if (%s) put_user_pages_dirty_lock(&..., 1, true) else put_user_page(..., false)' % W
        else:
            msg = 'page pinned with direction "%s" is dirtied with "%s": set it by hand' % (W, D)
    elif c in NEW:
        a, msg = 'conv', NEW[c] % W
    elif c == 'unpin_user_pages_dirty_lock' and is_false(D):
        a, msg = 'put', 'put_user_pages(..., %s)' % W
    elif W == 'true':
        a, msg = 'keep', c.replace('unpin', 'put') + '(..., %s)' % D
    elif c == 'unpin_user_pages_dirty_lock' and W != 'false' and same(D, W):
        a, msg = 'ifelse', 'if (%s) put_user_pages_dirty_lock(..., true) else put_user_pages(..., false)' % W
    elif c == 'unpin_user_pages_dirty_lock':
        msg = 'make_dirty "%s" does not follow the direction "%s": set it by hand' % (D, W)
    else:
        msg = 'put_user_page_range_dirty_lock() releases write pins only, direction is "%s": set it by hand' % W
    if a:
        msg = '%s() -> %s (%s)' % (c, msg, info)
    else:
        msg = '%s(): %s' % (c, msg if W is None else msg + ' (%s)' % info)
    acts[k] = (a, W, msg)
    return acts[k]

def act(p, *want):
    return key(p) in sites and action(key(p))[0] in want

def wof(p):
    return action(key(p))[1]

def note_idx(p, I):
    idx.add((p[0].current_element, str(I)))
    return True

// ------------------------------------------------------------------------
// The pins: position of the call, gup_flags F and pages argument P

@anypin@
identifier pf = {pin_user_pages, pin_user_pages_fast, pin_user_pages_remote,
                 pin_user_pages_unlocked, memfd_pin_folios,
                 iov_iter_extract_pages};
position pp;
@@

pf@pp(...)

@pin@
expression F, P, A1, A2, A3, A4;
position pp;
@@

(
pin_user_pages@pp(A1, A2, F, P)
|
pin_user_pages_fast@pp(A1, A2, F, P)
|
pin_user_pages_remote@pp(A3, A1, A2, F, P, A4)
|
pin_user_pages_unlocked@pp(A1, A2, P, F)
)

@script:python@
F << pin.F;
P << pin.P;
pp << pin.pp;
@@
add_pin(pp, 'pin', str(F), P)

@mpin@
expression P, A1, A2, A3, A4, A5;
position pp;
@@

memfd_pin_folios@pp(A1, A2, A3, P, A4, A5)

@script:python@
P << mpin.P;
pp << mpin.pp;
@@
add_pin(pp, 'memfd_pin_folios', None, P)

@xpin@
expression P, A1, A2, A3, A4, A5;
position pp;
@@

iov_iter_extract_pages@pp(A1, P, A2, A3, A4, A5)

@script:python@
P << xpin.P;
pp << xpin.pp;
@@
add_pin(pp, 'iov_iter_extract_pages', None, P)

@tern disable neg_if_exp@
expression E, A1, A2, A3, A4;
position pp;
@@

(
pin_user_pages@pp(A1, A2, <+... E ? FOLL_WRITE : 0 ...+>, A3)
|
pin_user_pages_fast@pp(A1, A2, <+... E ? FOLL_WRITE : 0 ...+>, A3)
|
pin_user_pages_remote@pp(A4, A1, A2, <+... E ? FOLL_WRITE : 0 ...+>, A3, ...)
|
pin_user_pages_unlocked@pp(A1, A2, A3, <+... E ? FOLL_WRITE : 0 ...+>)
)

@script:python@
E << tern.E;
pp << tern.pp;
@@
tern[key(pp)] = (str(E), False)

@tern0 disable neg_if_exp@
expression E, A1, A2, A3, A4;
position pp;
@@

(
pin_user_pages@pp(A1, A2, <+... E ? 0 : FOLL_WRITE ...+>, A3)
|
pin_user_pages_fast@pp(A1, A2, <+... E ? 0 : FOLL_WRITE ...+>, A3)
|
pin_user_pages_remote@pp(A4, A1, A2, <+... E ? 0 : FOLL_WRITE ...+>, A3, ...)
|
pin_user_pages_unlocked@pp(A1, A2, A3, <+... E ? 0 : FOLL_WRITE ...+>)
)

@script:python@
E << tern0.E;
pp << tern0.pp;
@@
tern[key(pp)] = (str(E), True)

// Assignments, for flags variables and for values changed after the pin

@condw depends on anypin@
expression V, E;
position pc;
@@

(
if (E) V@pc |= FOLL_WRITE;
|
if (E) { V@pc |= FOLL_WRITE; }
)

@script:python@
E << condw.E;
pc << condw.pc;
@@
conds[key(pc)] = str(E)

@asg depends on anypin@
expression V, R;
assignment operator aop;
position pa;
@@

V@pa aop R

@script:python@
V << asg.V;
R << asg.R;
aop << asg.aop;
pa << asg.pa;
@@
add_asg(pa, V, str(aop).strip(), str(R))

@dcl depends on anypin@
identifier V;
type T;
expression R;
position pa;
@@

T V@pa = R;

@script:python@
V << dcl.V;
R << dcl.R;
pa << dcl.pa;
@@
decls.add(lkey(pa, V))
add_asg(pa, V, '=', str(R))

@dcl0 depends on anypin@
identifier V;
type T;
position pa;
@@

T V@pa;

@script:python@
V << dcl0.V;
pa << dcl0.pa;
@@
decls.add(lkey(pa, V))

// The releases and the pins that reach them

@old@
identifier of = {unpin_user_page, unpin_user_pages, unpin_user_pages_dirty_lock,
                 unpin_user_page_range_dirty_lock, unpin_folio,
                 unpin_user_folio, unpin_folios};
expression X;
position pr;
@@

of@pr(X, ...)

@script:python@
of << old.of;
X << old.X;
pr << old.pr;
@@
sites[key(pr)] = dict(call=str(of), X=str(X), fn=pr[0].current_element,
                      pins=set())

@olddl@
identifier of = {unpin_user_pages_dirty_lock, unpin_user_page_range_dirty_lock};
expression X, N, D;
position old.pr;
@@

of@pr(X, N, D)

@script:python@
D << olddl.D;
pr << old.pr;
@@
sites[key(pr)]['D'] = str(D)

@tie exists@
identifier pf = {pin_user_pages, pin_user_pages_fast, pin_user_pages_remote,
                 pin_user_pages_unlocked, memfd_pin_folios,
                 iov_iter_extract_pages};
identifier of = {unpin_user_page, unpin_user_pages, unpin_user_pages_dirty_lock,
                 unpin_user_page_range_dirty_lock, unpin_folio,
                 unpin_user_folio, unpin_folios};
position anypin.pp, old.pr, p1, p2;
@@

pf@pp@p1(...)
... when any
of@pr@p2(...)

@script:python@
pp << tie.p1;
pr << tie.p2;
@@
sites[key(pr)]['pins'].add(key(pp))

// put_page() on pages pinned in the same function

@ptie exists@
identifier pf = {pin_user_pages, pin_user_pages_fast, pin_user_pages_remote,
                 pin_user_pages_unlocked};
position pin.pp;
expression pin.P;
expression I;
position pq, p1;
@@

pf@pp@p1(...)
... when any
put_page@pq(P[I])

@script:python@
pp << ptie.p1;
pq << ptie.pq;
@@
sites.setdefault(key(pq), dict(call='put_page', X=pins[key(pp)]['P'], fn=pq[0].current_element,
                               pins=set()))['pins'].add(key(pp))

@pinaddr@
expression X, A1, A2, A3, A4, F;
position pin.pp;
@@

(
pin_user_pages@pp(A1, A2, F, &X)
|
pin_user_pages_fast@pp(A1, A2, F, &X)
|
pin_user_pages_remote@pp(A3, A1, A2, F, &X, A4)
|
pin_user_pages_unlocked@pp(A1, A2, &X, F)
)

@ptie1 exists@
identifier pf = {pin_user_pages, pin_user_pages_fast, pin_user_pages_remote,
                 pin_user_pages_unlocked};
position pin.pp;
expression pinaddr.X;
position pq, p1;
@@

pf@pp@p1(...)
... when any
put_page@pq(X)

@script:python@
pp << ptie1.p1;
pq << ptie1.pq;
@@
sites.setdefault(key(pq), dict(call='put_page', X=pins[key(pp)]['P'], fn=pq[0].current_element,
                               pins=set()))['pins'].add(key(pp))

@pdirty@
expression X, C;
position pq : script:python() { key(pq) in sites };
@@

(
if (C) set_page_dirty_lock(X);
|
if (C) { set_page_dirty_lock(X); }
)
put_page@pq(X);

@script:python@
pq << pdirty.pq;
C << pdirty.C;
@@
sites[key(pq)]['dirty'] = str(C)

@pdirty1@
expression X;
position pq : script:python() { key(pq) in sites };
@@

set_page_dirty_lock(X);
put_page@pq(X);

@script:python@
pq << pdirty1.pq;
@@
sites[key(pq)]['dirty'] = 'true'

// ------------------------------------------------------------------------
// report, org, context

@script:python depends on report@
pr << old.pr;
@@
coccilib.report.print_report(pr[0], action(key(pr))[2])

@script:python depends on report@
pq << ptie.pq;
@@
coccilib.report.print_report(pq[0], action(key(pq))[2])

@script:python depends on report@
pq << ptie1.pq;
@@
coccilib.report.print_report(pq[0], action(key(pq))[2])

@script:python depends on org@
pr << old.pr;
@@
coccilib.org.print_todo(pr[0], action(key(pr))[2])

@script:python depends on org@
pq << ptie.pq;
@@
coccilib.org.print_todo(pq[0], action(key(pq))[2])

@script:python depends on org@
pq << ptie1.pq;
@@
coccilib.org.print_todo(pq[0], action(key(pq))[2])

@depends on context@
identifier of = {unpin_user_page, unpin_user_pages, unpin_user_pages_dirty_lock,
                 unpin_user_page_range_dirty_lock, unpin_folio,
                 unpin_user_folio, unpin_folios};
@@

* of(...)

@depends on context@
position pq : script:python() { key(pq) in sites };
@@

* put_page@pq(...)

// ------------------------------------------------------------------------
// patch: unpin_*() calls

@depends on patch@
expression P, N;
position pr : script:python() { act(pr, "conv") };
fresh identifier W = script:python(pr) { wof(pr) };
@@

(
- unpin_user_page@pr(P)
+ put_user_page(P, W)
|
- unpin_user_pages@pr(P, N)
+ put_user_pages(P, N, W)
|
- unpin_folio@pr(P)
+ put_user_folio(P, 1, W)
|
- unpin_user_folio@pr(P, N)
+ put_user_folio(P, N, W)
|
- unpin_folios@pr(P, N)
+ put_user_folios(P, N, W)
)

@depends on patch@
expression P, N, D;
position pr : script:python() { act(pr, "put") };
fresh identifier W = script:python(pr) { wof(pr) };
@@

- unpin_user_pages_dirty_lock@pr(P, N, D)
+ put_user_pages(P, N, W)

@depends on patch@
expression P, N, D;
position pr : script:python() { act(pr, "keep") };
@@

(
- unpin_user_pages_dirty_lock@pr(P, N, D)
+ put_user_pages_dirty_lock(P, N, D)
|
- unpin_user_page_range_dirty_lock@pr(P, N, D)
+ put_user_page_range_dirty_lock(P, N, D)
)

@depends on patch@
expression P, N, D;
position pr : script:python() { act(pr, "ifelse") };
fresh identifier W = script:python(pr) { wof(pr) };
@@

- unpin_user_pages_dirty_lock@pr(P, N, D);
+ if (W)
+	put_user_pages_dirty_lock(P, N, true);
+ else
+	put_user_pages(P, N, false);

// patch: loops of put_page() over a pinned pages array

@depends on patch@
identifier I;
expression N, P, C;
position pq : script:python(I) { act(pq, "dl") and note_idx(pq, I) };
@@

- for (I = 0; I < N; \(I++\|++I\)) {
-	\(if (C) set_page_dirty_lock(P[I]);\|if (C) { set_page_dirty_lock(P[I]); }\)
-	put_page@pq(P[I]);
- }
+ put_user_pages_dirty_lock(P, N, C);

@depends on patch@
identifier I;
expression N, P, C;
position pq : script:python(I) { act(pq, "ifelse") and note_idx(pq, I) };
@@

- for (I = 0; I < N; \(I++\|++I\)) {
-	\(if (C) set_page_dirty_lock(P[I]);\|if (C) { set_page_dirty_lock(P[I]); }\)
-	put_page@pq(P[I]);
- }
+ if (C)
+	put_user_pages_dirty_lock(P, N, true);
+ else
+	put_user_pages(P, N, false);

@depends on patch@
identifier I;
expression N, P;
position pq : script:python(I) { act(pq, "dl") and note_idx(pq, I) };
@@

- for (I = 0; I < N; \(I++\|++I\)) {
-	set_page_dirty_lock(P[I]);
-	put_page@pq(P[I]);
- }
+ put_user_pages_dirty_lock(P, N, true);

@depends on patch@
identifier I;
expression N, P;
position pq : script:python(I) { act(pq, "ifelse") and note_idx(pq, I) };
fresh identifier W = script:python(pq) { wof(pq) };
@@

- for (I = 0; I < N; \(I++\|++I\)) {
-	set_page_dirty_lock(P[I]);
-	put_page@pq(P[I]);
- }
+ if (W)
+	put_user_pages_dirty_lock(P, N, true);
+ else
+	put_user_pages(P, N, false);

@depends on patch@
identifier I;
expression N, P;
position pq : script:python(I) { act(pq, "conv") and note_idx(pq, I) };
fresh identifier W = script:python(pq) { wof(pq) };
@@

- for (I = 0; I < N; \(I++\|++I\))
(
-	put_page@pq(P[I]);
|
-	{ put_page@pq(P[I]); }
)
+ put_user_pages(P, N, W);

// the loop index may now be unused
@depends on patch@
identifier fn : script:python() { str(fn) in [f for (f, _) in idx] };
identifier I : script:python() { str(I) in [i for (_, i) in idx] };
type T;
@@

fn(...) {
  ... when != I
- T I;
  ... when != I
}

// patch: single put_page() calls on pinned pages

@depends on patch@
expression X, C;
position pq : script:python() { act(pq, "dl") };
@@

(
- if (C) set_page_dirty_lock(X);
|
- if (C) { set_page_dirty_lock(X); }
)
- put_page@pq(X);
+ put_user_pages_dirty_lock(&X, 1, C);

@depends on patch@
expression X;
position pq : script:python() { act(pq, "dl") };
@@

- set_page_dirty_lock(X);
- put_page@pq(X);
+ put_user_pages_dirty_lock(&X, 1, true);

@depends on patch@
expression X, C;
position pq : script:python() { act(pq, "ifelse") };
fresh identifier W = script:python(pq) { wof(pq) };
@@

(
- if (C) set_page_dirty_lock(X);
|
- if (C) { set_page_dirty_lock(X); }
|
- set_page_dirty_lock(X);
)
- put_page@pq(X);
+ if (W)
+	put_user_pages_dirty_lock(&X, 1, true);
+ else
+	put_user_page(X, false);

@depends on patch@
expression X;
position pq : script:python() { act(pq, "conv") };
fresh identifier W = script:python(pq) { wof(pq) };
@@

- put_page@pq(X)
+ put_user_page(X, W)
