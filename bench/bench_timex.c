/* bench_timex.c -- MB/s of dl_timex_scan from C (no Lua tables) on the
 * Reuters stories and on pathological inputs, and each pathological rate
 * as a multiple of the time per MB of the stories (goal: at most 3x).
 * make bench builds it against the core's objects and passes the file of
 * stories separated by NUL bytes that bench.lua writes.
 *
 * bench_timex FILE PASSES: exactly PASSES scans of the stories and no
 * timing, for a deterministic instruction count under a profiler (the
 * clock-bound loop above runs a varying number of passes). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dateline.h"
#include "bench_texts.h"

#define MIN_SECONDS 0.5

/* MB/s of scanning the n texts (each NUL-terminated at buf + offs[i])
 * until at least MIN_SECONDS of processor time have passed; *found: the
 * timexes of one pass. */
static double rate(const char *buf, const size_t *offs, size_t n, const dl_options *o,
                   size_t *found)
{
  dl_timex_list l;
  double bytes = 0, secs;
  clock_t t0 = clock();
  size_t i, passes = 0, total = 0;
  dl_timex_list_init(&l);
  do {
    for (i = 0; i < n; i++) {
      const char *t = buf + offs[i];
      size_t len = strlen(t);
      l.n = 0;
      if (dl_timex_scan(t, len, o, &l) != DL_OK) {
        dl_timex_list_free(&l);
        return 0;
      }
      total += l.n;
      bytes += (double)len;
    }
    passes++;
    secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  } while (secs < MIN_SECONDS);
  *found = total / passes;   /* per pass over the texts */
  dl_timex_list_free(&l);
  return bytes / 1048576 / secs;
}

/* s repeated until the text is at least `size` bytes, in a new buffer. */
static char *repeat(const char *s, size_t size)
{
  size_t n = strlen(s), len = 0;
  char *b = (char *)malloc(size + n + 1);
  if (!b) return NULL;
  while (len < size) { memcpy(b + len, s, n); len += n; }
  b[len] = '\0';
  return b;
}

int main(int argc, char **argv)
{
  static const struct { const char *name, *unit; } cases[] = {
    { "digits and separators", "12/31/99 1-2-3 4:5:6 1987-02-26 " },
    { "month and weekday words", "March May June Monday Sunday " },
    { "durations and sets", "every 3 days for 2 weeks, twice a year, the past 75 years " },
    { "dots and abbreviations", "Mr. U.S. J.R.R. 2.5 ... " },
    { "unbalanced quotes", "\"\342\200\234 '" },
    { "invalid UTF-8", "\377\300\200 x" },
  };
  bench_texts tx;
  size_t i, found, zero = 0;
  double normal;
  dl_options o;
  if (bench_texts_read(argc > 1 ? argv[1] : NULL, "bench_timex", &tx) != 0) return 1;
  dl_options_init(&o);
  if (dl_date_parse_iso("1987-03-02", 10, &o.ref) != DL_OK) return 1;
  if (argc > 2) {
    long passes = strtol(argv[2], NULL, 10), p;
    size_t total = 0;
    dl_timex_list l;
    dl_timex_list_init(&l);
    for (p = 0; p < passes; p++)
      for (i = 0; i < tx.n; i++) {
        const char *t = tx.buf + tx.offs[i];
        l.n = 0;
        if (dl_timex_scan(t, strlen(t), &o, &l) != DL_OK) break;
        total += l.n;
      }
    printf("%ld passes, %lu timexes\n", passes, (unsigned long)total);
    dl_timex_list_free(&l);
    bench_texts_free(&tx);
    return 0;
  }
  normal = rate(tx.buf, tx.offs, tx.n, &o, &found);
  printf("timex scan (C), Reuters stories   %8.1f MB/s  (%.1f timexes per KB)\n", normal,
         (double)found * 1024 / (double)tx.len);
  for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char *t = repeat(cases[i].unit, 2 * 1048576);
    double r;
    if (!t) return 1;
    r = rate(t, &zero, 1, &o, &found);
    printf("  %-31s %8.1f MB/s  %4.1fx the time per MB  (%.1f timexes per KB)\n",
           cases[i].name, r, r > 0 ? normal / r : 0.0,
           (double)found * 1024 / (double)strlen(t));
    free(t);
  }
  bench_texts_free(&tx);
  return 0;
}
