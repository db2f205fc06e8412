/* Postpad's AppImage type-2 runtime (docs/decisions/0194-appimage-runtime-from-debian.md).
 *
 * An AppImage is this ELF program followed by a SquashFS image of the AppDir. The upstream
 * runtime cannot be downloaded where Postpad is built (only PyPI, npm and Debian are reachable),
 * so this one is written against the AppImage type-2 format and linked statically with Debian's
 * squashfuse and libfuse3:
 *
 *   Postpad.AppImage ARGS                     mount the image with FUSE, run AppDir/AppRun ARGS
 *   --appimage-extract-and-run ARGS           extract to $TMPDIR, run AppRun, delete it after
 *   --appimage-extract                        extract to ./squashfs-root
 *   --appimage-offset                         print where the SquashFS image starts
 *   --appimage-help, --appimage-version
 *
 * APPIMAGE_EXTRACT_AND_RUN=1 makes extract-and-run the default (machines without FUSE). AppRun
 * gets $APPIMAGE, $APPDIR, $ARGV0 and $OWD as the format's runtimes set them. Bytes 8-10 of the
 * ELF header are "AI\2" (the Makefile writes them after linking).
 */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <squashfuse/ll.h>
#include <squashfuse/squashfuse.h>

#define RUNTIME_VERSION "postpad-runtime 1"

/* Sections the AppImage format reserves for update information and signatures (left empty). */
__attribute__((section(".upd_info"), used, retain)) static char upd_info[1024];
__attribute__((section(".sha256_sig"), used, retain)) static char sha256_sig[1024];
__attribute__((section(".sig_key"), used, retain)) static char sig_key[8192];

static int fail(const char *what) {
    fprintf(stderr, "appimage runtime: %s: %s\n", what, strerror(errno));
    return 1;
}

/* The image starts where the ELF file ends: after its section header table. */
static off_t payload_offset(const char *self) {
    Elf64_Ehdr header;
    int fd = open(self, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    ssize_t got = pread(fd, &header, sizeof header, 0);
    close(fd);
    if (got != (ssize_t)sizeof header || memcmp(header.e_ident, ELFMAG, SELFMAG) != 0 ||
        header.e_ident[EI_CLASS] != ELFCLASS64)
        return -1;
    return (off_t)header.e_shoff + (off_t)header.e_shentsize * header.e_shnum;
}

static char *join(const char *dir, const char *name) {
    char *path = NULL;
    if (asprintf(&path, "%s/%s", dir, name) < 0) {
        perror("appimage runtime");
        exit(1);
    }
    return path;
}

static int extract_file(sqfs *fs, sqfs_inode *inode, const char *path) {
    static char buffer[1 << 17];
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, inode->base.mode & 07777);
    if (fd < 0) return fail(path);
    for (sqfs_off_t done = 0; done < (sqfs_off_t)inode->xtra.reg.file_size;) {
        sqfs_off_t size = sizeof buffer;
        if (sqfs_read_range(fs, inode, done, &size, buffer) != SQFS_OK || size <= 0) {
            close(fd);
            fprintf(stderr, "appimage runtime: cannot read %s from the image\n", path);
            return 1;
        }
        if (write(fd, buffer, (size_t)size) != (ssize_t)size) {
            close(fd);
            return fail(path);
        }
        done += size;
    }
    return close(fd) == 0 ? 0 : fail(path);
}

static int extract_link(sqfs *fs, sqfs_inode *inode, const char *path) {
    char target[PATH_MAX];
    size_t size = sizeof target;
    if (sqfs_readlink(fs, inode, target, &size) != SQFS_OK) {
        fprintf(stderr, "appimage runtime: cannot read the link %s\n", path);
        return 1;
    }
    unlink(path);
    return symlink(target, path) == 0 ? 0 : fail(path);
}

static int extract_entry(sqfs *fs, sqfs_traverse *walk, const char *dest) {
    sqfs_inode inode;
    if (sqfs_inode_get(fs, &inode, sqfs_dentry_inode(&walk->entry)) != SQFS_OK) {
        fprintf(stderr, "appimage runtime: bad inode for %s\n", walk->path);
        return 1;
    }
    char *path = join(dest, walk->path);
    int status = 0;
    switch (inode.base.inode_type) {
    case SQUASHFS_DIR_TYPE:
    case SQUASHFS_LDIR_TYPE:
        if (mkdir(path, (inode.base.mode & 07777) | 0700) != 0 && errno != EEXIST)
            status = fail(path);
        break;
    case SQUASHFS_REG_TYPE:
    case SQUASHFS_LREG_TYPE:
        status = extract_file(fs, &inode, path);
        break;
    case SQUASHFS_SYMLINK_TYPE:
    case SQUASHFS_LSYMLINK_TYPE:
        status = extract_link(fs, &inode, path);
        break;
    default: /* devices, fifos and sockets have no place in an AppDir */
        break;
    }
    free(path);
    return status;
}

