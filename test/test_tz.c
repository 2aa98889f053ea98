/* test_tz.c -- zone abbreviations, POSIX TZ rules, TZif (tz.c). */
#include <stdio.h>
#include <string.h>

#include "test.h"
#include "dateline.h"
#include "calendar.h"
#include "tz.h"

static int64_t utc(int y, int m, int d, int hh, int mm)
{
  return dl_days_from_civil(y, m, d) * 86400 + hh * 3600 + mm * 60;
}

static void test_abbrev(dl_test_state *ts)
{
  int off = 99;
  CHECK(ts, dl_tz_abbrev("GMT", 3, 0, &off) && off == 0);
  CHECK(ts, dl_tz_abbrev("utc", 3, 0, &off) && off == 0);
  CHECK(ts, dl_tz_abbrev("EST", 3, 0, &off) && off == -300);
  CHECK(ts, dl_tz_abbrev("EDT", 3, 0, &off) && off == -240);
  CHECK(ts, dl_tz_abbrev("PST", 3, 0, &off) && off == -480);
  CHECK(ts, dl_tz_abbrev("CET", 3, 0, &off) && off == 60);
  CHECK(ts, dl_tz_abbrev("CEST", 4, 0, &off) && off == 120);
  CHECK(ts, dl_tz_abbrev("MSK", 3, 0, &off) && off == 180);
  CHECK(ts, dl_tz_abbrev("JST", 3, 0, &off) && off == 540);
  CHECK(ts, dl_tz_abbrev("IST", 3, 0, &off) && off == 330);
  CHECK(ts, dl_tz_abbrev("IST", 3, DL_TZ_IST_ISRAEL, &off) && off == 120);
  CHECK(ts, dl_tz_abbrev("CST", 3, 0, &off) && off == -360);
  CHECK(ts, dl_tz_abbrev("CST", 3, DL_TZ_CST_CHINA, &off) && off == 480);
  CHECK(ts, dl_tz_abbrev("AST", 3, DL_TZ_AST_ARABIA, &off) && off == 180);
  CHECK(ts, !dl_tz_abbrev("XYZ", 3, 0, &off));
  CHECK(ts, !dl_tz_abbrev("GMTX", 4, 0, &off));
  CHECK(ts, !dl_tz_abbrev("", 0, 0, &off));
}

static void test_rules(dl_test_state *ts)
{
  static const char ny[] = "EST5EDT,M3.2.0,M11.1.0";
  static const char eu[] = "CET-1CEST,M3.5.0,M10.5.0/3";
  static const char nz[] = "NZST-12NZDT,M9.5.0,M4.1.0/3";
  int off = 0;
  CHECK(ts, dl_tz_rule_offset(ny, strlen(ny), utc(2024, 7, 1, 12, 0), &off) && off == -4 * 3600);
  CHECK(ts, dl_tz_rule_offset(ny, strlen(ny), utc(2024, 1, 15, 12, 0), &off) && off == -5 * 3600);
  /* 2024-03-10 02:00 EST = 07:00Z */
  CHECK(ts, dl_tz_rule_offset(ny, strlen(ny), utc(2024, 3, 10, 6, 59), &off) && off == -5 * 3600);
  CHECK(ts, dl_tz_rule_offset(ny, strlen(ny), utc(2024, 3, 10, 7, 0), &off) && off == -4 * 3600);
  CHECK(ts, dl_tz_rule_offset(eu, strlen(eu), utc(2024, 10, 27, 0, 59), &off) && off == 7200);
  CHECK(ts, dl_tz_rule_offset(eu, strlen(eu), utc(2024, 10, 27, 1, 0), &off) && off == 3600);
  CHECK(ts, dl_tz_rule_offset(nz, strlen(nz), utc(2024, 1, 10, 0, 0), &off) && off == 13 * 3600);
  CHECK(ts, dl_tz_rule_offset(nz, strlen(nz), utc(2024, 7, 10, 0, 0), &off) && off == 12 * 3600);
  CHECK(ts, dl_tz_rule_offset("MSK-3", 5, utc(2024, 7, 10, 0, 0), &off) && off == 3 * 3600);
  CHECK(ts, dl_tz_rule_offset("<+03>-3", 7, utc(2024, 7, 10, 0, 0), &off) && off == 3 * 3600);
  CHECK(ts, !dl_tz_rule_offset("EST", 3, 0, &off));
  CHECK(ts, !dl_tz_rule_offset("EST5EDT,M13.1.0,M11.1.0", 23, 0, &off));
}

