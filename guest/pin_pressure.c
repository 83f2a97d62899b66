// SPDX-License-Identifier: GPL-2.0
/*
 * pin_pressure: what reclaim does to folios that hold a long-term read pin,
 * under real memory pressure (issue 12, 'make check-reclaim').
 *
 * On the base kernel a read pin of page cache or shmem is a counted pin:
 * folio_maybe_dma_pinned() sees it, and reclaim, after unmapping the folio,
 * puts it back on the active list. With the series such a pin is a plain
 * reference, which folio_maybe_dma_pinned() does not see; mm/vmscan.c
 * treats the folio as pinned all the same. Were it not so, every pass of
 * reclaim would strip the buffers of the pinned ext4 folio for nothing (the
 * pin keeps it in memory), and leave the pinned folio, ext4 or shmem, on
 * the inactive list rather than activate it, to scan it again at once.
 *
 * Usage: pin_pressure none|memfd|ext4 [REGION_MIB [PRESSURE_MIB]]
 *
 * memfd: REGION_MIB of a memfd, filled through a shared mapping; ext4: a
 * file of that size in the current directory (guest/init: the ext4 disk),
 * written, fsynced, mapped shared and read. The region is pinned for read
 * (gup_test's PIN_LONGTERM_TEST_START: pin_user_pages(FOLL_LONGTERM)),
 * then PRESSURE_MIB of anonymous memory is written twice over, past RAM,
 * so that reclaim swaps it and scans the pinned folios again and again.
 * none: the pressure alone, the control that shows what reclaim does on
 * the anonymous memory only.
 *
 * Prints KTAP: "# vmstat KIND COUNTER DELTA" for the reclaim events of
 * /proc/vmstat over the pressure, "# pages KIND STATE N" for the state of
 * the pinned pages afterwards (/proc/kpageflags of the pinned pfns), and
 * one test each for: reclaim reached the pinned folios (it unmapped some),
 * none of them went to the swap cache, none lost its buffers, and the pin
 * and the mapping both still see the data written.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/vfs.h>
#include <unistd.h>
#include <linux/kernel-page-flags.h>
#include <linux/magic.h>
#include "gup_test.h"	/* the kernel tree's mm/gup_test.h */

#define MIB		(1UL << 20)
#define PAGE		4096UL
#define CHUNK		(4 * MIB)	/* the pressure is mapped in steps */
#define FILE_NAME	"pin_pressure.dat"

#define KPF_PRIVATE	35	/* include/linux/kernel-page-flags.h: not uapi */

static const char * const counters[] = {
	"pgscan_kswapd", "pgscan_direct", "pgscan_anon", "pgscan_file",
	"pgsteal_kswapd", "pgsteal_direct", "pgsteal_anon", "pgsteal_file",
	"pgrefill", "pgactivate", "pgdeactivate", "nr_vmscan_write",
	"nr_vmscan_immediate_reclaim", "nr_written", "pswpout", "swpout_zero",
	"pswpin",
};

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))
#define NR_COUNTERS	ARRAY_SIZE(counters)

struct region {
	const char *kind;
	char *addr;
	size_t size;
	unsigned long nr_pages;
	uint64_t *pfn;		/* of each page, read before the pin */
	uint64_t *flags;	/* kpageflags: before the pin, then after */
	int fd;
};

static int nr_tests;

static void fail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	printf("Bail out! ");
	vprintf(fmt, ap);
	if (errno)
		printf(": %s", strerror(errno));
	printf("\n");
	va_end(ap);
	exit(1);
}

static void result(int ok, const char *kind, const char *what)
{
	printf("%s %d %s: %s\n", ok ? "ok" : "not ok", ++nr_tests, kind, what);
}

static void write_file(const char *path, const char *s)
{
	int fd = open(path, O_WRONLY);

	if (fd < 0 || write(fd, s, strlen(s)) != (ssize_t)strlen(s))
		fail("write %s", path);
	close(fd);
}

/* The events of /proc/vmstat, per-CPU node counter deltas folded in. */
static void read_vmstat(unsigned long v[])
{
	char name[64];
	unsigned long val;
	unsigned int i;
	FILE *f;

	write_file("/proc/sys/vm/stat_refresh", "1");
	f = fopen("/proc/vmstat", "r");
	if (!f)
		fail("/proc/vmstat");
	memset(v, 0, NR_COUNTERS * sizeof(v[0]));
	while (fscanf(f, "%63s %lu", name, &val) == 2)
		for (i = 0; i < NR_COUNTERS; i++)
			if (!strcmp(name, counters[i]))
				v[i] = val;
	fclose(f);
}

/* What the guest has: RAM, free RAM and swap, as a comment line. */
static void print_meminfo(void)
{
	char line[128];
	FILE *f = fopen("/proc/meminfo", "r");

	if (!f)
		fail("/proc/meminfo");
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, "MemTotal:", 9) || !strncmp(line, "MemFree:", 8) ||
		    !strncmp(line, "SwapFree:", 9))
			printf("# %s", line);
	fclose(f);
}

