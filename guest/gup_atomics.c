// SPDX-License-Identifier: GPL-2.0
/*
 * gup_atomics: one gup_test benchmark ioctl, alone, between two handshakes
 * with the host, so that the host can trace exactly that ioctl in QEMU's
 * exec log (issue 15, scripts/bench-atomics.sh).
 *
 * Usage: gup_atomics ID -u|-a|-L [-t|-T] [-S] [-H] [-f FILE] -w|-W -m MB -n PAGES
 *
 * The options are gup_test's (tools/testing/selftests/mm/gup_test.c), and
 * the memory is set up as gup_test sets it up: MB MiB mapped (MAP_PRIVATE,
 * or MAP_SHARED with -S, MAP_HUGETLB with -H, of /dev/zero or of FILE),
 * madvise()d for THP or against it, and faulted in by a write to every
 * page. Then it writes "ready ID" to /dev/ttyS2 (the host's sync pipe),
 * waits for "go", makes one ioctl that pins PAGES pages from the start of
 * the region (THP, hugetlb: from its first 2 MiB boundary) in one call (gup_test's nr_pages_per_call = size = PAGES),
 * writes "done ID" and waits for "go" again. Prints the ioctl's timings.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <termios.h>
#include <unistd.h>
#include "gup_test.h"

#define FOLL_WRITE 0x01		/* include/linux/mm_types.h */
#define SYNC_TTY "/dev/ttyS2"

static int sync_fd;

static void fail(const char *what)
{
	perror(what);
	exit(1);
}

static void say(const char *msg, const char *id)
{
	char buf[256];
	int n = snprintf(buf, sizeof(buf), "%s %s\n", msg, id);

	if (write(sync_fd, buf, n) != n)
		fail("write " SYNC_TTY);
}

/* Reads the sync tty up to a line "go". */
static void wait_go(void)
{
	char line[64];
	size_t n = 0;
	char c;

	for (;;) {
		ssize_t r = read(sync_fd, &c, 1);

		if (r < 0)
			fail("read " SYNC_TTY);
		if (r == 0)
			continue;
		if (c == '\n' || c == '\r') {
			line[n] = 0;
			if (!strcmp(line, "go"))
				return;
			n = 0;
		} else if (n < sizeof(line) - 1) {
			line[n++] = c;
		}
	}
}

int main(int argc, char **argv)
{
	struct gup_test gup = { 0 };
	unsigned long cmd = 0, size = 0, nr = 0, i;
	int opt, thp = -1, write = 1, flags = MAP_PRIVATE, fd, gup_fd;
	const char *file = "/dev/zero", *id;
	struct termios t;
	char *p;

	if (argc < 2)
		return 2;
	id = argv[1];
	optind = 2;
	while ((opt = getopt(argc, argv, "m:n:f:aLutTwWSH")) != -1) {
		switch (opt) {
		case 'a': cmd = PIN_FAST_BENCHMARK; break;
		case 'L': cmd = PIN_LONGTERM_BENCHMARK; break;
		case 'u': cmd = GUP_FAST_BENCHMARK; break;
		case 'm': size = strtoul(optarg, 0, 0) << 20; break;
		case 'n': nr = strtoul(optarg, 0, 0); break;
		case 'f': file = optarg; break;
		case 't': thp = 1; break;
		case 'T': thp = 0; break;
		case 'w': write = 1; break;
		case 'W': write = 0; break;
		case 'S': flags = (flags & ~MAP_PRIVATE) | MAP_SHARED; break;
		case 'H': flags |= MAP_HUGETLB | MAP_ANONYMOUS; break;
		default: return 2;
		}
	}
	if (!cmd || !size || !nr || nr * 4096 > size) {
		fprintf(stderr, "usage: gup_atomics ID -u|-a|-L ... -m MB -n PAGES (PAGES <= MB*256)\n");
		return 2;
	}

	sync_fd = open(SYNC_TTY, O_RDWR | O_NOCTTY);
	if (sync_fd < 0 || tcgetattr(sync_fd, &t))
		fail(SYNC_TTY);
	cfmakeraw(&t);
	t.c_cc[VMIN] = 1;
	t.c_cc[VTIME] = 0;
	if (tcsetattr(sync_fd, TCSANOW, &t))
		fail("tcsetattr " SYNC_TTY);

	fd = open(file, O_RDWR | O_CREAT, 0664);
	if (fd < 0)
		fail(file);
	gup_fd = open("/sys/kernel/debug/gup_test", O_RDWR);
	if (gup_fd < 0)
		fail("/sys/kernel/debug/gup_test");
	p = mmap(NULL, size, PROT_READ | PROT_WRITE, flags, fd, 0);
	if (p == MAP_FAILED)
		fail("mmap");
	if (thp == 1)
		madvise(p, size, MADV_HUGEPAGE);
	else if (thp == 0)
		madvise(p, size, MADV_NOHUGEPAGE);
	for (i = 0; i < size; i += 4096)
		p[i] = 0;

	/*
	 * THP and hugetlb: from the region's first 2 MiB boundary, so that the
	 * pinned range is whole huge folios, the same at each size.
	 */
	gup.addr = (unsigned long)p;
	if (thp == 1 || (flags & MAP_HUGETLB))
		gup.addr = (gup.addr + (2UL << 20) - 1) & ~((2UL << 20) - 1);
	if (gup.addr + nr * 4096 > (unsigned long)p + size) {
		fprintf(stderr, "gup_atomics: %lu pages do not fit the region\n", nr);
		return 2;
	}
	gup.size = nr * 4096;
	gup.nr_pages_per_call = nr;
	if (write)
		gup.gup_flags |= FOLL_WRITE;

	say("ready", id);
	wait_go();
	opt = ioctl(gup_fd, cmd, &gup);
	say("done", id);
	wait_go();
	if (opt) {
		perror("ioctl");
		return 1;
	}
	printf("%s: pages %lu get_usec %llu put_usec %llu\n", id,
	       (unsigned long)(gup.size / 4096),
	       (unsigned long long)gup.get_delta_usec,
	       (unsigned long long)gup.put_delta_usec);
	return gup.size == nr * 4096 ? 0 : 1;
}
