/*
 * replay.c -- a plain main() for the fuzz targets, so that the committed
 * corpus (fuzz/corpus/<target>/) and crash reproducers
 * (fuzz/crashes/<target>/) run in ordinary CI with gcc and
 * AddressSanitizer/UBSan, without clang or libFuzzer.
 *
 *   build/fuzz-replay/fuzz/fuzz_timex DIR_OR_FILE...   (make fuzz-replay)
 *
 * Every regular file named (or found directly inside a named folder, in
 * name order so runs are reproducible) is read into a heap block of
 * exactly its size and handed to LLVMFuzzerTestOneInput, each in a child
 * process of its own: a broken invariant (abort) or a sanitizer report
 * fails that input only, the rest still run, and LeakSanitizer checks
 * every input on its own at the child's exit; an input running longer
 * than FUZZ_REPLAY_TIMEOUT seconds (default 60) fails.  The failing files are
 * listed at the end; the exit status is 0 when every input passed, 1 when
 * some failed, 2 when a file could not be read.
 */
#define _POSIX_C_SOURCE 200809L   /* fork, waitpid, alarm, opendir */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fuzz_check.h"

typedef struct tally {
  size_t ran, failed;
} tally;

static int run_input(const char *path)
{
  FILE *f = fopen(path, "rb");
  unsigned char *buf;
  long size;
  size_t got;
  if (!f) { fprintf(stderr, "replay: cannot open %s\n", path); return 2; }
  if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0
      || fseek(f, 0, SEEK_SET) != 0) {
    fclose(f);
    fprintf(stderr, "replay: cannot size %s\n", path);
    return 2;
  }
  /* exactly sized, so that ASan catches a read one past the end */
  buf = (unsigned char *)malloc(size ? (size_t)size : 1);
  if (!buf) { fclose(f); fprintf(stderr, "replay: out of memory\n"); return 2; }
  got = fread(buf, 1, (size_t)size, f);
  fclose(f);
  if (got != (size_t)size) {
    free(buf);
    fprintf(stderr, "replay: short read on %s\n", path);
    return 2;
  }
  if (getenv("FUZZ_REPLAY_VERBOSE")) fprintf(stderr, "replay: %s\n", path);
  LLVMFuzzerTestOneInput(buf, (size_t)size);
  free(buf);
  return 0;
}

/* Run one input in a child process. */
static int run_file(const char *path, tally *t)
{
  pid_t pid;
  int status = 0;
  fflush(NULL);
  pid = fork();
  if (pid < 0) { fprintf(stderr, "replay: cannot fork\n"); return 2; }
  if (pid == 0) {
    /* a hang fails the input instead of hanging CI (SIGALRM ends the child) */
    const char *to = getenv("FUZZ_REPLAY_TIMEOUT");
    alarm(to && atoi(to) > 0 ? (unsigned)atoi(to) : 60u);
    exit(run_input(path));                /* exit(): LeakSanitizer runs */
  }
  if (waitpid(pid, &status, 0) < 0) { fprintf(stderr, "replay: wait failed\n"); return 2; }
  t->ran++;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 2) return 2;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    t->failed++;
    fprintf(stderr, "replay: FAILED %s\n", path);
  }
  return 0;
}

static int cmp_names(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_dir(const char *dir, tally *t)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  char **names = NULL;
  size_t n = 0, cap = 0, i;
  int rc = 0;
  if (!d) { fprintf(stderr, "replay: cannot open folder %s\n", dir); return 2; }
  while ((e = readdir(d)) != NULL) {
    char *path;
    struct stat st;
    size_t len;
    if (e->d_name[0] == '.') continue;          /* ., .., hidden files */
    len = strlen(dir) + strlen(e->d_name) + 2;
    path = (char *)malloc(len);
    if (!path) { rc = 2; break; }
    snprintf(path, len, "%s/%s", dir, e->d_name);
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) { free(path); continue; }
    if (n == cap) {
      size_t ncap = cap ? cap * 2 : 64;
      char **p = (char **)realloc(names, ncap * sizeof *names);
      if (!p) { free(path); rc = 2; break; }
      names = p;
      cap = ncap;
    }
    names[n++] = path;
  }
  closedir(d);
  if (n) qsort(names, n, sizeof *names, cmp_names);
  for (i = 0; i < n; i++) {
    if (rc == 0) rc = run_file(names[i], t);
    free(names[i]);
  }
  free(names);
  return rc;
}

int main(int argc, char **argv)
{
  tally t;
  int i, rc = 0;
  t.ran = t.failed = 0;
  for (i = 1; i < argc; i++) {
    struct stat st;
    int r;
    if (stat(argv[i], &st) != 0) continue;      /* an absent folder: nothing to replay */
    r = S_ISDIR(st.st_mode) ? run_dir(argv[i], &t) : run_file(argv[i], &t);
    if (r) rc = r;
  }
  fprintf(stderr, "%s: replayed %lu inputs, %lu failed\n",
          argc > 0 ? argv[0] : "replay", (unsigned long)t.ran,
          (unsigned long)t.failed);
  if (rc) return rc;
  return t.failed ? 1 : 0;
}