/* The word at @off of page @i: says which page and where, never zero. */
static uint64_t pattern(unsigned long i, size_t off)
{
	return 0x5050000000000000ULL | (uint64_t)i << 20 | off;
}

static void fill_page(uint64_t *page, unsigned long i)
{
	size_t off;

	for (off = 0; off < PAGE / 8; off++)
		page[off] = pattern(i, off);
}

/* The pages of @buf that do not hold the pattern. */
static unsigned long bad_pages(const char *buf, unsigned long nr_pages)
{
	unsigned long i, bad = 0;
	size_t off;

	for (i = 0; i < nr_pages; i++) {
		const uint64_t *page = (const uint64_t *)(buf + i * PAGE);

		for (off = 0; off < PAGE / 8; off++)
			if (page[off] != pattern(i, off)) {
				bad++;
				break;
			}
	}
	return bad;
}

static void map_memfd(struct region *r)
{
	unsigned long i;

	r->fd = memfd_create("pin_pressure", 0);
	if (r->fd < 0 || ftruncate(r->fd, r->size))
		fail("memfd");
	r->addr = mmap(NULL, r->size, PROT_READ | PROT_WRITE, MAP_SHARED, r->fd, 0);
	if (r->addr == MAP_FAILED)
		fail("mmap memfd");
	for (i = 0; i < r->nr_pages; i++)
		fill_page((uint64_t *)(r->addr + i * PAGE), i);
}