static int extract(const char *image, off_t offset, const char *dest) {
    sqfs fs;
    sqfs_traverse walk;
    sqfs_err err = SQFS_OK;
    int status = 0;
    if (sqfs_open_image(&fs, image, (size_t)offset) != SQFS_OK) return 1;
    if (mkdir(dest, 0755) != 0 && errno != EEXIST) return fail(dest);
    if (sqfs_traverse_open(&walk, &fs, sqfs_inode_root(&fs)) != SQFS_OK) return 1;
    while (status == 0 && sqfs_traverse_next(&walk, &err))
        if (!walk.dir_end) status = extract_entry(&fs, &walk, dest);
    sqfs_traverse_close(&walk);
    sqfs_destroy(&fs);
    if (err != SQFS_OK) {
        fprintf(stderr, "appimage runtime: the image is damaged\n");
        return 1;
    }
    return status;
}

static void set_environment(const char *self, const char *appdir, const char *argv0) {
    char cwd[PATH_MAX];
    setenv("APPIMAGE", self, 1);
    setenv("APPDIR", appdir, 1);
    setenv("ARGV0", argv0, 1);
    if (getcwd(cwd, sizeof cwd)) setenv("OWD", cwd, 1);
}

/* execv AppRun with the user's arguments (argv[0] becomes AppRun's path). */
static int run_apprun(const char *appdir, int argc, char **argv) {
    char *apprun = join(appdir, "AppRun");
    char **args = calloc((size_t)argc + 1, sizeof *args);
    if (!args) return fail("memory");
    args[0] = apprun;
    for (int i = 1; i < argc; i++) args[i] = argv[i];
    execv(apprun, args);
    return fail(apprun);
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

static char *temporary_dir(const char *prefix, const char *self) {
    const char *tmp = getenv("TMPDIR");
    const char *base = strrchr(self, '/') ? strrchr(self, '/') + 1 : self;
    char *dir = NULL;
    if (asprintf(&dir, "%s/%s%.8sXXXXXX", tmp && *tmp ? tmp : "/tmp", prefix, base) < 0 ||
        !mkdtemp(dir)) {
        fail("temporary folder");
        exit(1);
    }
    return dir;
}

static pid_t child_pid;

static void forward_signal(int sig) {
    if (child_pid > 0) kill(child_pid, sig);
}

static int extract_and_run(const char *self, off_t offset, int argc, char **argv) {
    char *dir = temporary_dir("appimage_extracted_", self);
    if (extract(self, offset, dir) != 0) {
        nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
        return 1;
    }
    set_environment(self, dir, argv[0]);
    child_pid = fork();
    if (child_pid < 0) return fail("fork");
    if (child_pid == 0) return run_apprun(dir, argc, argv);
    signal(SIGINT, SIG_IGN); /* the terminal sends it to AppRun as well */
    signal(SIGQUIT, SIG_IGN);
    signal(SIGTERM, forward_signal);
    signal(SIGHUP, forward_signal);
    int status = 0;
    while (waitpid(child_pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!getenv("NO_CLEANUP")) nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

static struct fuse_session *session;
static int keepalive_fd;

/* AppRun and everything it starts inherit the write end of the keep-alive pipe: when the last of
 * them exits, read() sees end-of-file and the image is unmounted. */
static void *watch_keepalive(void *unused) {
    char byte;
    ssize_t got;
    (void)unused;
    do
        got = read(keepalive_fd, &byte, 1);
    while (got > 0 || (got < 0 && errno == EINTR));
    fuse_session_exit(session);
    fuse_session_unmount(session);
    return NULL;
}

static void serve_mount(const char *self, off_t offset, const char *mountpoint, int ready_fd) {
    static struct fuse_lowlevel_ops ops = {
        .lookup = sqfs_ll_op_lookup, .forget = sqfs_ll_op_forget,
        .getattr = sqfs_ll_op_getattr, .readlink = sqfs_ll_op_readlink,
        .open = sqfs_ll_op_open, .read = sqfs_ll_op_read, .release = sqfs_ll_op_release,
        .opendir = sqfs_ll_op_opendir, .readdir = sqfs_ll_op_readdir,
        .releasedir = sqfs_ll_op_releasedir, .statfs = stfs_ll_op_statfs,
        .getxattr = sqfs_ll_op_getxattr, .listxattr = sqfs_ll_op_listxattr,
        .create = sqfs_ll_op_create,
    };
    char *argv[] = {"appimage", "-o", "ro,nodev,nosuid,subtype=appimage", NULL};
    struct fuse_args args = FUSE_ARGS_INIT(3, argv);
    sqfs_ll_chan channel;
    pthread_t watcher;
    sqfs_ll *ll = sqfs_ll_open(self, (size_t)offset);
    if (!ll || sqfs_ll_mount(&channel, mountpoint, &args, &ops, sizeof ops, ll) != SQFS_OK)
        _exit(1);
    session = channel.session;
    signal(SIGINT, SIG_IGN); /* Ctrl+C ends AppRun; the keep-alive pipe then ends this */
    signal(SIGHUP, SIG_IGN);
    if (pthread_create(&watcher, NULL, watch_keepalive, NULL) != 0) _exit(1);
    if (write(ready_fd, "1", 1) != 1) _exit(1);
    close(ready_fd);
    fuse_session_loop(session);
    pthread_join(watcher, NULL);
    fuse_session_destroy(session);
    rmdir(mountpoint);
    _exit(0);
}

static int mount_and_run(const char *self, off_t offset, int argc, char **argv) {
    char *mountpoint = temporary_dir(".mount_", self);
    int keepalive[2], ready[2];
    char byte;
    if (pipe(keepalive) != 0 || pipe2(ready, O_CLOEXEC) != 0) return fail("pipe");
    pid_t pid = fork();
    if (pid < 0) return fail("fork");
    if (pid == 0) {
        close(keepalive[1]);
        close(ready[0]);
        keepalive_fd = keepalive[0];
        setsid();
        serve_mount(self, offset, mountpoint, ready[1]);
    }
    close(keepalive[0]);
    close(ready[1]);
    if (read(ready[0], &byte, 1) != 1) {
        waitpid(pid, NULL, 0);
        rmdir(mountpoint);
        fprintf(stderr,
                "appimage runtime: cannot mount %s with FUSE (is libfuse/fusermount3 missing?).\n"
                "Run it with --appimage-extract-and-run, or set APPIMAGE_EXTRACT_AND_RUN=1.\n",
                self);
        return 1;
    }
    close(ready[0]);
    set_environment(self, mountpoint, argv[0]);
    return run_apprun(mountpoint, argc, argv);
}

int main(int argc, char **argv) {
    char self[PATH_MAX];
    ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    if (length < 0) return fail("/proc/self/exe");
    self[length] = '\0';
    off_t offset = payload_offset(self);
    if (offset <= 0) {
        fprintf(stderr, "appimage runtime: %s is not a 64-bit ELF file\n", self);
        return 1;
    }
    const char *option = argc > 1 && strncmp(argv[1], "--appimage-", 11) == 0 ? argv[1] : NULL;
    if (option) {
        argv[1] = argv[0];  /* AppRun gets the arguments after the option */
        if (strcmp(option, "--appimage-extract-and-run") == 0)
            return extract_and_run(self, offset, argc - 1, argv + 1);
        if (strcmp(option, "--appimage-extract") == 0) return extract(self, offset, "squashfs-root");
        if (strcmp(option, "--appimage-offset") == 0) return printf("%lld\n", (long long)offset) < 0;
        if (strcmp(option, "--appimage-version") == 0) return puts(RUNTIME_VERSION) < 0;
        printf("%s: AppImage type 2\n  --appimage-extract-and-run ARGS\n  --appimage-extract\n"
               "  --appimage-offset\n  --appimage-version\n", RUNTIME_VERSION);
        return strcmp(option, "--appimage-help") == 0 ? 0 : 2;
    }
    const char *no_fuse = getenv("APPIMAGE_EXTRACT_AND_RUN");
    if (no_fuse && strcmp(no_fuse, "1") == 0) return extract_and_run(self, offset, argc, argv);
    return mount_and_run(self, offset, argc, argv);
}
