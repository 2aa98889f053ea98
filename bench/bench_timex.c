/* bench_timex.c -- MB/s of dl_timex_scan from C (no Lua tables) on the
 * Reuters stories and on pathological inputs, and each pathological rate
 * as a multiple of the time per MB of the stories (goal: at most 3x).
 * make bench builds it against the core's objects and passes the file of
 * stories separated by NUL bytes that bench.lua writes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dateline.h"

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
  FILE *f;
  char *buf;
  size_t cap = 1 << 20, len = 0, ndoc = 0, i, *offs, found, zero = 0;
  double normal;
  dl_options o;
  if (argc < 2 || !(f = fopen(argv[1], "rb"))) {
    fprintf(stderr, "usage: bench_timex TEXTS (NUL-separated)\n");
    return 1;
  }
  buf = (char *)malloc(cap + 1);
  while (buf) {
    char *nb;
    len += fread(buf + len, 1, cap - len, f);
    if (len < cap) break;
    cap *= 2;
    nb = (char *)realloc(buf, cap + 1);
    if (!nb) { free(buf); buf = NULL; break; }
    buf = nb;
  }
  fclose(f);
  offs = buf ? (size_t *)malloc((len / 2 + 2) * sizeof *offs) : NULL;
  if (!buf || !offs) return 1;
  buf[len] = '\0';
  for (i = 0; i < len; i += strlen(buf + i) + 1) offs[ndoc++] = i;
  dl_options_init(&o);
  if (dl_date_parse_iso("1987-03-02", 10, &o.ref) != DL_OK) return 1;
  normal = rate(buf, offs, ndoc, &o, &found);
  printf("timex scan (C), Reuters stories   %8.1f MB/s  (%.1f timexes per KB)\n", normal,
         (double)found * 1024 / (double)len);
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
  free(buf);
  free(offs);
  return 0;
}