/* Write a big-endian integer. */
static void wbe(unsigned char *p, int64_t v, int n)
{
  int k;
  for (k = n - 1; k >= 0; k--) { p[k] = (unsigned char)(v & 0xFF); v >>= 8; }
}

/* A version 2 TZif image: two types (+01:00, +02:00), transitions at
 * 1000000000 (to +02) and 2000000000 (to +01), footer "XXX-3". */
static size_t make_tzif(unsigned char *b)
{
  size_t n = 0, k;
  int pass;
  for (pass = 0; pass < 2; pass++) {
    int tsz = pass ? 8 : 4;
    memcpy(b + n, "TZif2", 5);
    memset(b + n + 5, 0, 15);
    wbe(b + n + 20, 0, 4); wbe(b + n + 24, 0, 4); wbe(b + n + 28, 0, 4);
    wbe(b + n + 32, 2, 4); wbe(b + n + 36, 2, 4); wbe(b + n + 40, 4, 4);
    n += 44;
    wbe(b + n, 1000000000, tsz); n += (size_t)tsz;
    wbe(b + n, 2000000000, tsz); n += (size_t)tsz;
    b[n++] = 1; b[n++] = 0;
    wbe(b + n, 3600, 4); b[n + 4] = 0; b[n + 5] = 0; n += 6;
    wbe(b + n, 7200, 4); b[n + 4] = 1; b[n + 5] = 0; n += 6;
    for (k = 0; k < 4; k++) b[n++] = (unsigned char)"ABC"[k < 3 ? k : 0];
    b[n - 1] = 0;
  }
  memcpy(b + n, "\nXXX-3\n", 7);
  return n + 7;
}

static void test_tzif(dl_test_state *ts)
{
  unsigned char b[512];
  size_t n = make_tzif(b), cut;
  int off = 0;
  CHECK(ts, dl_tzif_offset(b, n, 0, &off) == DL_OK && off == 3600);
  CHECK(ts, dl_tzif_offset(b, n, 1000000000, &off) == DL_OK && off == 7200);
  CHECK(ts, dl_tzif_offset(b, n, 1500000000, &off) == DL_OK && off == 7200);
  CHECK(ts, dl_tzif_offset(b, n, 2100000000, &off) == DL_OK && off == 3 * 3600);
  /* every truncation is an error or a clean answer, never a bad read */
  for (cut = 0; cut < n; cut++) {
    dl_status st = dl_tzif_offset(b, cut, 1500000000, &off);
    if (st != DL_OK && st != DL_EARG) { ts->failed++; break; }
  }
  ts->passed++;
  b[0] = 'X';
  CHECK(ts, dl_tzif_offset(b, n, 0, &off) == DL_EARG);
}

static void test_system_zones(dl_test_state *ts)
{
  int off = 0;
  FILE *f = fopen("/usr/share/zoneinfo/Europe/Moscow", "rb");
  CHECK(ts, dl_tz_offset(NULL, "../etc/passwd", 0, &off) == DL_EARG);
  CHECK(ts, dl_tz_offset(NULL, "/etc/passwd", 0, &off) == DL_EARG);
  CHECK(ts, dl_tz_offset("/nonexistent", "Europe/Moscow", 0, &off) == DL_EARG);
  if (!f) return;   /* no tzdata here: the in-memory tests above stand */
  fclose(f);
  CHECK(ts, dl_tz_offset(NULL, "Europe/Moscow", utc(2024, 10, 22, 12, 0), &off) == DL_OK
            && off == 3 * 3600);
  CHECK(ts, dl_tz_offset(NULL, "Europe/Moscow", utc(2012, 1, 1, 12, 0), &off) == DL_OK
            && off == 4 * 3600);
  CHECK(ts, dl_tz_offset(NULL, "America/New_York", utc(2024, 7, 1, 12, 0), &off) == DL_OK
            && off == -4 * 3600);
  CHECK(ts, dl_tz_offset(NULL, "America/New_York", utc(2040, 1, 1, 12, 0), &off) == DL_OK
            && off == -5 * 3600);
  CHECK(ts, dl_tz_offset("/usr/share/zoneinfo", "Asia/Kolkata", utc(2024, 1, 1, 0, 0), &off) == DL_OK
            && off == 19800);
  CHECK(ts, dl_tz_offset(NULL, "Asia/Shanghai", utc(2024, 1, 1, 0, 0), &off) == DL_OK
            && off == 8 * 3600);
  CHECK(ts, dl_tz_offset(NULL, "No/Such_Zone", 0, &off) == DL_EARG);
}

void test_tz(dl_test_state *ts)
{
  test_abbrev(ts);
  test_rules(ts);
  test_tzif(ts);
  test_system_zones(ts);
}