/* Written, on disk, then mapped read-only: clean folios with buffers. */
static void map_ext4(struct region *r)
{
	uint64_t page[PAGE / 8];
	struct statfs fs;
	unsigned long i;

	r->fd = open(FILE_NAME, O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (r->fd < 0 || fstatfs(r->fd, &fs))
		fail("open %s", FILE_NAME);
	errno = 0;
	if (fs.f_type != EXT4_SUPER_MAGIC)
		fail("the current directory is not on ext4 (guest/init: /mnt/work)");
	for (i = 0; i < r->nr_pages; i++) {
		fill_page(page, i);
		if (write(r->fd, page, PAGE) != PAGE)
			fail("write %s", FILE_NAME);
	}
	if (fsync(r->fd))
		fail("fsync %s", FILE_NAME);
	r->addr = mmap(NULL, r->size, PROT_READ, MAP_SHARED, r->fd, 0);
	if (r->addr == MAP_FAILED)
		fail("mmap %s", FILE_NAME);
	errno = 0;
	if (bad_pages(r->addr, r->nr_pages))	/* reads, so maps, every page */
		fail("%s does not read back as written", FILE_NAME);
}

/* The pfns of the region's pages from /proc/self/pagemap (all mapped now). */
static void read_pfns(struct region *r)
{
	int fd = open("/proc/self/pagemap", O_RDONLY);
	off_t off = (uintptr_t)r->addr / PAGE * 8;
	unsigned long i;

	if (fd < 0 || pread(fd, r->pfn, r->nr_pages * 8, off) != (ssize_t)(r->nr_pages * 8))
		fail("/proc/self/pagemap");
	close(fd);
	for (i = 0; i < r->nr_pages; i++) {
		if (!(r->pfn[i] >> 63)) {
			errno = 0;
			fail("page %lu of the region is not mapped", i);
		}
		r->pfn[i] &= (1ULL << 55) - 1;
	}
}

static void read_flags(struct region *r)
{
	int fd = open("/proc/kpageflags", O_RDONLY);
	unsigned long i;

	if (fd < 0)
		fail("/proc/kpageflags");
	for (i = 0; i < r->nr_pages; i++)
		if (pread(fd, &r->flags[i], 8, r->pfn[i] * 8) != 8)
			fail("/proc/kpageflags");
	close(fd);
}

static unsigned long count_flag(const struct region *r, int bit)
{
	unsigned long i, n = 0;

	for (i = 0; i < r->nr_pages; i++)
		n += (r->flags[i] >> bit) & 1;
	return n;
}

static void pin(int gup, const struct region *r)
{
	struct pin_longterm_test args = {
		.addr = (uintptr_t)r->addr,
		.size = r->size,
		.flags = 0,	/* read: FOLL_LONGTERM without FOLL_WRITE */
	};

	if (ioctl(gup, PIN_LONGTERM_TEST_START, &args))
		fail("PIN_LONGTERM_TEST_START");
}

/* Write @mib of anonymous memory, twice over, then free it. */
static void pressure(unsigned long mib)
{
	unsigned long nr = mib * MIB / CHUNK, i, pass;
	char **chunk = calloc(nr, sizeof(*chunk));
	size_t off;

	if (!chunk)
		fail("calloc");
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < nr; i++) {
			if (!pass)
				chunk[i] = mmap(NULL, CHUNK, PROT_READ | PROT_WRITE,
						MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
			if (chunk[i] == MAP_FAILED)
				fail("mmap of anonymous memory");
			for (off = 0; off < CHUNK; off += PAGE)
				chunk[i][off] = pass + 1;
		}
	for (i = 0; i < nr; i++)
		munmap(chunk[i], CHUNK);
	free(chunk);
}

static void print_pages(const struct region *r, const char *state, unsigned long n)
{
	printf("# pages %s %s %lu\n", r->kind, state, n);
}

/*
 * After the pressure, still pinned: what reclaim did to the pinned pages
 * (the pin keeps their pfns valid), and whether the pin (gup_test copies
 * the pinned pages out) and the mapping both still see the data.
 */
static void check_region(int gup, struct region *r)
{
	unsigned long private0 = count_flag(r, KPF_PRIVATE), moved, bad, i;
	uint64_t *pfn0 = malloc(r->nr_pages * 8);
	char *copy = malloc(r->size);
	__u64 dst = (uintptr_t)copy;

	if (!pfn0 || !copy)
		fail("malloc");
	read_flags(r);
	print_pages(r, "pinned", r->nr_pages);
	print_pages(r, "mapped", count_flag(r, KPF_MMAP));
	print_pages(r, "lru", count_flag(r, KPF_LRU));
	print_pages(r, "active", count_flag(r, KPF_ACTIVE));
	print_pages(r, "swapcache", count_flag(r, KPF_SWAPCACHE));
	print_pages(r, "private-before", private0);
	print_pages(r, "private", count_flag(r, KPF_PRIVATE));
	result(count_flag(r, KPF_MMAP) < r->nr_pages, r->kind,
	       "reclaim reached the pinned folios (unmapped some)");
	result(!count_flag(r, KPF_SWAPCACHE), r->kind,
	       "no pinned folio went to the swap cache");
	result(count_flag(r, KPF_PRIVATE) == private0, r->kind,
	       "no pinned folio lost its buffers");

	if (ioctl(gup, PIN_LONGTERM_TEST_READ, &dst))
		fail("PIN_LONGTERM_TEST_READ");
	result(!bad_pages(copy, r->nr_pages), r->kind, "the pinned pages hold the data");
	bad = bad_pages(r->addr, r->nr_pages);	/* faults them back in */
	memcpy(pfn0, r->pfn, r->nr_pages * 8);
	read_pfns(r);
	for (i = moved = 0; i < r->nr_pages; i++)
		moved += r->pfn[i] != pfn0[i];
	result(!bad && !moved, r->kind,
	       "the mapping maps the pinned pages again, data intact");
	free(copy);
	free(pfn0);
}

static void setup_region(struct region *r, unsigned long mib)
{
	r->size = mib * MIB;
	r->nr_pages = r->size / PAGE;
	r->pfn = calloc(r->nr_pages, 8);
	r->flags = calloc(r->nr_pages, 8);
	if (!r->pfn || !r->flags)
		fail("calloc");
	if (!strcmp(r->kind, "memfd"))
		map_memfd(r);
	else
		map_ext4(r);
	read_pfns(r);
	read_flags(r);
}

static void free_region(struct region *r)
{
	munmap(r->addr, r->size);
	close(r->fd);
	if (!strcmp(r->kind, "ext4"))
		unlink(FILE_NAME);
	free(r->pfn);
	free(r->flags);
}

int main(int argc, char **argv)
{
	struct region r = { .kind = argc > 1 ? argv[1] : "" };
	unsigned long region_mib = argc > 2 ? strtoul(argv[2], NULL, 0) : 64;
	unsigned long pressure_mib = argc > 3 ? strtoul(argv[3], NULL, 0) : 320;
	unsigned long before[NR_COUNTERS], after[NR_COUNTERS];
	int none = !strcmp(r.kind, "none"), gup;
	unsigned int i;

	if (!none && strcmp(r.kind, "memfd") && strcmp(r.kind, "ext4")) {
		fprintf(stderr, "usage: pin_pressure none|memfd|ext4 %s\n",
			"[REGION_MIB [PRESSURE_MIB]]");
		return 2;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	printf("KTAP version 1\n1..%d\n", none ? 1 : 5);
	gup = open("/sys/kernel/debug/gup_test", O_RDWR);
	if (gup < 0)
		fail("/sys/kernel/debug/gup_test");
	/* The same start for every run: no page cache of earlier runs. */
	sync();
	write_file("/proc/sys/vm/drop_caches", "3");
	if (!none) {
		setup_region(&r, region_mib);
		pin(gup, &r);
	}
	print_meminfo();
	printf("# %s: %lu MiB pinned for read, %lu MiB of pressure\n",
	       r.kind, none ? 0 : region_mib, pressure_mib);
	read_vmstat(before);
	pressure(pressure_mib);
	read_vmstat(after);
	for (i = 0; i < NR_COUNTERS; i++)
		printf("# vmstat %s %s %lu\n", r.kind, counters[i], after[i] - before[i]);
	if (none) {
		result(1, r.kind, "the pressure ran");
	} else {
		check_region(gup, &r);
		if (ioctl(gup, PIN_LONGTERM_TEST_STOP))
			fail("PIN_LONGTERM_TEST_STOP");
		free_region(&r);
	}
	close(gup);
	return 0;
}
