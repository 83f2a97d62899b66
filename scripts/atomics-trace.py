#!/usr/bin/env python3
# Stage helper of bench-atomics.sh: the host side of guest/gup_atomics's
# handshake. Runs beside QEMU; for every "ready ID" the guest writes to its
# sync port (QEMU -serial pipe:DIR/sync, fifos DIR/sync.out and
# DIR/sync.in), turns QEMU's exec log on through the monitor socket
# DIR/mon.sock (HMP: logfile DIR/ID.log; log exec,nochain,in_asm) and
# answers "go"; at "done ID" it turns the log off (log none) and answers
# "go". So each DIR/ID.log holds the translation blocks of one ioctl
# (exec lines: one per TB executed; in_asm: each TB translated while
# logging, which nochain's distinct TB flags make of every TB the window
# runs the first time). Usage: atomics-trace.py DIR. Exits at QEMU's exit;
# DIR/windows lists the IDs traced.
import os
import socket
import sys
import time

d = sys.argv[1]


def hmp_connect():
    for _ in range(600):
        try:
            s = socket.socket(socket.AF_UNIX)
            s.connect(os.path.join(d, "mon.sock"))
            hmp_read(s)
            return s
        except (FileNotFoundError, ConnectionRefusedError):
            time.sleep(0.1)
    sys.exit("atomics-trace: no QEMU monitor at %s/mon.sock" % d)


def hmp_read(s):
    buf = b""
    while not buf.endswith(b"(qemu) "):
        chunk = s.recv(4096)
        if not chunk:
            sys.exit("atomics-trace: the QEMU monitor closed")
        buf += chunk
    return buf.decode(errors="replace")


def hmp(s, cmd):
    s.sendall(cmd.encode() + b"\n")
    out = hmp_read(s)
    # The monitor echoes the command; anything else is an error message.
    rest = out.replace("(qemu) ", "").replace(cmd, "").strip()
    if rest and "\x1b" not in rest:
        sys.exit("atomics-trace: monitor: %s: %s" % (cmd, rest))


sync_out = open(os.path.join(d, "sync.out"), "rb", buffering=0)  # waits for QEMU
sync_in = open(os.path.join(d, "sync.in"), "wb", buffering=0)
mon = hmp_connect()
windows = open(os.path.join(d, "windows"), "w")
line = b""
while True:
    c = sync_out.read(1)
    if not c:
        break		# QEMU exited
    if c not in b"\r\n":
        line += c
        continue
    words = line.decode(errors="replace").split()
    line = b""
    if len(words) != 2 or words[0] not in ("ready", "done"):
        continue
    if words[0] == "ready":
        hmp(mon, "logfile %s" % os.path.join(d, words[1] + ".log"))
        hmp(mon, "log exec,nochain,in_asm")
    else:
        hmp(mon, "log none")
        # a file of its own for what QEMU logs outside the windows (nothing)
        hmp(mon, "logfile %s" % os.path.join(d, "idle.log"))
        windows.write(words[1] + "\n")
        windows.flush()
    sync_in.write(b"go\n")
