// SPDX-License-Identifier: GPL-2.0
/*
 * /init of the 32-bit (i386) test guest: guest/init without busybox.
 *
 * A 32-bit kernel cannot run the host's 64-bit busybox-static, and Debian
 * has no 32-bit one to hand without adding the i386 architecture to dpkg,
 * so this small static program (gcc -m32 -static) does what guest/init
 * does, in the same framed format on /dev/ttyS1 that collect-results.sh
 * splits: mounts, the ext4 disk (no swap file: the i386 plan needs none),
 * then each line "id command args..." of the plans named by pup.plan= on
 * the kernel command line, run from /tests with its output on ttyS1.
 * An id of "!" is a setup step rather than a test. Commands are split on
 * white space, as the shell's unquoted $cmd is.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

static int out = 2;

static void say(const char *fmt, ...)
{
	char buf[4096];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n > (int)sizeof(buf) - 1)
		n = sizeof(buf) - 1;
	if (write(out, buf, n) < 0)
		return;
}

static void kmsg(const char *msg)
{
	int fd = open("/dev/kmsg", O_WRONLY);

	if (fd >= 0) {
		ssize_t n = write(fd, msg, strlen(msg));

		(void)n;
		close(fd);
	}
}

/* Run argv with stdout and stderr on fd; the shell's $?: 128 + signal. */
static int run(char **argv, int fd)
{
	static const char *const dirs[] = { "/tests/", "/bin/" };
	char path[512];
	pid_t pid;
	int st;

	pid = fork();
	if (pid < 0)
		return 127;
	if (pid == 0) {
		int nul = open("/dev/null", O_RDONLY);

		if (nul >= 0)
			dup2(nul, 0);
		dup2(fd, 1);
		dup2(fd, 2);
		if (strchr(argv[0], '/')) {
			execv(argv[0], argv);
		} else {
			for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
				snprintf(path, sizeof(path), "%s%s", dirs[i], argv[0]);
				execv(path, argv);
			}
		}
		dprintf(2, "init: %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return 127;
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	return 128 + WTERMSIG(st);
}

static void run_plan(const char *name)
{
	char path[256], line[1024], cmd[1024], msg[256];
	char *argv[64], *id, *rest, *s, *save;
	FILE *f;

	snprintf(path, sizeof(path), "/plans/%s.plan", name);
	f = fopen(path, "r");
	if (!f) {
		say("### SETUP no plan %s\n", path);
		return;
	}
	while (fgets(line, sizeof(line), f)) {
		int argc = 0, rc;

		line[strcspn(line, "\r\n")] = 0;
		id = line + strspn(line, " \t");
		if (!*id || *id == '#')
			continue;
		rest = id + strcspn(id, " \t");
		if (*rest)
			*rest++ = 0;
		rest += strspn(rest, " \t");
		for (s = rest + strlen(rest); s > rest && strchr(" \t", s[-1]); s--)
			s[-1] = 0;
		snprintf(cmd, sizeof(cmd), "%s", rest);
		for (s = strtok_r(rest, " \t", &save); s && argc < 63;
		     s = strtok_r(NULL, " \t", &save))
			argv[argc++] = s;
		argv[argc] = NULL;
		if (!argc)
			continue;
		if (!strcmp(id, "!")) {		/* a setup step, not a test */
			int fd = open("/tmp/setup.out", O_RDWR | O_CREAT | O_TRUNC, 0600);
			char buf[4096];
			ssize_t n;

			if (fd < 0 || run(argv, fd)) {
				say("### SETUP failed: %s\n", cmd);
				if (fd >= 0) {
					lseek(fd, 0, SEEK_SET);
					while ((n = read(fd, buf, sizeof(buf))) > 0)
						if (write(out, buf, n) < 0)
							break;
				}
			}
			if (fd >= 0)
				close(fd);
			continue;
		}
		say("### BEGIN %s %s\n", id, cmd);
		snprintf(msg, sizeof(msg), "pup: running %s\n", id);
		kmsg(msg);
		rc = run(argv, out);
		say("### END %s rc=%d\n", id, rc);
	}
	fclose(f);
}

int main(void)
{
	char cmdline[4096] = "", line[256], *plan = "", *p, *save;
	struct utsname u;
	FILE *f;
	int fd;

	mount("proc", "/proc", "proc", 0, NULL);
	mount("sysfs", "/sys", "sysfs", 0, NULL);
	mount("devtmpfs", "/dev", "devtmpfs", 0, NULL);	/* gup_test opens /dev/zero */
	mount("debugfs", "/sys/kernel/debug", "debugfs", 0, NULL);
	mount("tmpfs", "/tmp", "tmpfs", 0, NULL);
	fd = open("/dev/ttyS1", O_WRONLY | O_NOCTTY);
	if (fd >= 0)
		out = fd;

	f = fopen("/proc/cmdline", "r");
	if (f) {
		if (!fgets(cmdline, sizeof(cmdline), f))
			cmdline[0] = 0;
		fclose(f);
	}
	for (p = strtok_r(cmdline, " \n", &save); p; p = strtok_r(NULL, " \n", &save))
		if (!strncmp(p, "pup.plan=", 9))
			plan = p + 9;

	if (!mount("/dev/vda", "/mnt", "ext4", 0, NULL)) {
		mkdir("/mnt/work", 0755);
		if (chdir("/mnt/work"))
			say("### SETUP no ext4 disk\n");
	} else {
		say("### SETUP no ext4 disk\n");
	}

	uname(&u);
	say("### GUEST %s plan=%s\n", u.release, plan);
	for (p = strtok_r(plan, ",", &save); p; p = strtok_r(NULL, ",", &save))
		run_plan(p);

	f = fopen("/proc/vmstat", "r");
	if (f) {
		while (fgets(line, sizeof(line), f))
			if (!strncmp(line, "nr_foll_pin", 11))
				say("### VMSTAT %s", line);
		fclose(f);
	}
	say("### DONE\n");
	sync();
	reboot(RB_AUTOBOOT);	/* with -no-reboot, QEMU exits */
	for (;;)
		pause();
}
