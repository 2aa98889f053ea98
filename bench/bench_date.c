/* bench_date.c -- dl_datetime_parse calls per second from C (make bench
 * builds it from bench/bench.lua against the core's objects). */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "dateline.h"

static double rate(const char *const *s, int n)
{
  dl_datetime d;
  dl_date_error e;
  size_t len[16];
  long calls = 0, bad = 0;
  int i;
  clock_t t0 = clock(), t;
  for (i = 0; i < n; i++) len[i] = strlen(s[i]);
  do {
    int r;
    for (r = 0; r < 10000; r++)
      for (i = 0; i < n; i++)
        bad += dl_datetime_parse(s[i], len[i], NULL, 0, &d, &e) != DL_OK;
    calls += 10000L * n;
    t = clock();
  } while (t - t0 < CLOCKS_PER_SEC / 2);
  if (bad) printf("  (%ld failed parses)\n", bad);
  return (double)calls / ((double)(t - t0) / CLOCKS_PER_SEC);
}

int main(void)
{
  static const char *const iso[] = {
    "2024-10-22", "2024-10-22T14:05:00+03:00", "2023-03-22T09:30:00Z",
    "1987-02-26T15:07:13.72Z"
  };
  static const char *const rfc[] = {
    "Tue, 22 Oct 2024 14:05:00 +0300", "Wed, 22 Mar 2023 09:30:00 GMT",
    "Thu, 26 Feb 1987 15:07:13 -0500", "Mon, 1 Jan 2024 00:00:00 +0000"
  };
  printf("dl_datetime_parse (C)  ISO 8601: %.2f M/s   RFC 2822: %.2f M/s\n",
         rate(iso, 4) / 1e6, rate(rfc, 4) / 1e6);
  return 0;
}
