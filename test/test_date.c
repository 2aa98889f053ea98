/* test_date.c -- date values: parsing, output, arithmetic (date.c). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "dateline.h"
#include "calendar.h"
#include "date.h"

typedef struct date_case {
  const char *in;
  int dayfirst;           /* DL_DAYFIRST_* */
  unsigned flags;
  const char *want;       /* ISO output, or NULL for an error */
  size_t pos;             /* error position (0-based) */
} date_case;

static const date_case cases[] = {
  {"2024-10-22", -1, 0, "2024-10-22", 0},
  {"  2024-10-22\n", -1, 0, "2024-10-22", 0},
  {"2024-10-22T14:05:00+03:00", -1, 0, "2024-10-22T14:05:00+03:00", 0},
  {"2024-10-22t14:05:00z", -1, 0, "2024-10-22T14:05:00Z", 0},
  {"2024-10-22 14:05", -1, 0, "2024-10-22T14:05", 0},
  {"2024-10-22T14", -1, 0, "2024-10-22T14", 0},
  {"2024-10-22T14:05:00.5-05:30", -1, 0, "2024-10-22T14:05:00.5-05:30", 0},
  {"2024-10-22T14:05:00,25Z", -1, 0, "2024-10-22T14:05:00.25Z", 0},
  {"20241022T140500+0300", -1, 0, "2024-10-22T14:05:00+03:00", 0},
  {"20241022", -1, 0, "2024-10-22", 0},
  {"2024-W43-2", -1, 0, "2024-10-22", 0},
  {"2024W432", -1, 0, "2024-10-22", 0},
  {"2024-W43", -1, 0, "2024-W43", 0},
  {"2020-W53", -1, 0, "2020-W53", 0},
  {"2025-W01-1", -1, 0, "2024-12-30", 0},
  {"2024-296", -1, 0, "2024-10-22", 0},
  {"2024296", -1, 0, "2024-10-22", 0},
  {"2024-366", -1, 0, "2024-12-31", 0},
  {"2024-Q3", -1, 0, "2024-Q3", 0},
  {"2024-10", -1, 0, "2024-10", 0},
  {"2024", -1, 0, "2024", 0},
  {"0001-01-01", -1, 0, "0001-01-01", 0},
  {"9999-12-31T23:59:59Z", -1, 0, "9999-12-31T23:59:59Z", 0},
  {"Tue, 22 Oct 2024 14:05:00 +0300", -1, 0, "2024-10-22T14:05:00+03:00", 0},
  {"Tue, 22 Oct 2024 14:05:00 GMT", -1, 0, "2024-10-22T14:05:00Z", 0},
  {"Tue, 22 Oct 2024 14:05:00 +0000 (UTC)", -1, 0, "2024-10-22T14:05:00Z", 0},
  {"Tue, 22 Oct 2024 14:05 EST", -1, 0, "2024-10-22T14:05-05:00", 0},
  {"22 Oct 24 14:05:00 -0700", -1, 0, "2024-10-22T14:05:00-07:00", 0},
  {"Sunday, 06-Nov-94 08:49:37 GMT", -1, 0, "1994-11-06T08:49:37Z", 0},
  {"Sun Nov  6 08:49:37 1994", -1, 0, "1994-11-06T08:49:37", 0},
  {"22-FEB-1987 15:07:13.72", -1, 0, "1987-02-22T15:07:13.72", 0},
  {"Oct. 22nd, 2024", -1, 0, "2024-10-22", 0},
  {"October 22, 2024 3:05 pm", -1, 0, "2024-10-22T15:05", 0},
  {"Tuesday, October 22, 2024", -1, 0, "2024-10-22", 0},
  {"22nd of October 2024", -1, 0, "2024-10-22", 0},
  {"Oct 2024", -1, 0, "2024-10", 0},
  {"03/04/2023", -1, 0, "2023-03-04", 0},
  {"03/04/2023", 1, 0, "2023-04-03", 0},
  {"13/03/2023", -1, 0, "2023-03-13", 0},
  {"22.03.2023", -1, 0, "2023-03-22", 0},
  {"2024/10/22", -1, 0, "2024-10-22", 0},
  {"3/22/23", -1, 0, "2023-03-22", 0},
  {"1700000000", -1, DL_DATE_EPOCH, "2023-11-14T22:13:20Z", 0},
  {"-86400", -1, DL_DATE_EPOCH, "1969-12-31T00:00:00Z", 0},
  {"2023-02-29", -1, 0, NULL, 8},
  {"2023-13-01", -1, 0, NULL, 5},
  {"2024-10-22T25:00", -1, 0, NULL, 11},
  {"2024-W54", -1, 0, NULL, 6},
  {"2023-366", -1, 0, NULL, 5},
  {"31 April 2023", -1, 0, NULL, 0},
  {"Feb 30, 2024", -1, 0, NULL, 4},
  {"0000-01-01", -1, 0, NULL, 0},
  {"garbage", -1, 0, NULL, 0},
  {"", -1, 0, NULL, 0},
  {"2024-10-22 and more", -1, 0, NULL, 11},
  {"99999999999999", -1, DL_DATE_EPOCH, NULL, 0},
};

static void test_parse_cases(dl_test_state *ts)
{
  size_t i;
  for (i = 0; i < sizeof cases / sizeof *cases; i++) {
    const date_case *c = &cases[i];
    dl_options o;
    dl_datetime d;
    dl_date_error e;
    char buf[DL_DATETIME_ISO_MAX];
    dl_status st;
    dl_options_init(&o);
    o.dayfirst = c->dayfirst;
    st = dl_datetime_parse(c->in, strlen(c->in), &o, c->flags, &d, &e);
    if (c->want) {
      if (st != DL_OK) {
        ts->failed++;
        fprintf(stderr, "test_date: \"%s\": %s at %zu\n", c->in, e.msg, e.pos);
        continue;
      }
      dl_datetime_iso(&d, buf, sizeof buf);
      CHECK_STR(ts, buf, c->want);
    } else {
      if (st == DL_OK) {
        dl_datetime_iso(&d, buf, sizeof buf);
        ts->failed++;
        fprintf(stderr, "test_date: \"%s\" parsed as %s\n", c->in, buf);
        continue;
      }
      CHECK(ts, e.msg != NULL);
      if (e.pos != c->pos)
        fprintf(stderr, "test_date: \"%s\": position %zu, want %zu (%s)\n",
                c->in, e.pos, c->pos, e.msg);
      CHECK(ts, e.pos == c->pos);
    }
  }
}

/* A small deterministic generator (xorshift64*), state on the stack. */
static uint64_t rnd(uint64_t *s)
{
  *s ^= *s >> 12; *s ^= *s << 25; *s ^= *s >> 27;
  return *s * 2685821657736338717ULL;
}

/* Independent day numbering: days since 0001-01-01 by summing year and
 * month lengths (no era arithmetic). */
static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static void test_property(dl_test_state *ts)
{
  static const int mlen[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int64_t *ystart = (int64_t *)malloc(10001 * sizeof *ystart);
  uint64_t s = 0x9E3779B97F4A7C15ULL;
  int y, k, bad = 0;
  int64_t acc = 0;
  if (!ystart) { ts->failed++; return; }
  for (y = 1; y <= 10000; y++) { ystart[y] = acc; acc += leap(y) ? 366 : 365; }
  for (k = 0; k < 200000 && bad < 5; k++) {
    dl_datetime a, b;
    int m, d, dim, n, months, ty, tm, td, mi;
    int64_t ord, want, z;
    y = (int)(rnd(&s) % 9999) + 1;
    m = (int)(rnd(&s) % 12) + 1;
    dim = mlen[m - 1] + (m == 2 && leap(y));
    d = (int)(rnd(&s) % (uint64_t)dim) + 1;
    memset(&a, 0, sizeof a);
    a.year = y; a.month = m; a.day = d; a.gran = DL_GRAN_DAY;
    ord = ystart[y] + d - 1;
    for (mi = 1; mi < m; mi++) ord += mlen[mi - 1] + (mi == 2 && leap(y));
    /* days */
    n = (int)(rnd(&s) % 2000001) - 1000000;
    want = ord + n;
    b = a;
    if (want < 0 || want >= ystart[10000]) {
      if (dl_datetime_add(&b, 0, 0, n, 0) == DL_OK) { bad++; ts->failed++; }
    } else {
      if (dl_datetime_add(&b, 0, 0, n, 0) != DL_OK) { bad++; ts->failed++; continue; }
      /* the civil date of `want`, independently */
      ty = 1;
      { int lo = 1, hi = 9999;
        while (lo < hi) { int mid = (lo + hi + 1) / 2; if (ystart[mid] <= want) lo = mid; else hi = mid - 1; }
        ty = lo; }
      z = want - ystart[ty];
      for (tm = 1; tm <= 12; tm++) {
        int ml = mlen[tm - 1] + (tm == 2 && leap(ty));
        if (z < ml) break;
        z -= ml;
      }
      td = (int)z + 1;
      if (b.year != ty || b.month != tm || b.day != td
          || dl_datetime_diff_days(&b, &a) != (double)n) {
        bad++; ts->failed++;
        fprintf(stderr, "property: %04d-%02d-%02d + %d days = %04d-%02d-%02d, want %04d-%02d-%02d\n",
                y, m, d, n, b.year, b.month, b.day, ty, tm, td);
      }
    }
    /* months, with end-of-month clamping */
    months = (int)(rnd(&s) % 24001) - 12000;
    b = a;
    {
      int64_t t = (int64_t)y * 12 + (m - 1) + months;
      int wy = (int)(t / 12), wm = (int)(t % 12) + 1, wd;
      if (wy < 1 || wy > 9999) {
        if (dl_datetime_add(&b, 0, months, 0, 0) == DL_OK) { bad++; ts->failed++; }
        continue;
      }
      wd = d;
      if (wd > mlen[wm - 1] + (wm == 2 && leap(wy))) wd = mlen[wm - 1] + (wm == 2 && leap(wy));
      if (dl_datetime_add(&b, 0, months, 0, 0) != DL_OK
          || b.year != wy || b.month != wm || b.day != wd) {
        bad++; ts->failed++;
        fprintf(stderr, "property: %04d-%02d-%02d + %d months = %04d-%02d-%02d, want %04d-%02d-%02d\n",
                y, m, d, months, b.year, b.month, b.day, wy, wm, wd);
      }
    }
  }
  /* one check per property (days, months), not one per random sample */
  if (bad == 0) ts->passed += 2;
  free(ystart);
}

/* dl_datetime_parse(dl_datetime_iso(d)) == d at every granularity. */
static void test_round_trip(dl_test_state *ts)
{
  uint64_t s = 12345;
  int k, g;
  for (k = 0; k < 20000; k++) {
    dl_datetime a, b;
    dl_date_error e;
    char buf[DL_DATETIME_ISO_MAX];
    size_t n;
    memset(&a, 0, sizeof a);
    dl_civil_from_days((int64_t)(rnd(&s) % (uint64_t)(DL_DAYS_MAX - DL_DAYS_MIN)) + DL_DAYS_MIN + 7,
                       &a.year, &a.month, &a.day);
    if (a.year > 9999) continue;
    a.hour = (int)(rnd(&s) % 24); a.min = (int)(rnd(&s) % 60); a.sec = (int)(rnd(&s) % 60);
    a.nsec = (int32_t)(rnd(&s) % 3 == 0 ? rnd(&s) % 1000000000 : 0);
    a.has_offset = (uint8_t)(rnd(&s) % 2);
    a.offset_min = a.has_offset ? (int)(rnd(&s) % 1681) - 840 : 0;
    for (g = DL_GRAN_YEAR; g <= DL_GRAN_SECOND; g++) {
      dl_datetime c = a;
      c.gran = (uint8_t)g;
      dl_datetime_truncate(&c);
      n = dl_datetime_iso(&c, buf, sizeof buf);
      if (dl_datetime_parse(buf, n, NULL, 0, &b, &e) != DL_OK || dl_datetime_cmp(&b, &c) != 0
          || b.gran != c.gran) {
        ts->failed++;
        fprintf(stderr, "round trip: %s (%s) failed: %s\n", buf, dl_granularity_name(g),
                e.msg ? e.msg : "differs");
        return;
      }
    }
  }
  ts->passed++;
}

static void test_format(dl_test_state *ts)
{
  dl_datetime d;
  dl_date_error e;
  char out[128];
  size_t n;
  const char *f = "%Y-%m-%d %H:%M:%S %j %a %A %b %B %z %G-W%V-%u %% %y %e %F %T";
  CHECK(ts, dl_datetime_parse("2024-12-30T07:08:09-05:30", 25, NULL, 0, &d, &e) == DL_OK);
  CHECK(ts, dl_datetime_format(&d, f, strlen(f), out, sizeof out, &n, &e) == DL_OK);
  CHECK_STR(ts, out, "2024-12-30 07:08:09 365 Mon Monday Dec December -0530 2025-W01-1 % 24 30 2024-12-30 07:08:09");
  CHECK(ts, dl_datetime_format(&d, "%Q", 2, out, sizeof out, &n, &e) == DL_EARG);
  CHECK(ts, e.pos == 0);
  CHECK(ts, dl_datetime_format(&d, "%A%A%A", 6, out, 10, &n, &e) == DL_ELIMIT);
}

static void test_arith(dl_test_state *ts)
{
  dl_datetime a, b;
  dl_date_error e;
  char buf[DL_DATETIME_ISO_MAX];
  CHECK(ts, dl_datetime_parse("2024-01-31", 10, NULL, 0, &a, &e) == DL_OK);
  b = a; CHECK(ts, dl_datetime_add(&b, 0, 1, 0, 0) == DL_OK);
  dl_datetime_iso(&b, buf, sizeof buf); CHECK_STR(ts, buf, "2024-02-29");
  b = a; CHECK(ts, dl_datetime_add(&b, 1, 1, 0, 0) == DL_OK);
  dl_datetime_iso(&b, buf, sizeof buf); CHECK_STR(ts, buf, "2025-02-28");
  b = a; CHECK(ts, dl_datetime_add(&b, 0, 0, 0, 90 * 60) == DL_OK);
  dl_datetime_iso(&b, buf, sizeof buf); CHECK_STR(ts, buf, "2024-01-31T01:30");
  b = a; CHECK(ts, dl_datetime_add(&b, 8000, 0, 0, 0) == DL_EARG);
  CHECK(ts, dl_datetime_parse("2024-10-22T14:05+03:00", 22, NULL, 0, &a, &e) == DL_OK);
  CHECK(ts, dl_datetime_parse("2024-10-22T11:05Z", 17, NULL, 0, &b, &e) == DL_OK);
  CHECK(ts, dl_datetime_cmp(&a, &b) == 0);
  CHECK(ts, dl_datetime_to_offset(&a, 0) == DL_OK);
  dl_datetime_iso(&a, buf, sizeof buf); CHECK_STR(ts, buf, "2024-10-22T11:05Z");
  CHECK(ts, dl_datetime_parse("2024-10-23T23:05Z", 17, NULL, 0, &a, &e) == DL_OK);
  CHECK(ts, dl_datetime_diff_days(&a, &b) == 1.5);
  /* offsets past a day are refused as dl_datetime_to_offset refuses them */
  CHECK(ts, dl_datetime_from_epoch(0, 1439, 1, &a) == DL_OK);
  CHECK(ts, dl_datetime_from_epoch(0, 1440, 1, &a) == DL_EARG);
  CHECK(ts, dl_datetime_from_epoch(0, -2147483647 - 1, 1, &a) == DL_EARG);
  CHECK(ts, dl_datetime_from_epoch(0, 2147483647, 0, &a) == DL_OK);   /* no offset: ignored */
}

static void test_from_timex(dl_test_state *ts)
{
  static const struct { const char *v, *want, *first, *last; } t[] = {
    {"2024-W43", "2024-W43", "2024-10-21", "2024-10-27"},
    {"2024-Q4", "2024-Q4", "2024-10-01", "2024-12-31"},
    {"1998-SU", "1998-06", "1998-06-01", "1998-08-31"},
    {"1998-WI", "1998-12", "1998-12-01", "1999-02-28"},
    {"2024-H2", "2024-07", "2024-07-01", "2024-12-31"},
    {"198", "1980", "1980-01-01", "1989-12-31"},
    {"19", "1900", "1900-01-01", "1999-12-31"},
    {"2024-10-22TAF", "2024-10-22", "2024-10-22", "2024-10-22"},
    {"2024-W43-WE", "2024-10-26", "2024-10-26", "2024-10-27"},
    {"2024-10-22T15:00", "2024-10-22T15:00", "2024-10-22", "2024-10-22"},
    {"2024", "2024", "2024-01-01", "2024-12-31"},
    {"2024-02", "2024-02", "2024-02-01", "2024-02-29"},
  };
  size_t i;
  for (i = 0; i < sizeof t / sizeof *t; i++) {
    dl_datetime d, f, l;
    dl_date_error e;
    char b1[DL_DATETIME_ISO_MAX], b2[DL_DATETIME_ISO_MAX], b3[DL_DATETIME_ISO_MAX];
    if (dl_datetime_from_timex(t[i].v, strlen(t[i].v), &d, &f, &l, &e) != DL_OK) {
      ts->failed++;
      fprintf(stderr, "from_timex %s: %s\n", t[i].v, e.msg);
      continue;
    }
    dl_datetime_iso(&d, b1, sizeof b1);
    dl_datetime_iso(&f, b2, sizeof b2);
    dl_datetime_iso(&l, b3, sizeof b3);
    CHECK_STR(ts, b1, t[i].want);
    CHECK_STR(ts, b2, t[i].first);
    CHECK_STR(ts, b3, t[i].last);
  }
  {
    dl_datetime d;
    dl_date_error e;
    CHECK(ts, dl_datetime_from_timex("XXXX-10-22", 10, &d, NULL, NULL, &e) == DL_EARG);
    CHECK(ts, dl_datetime_from_timex("P3D", 3, &d, NULL, NULL, &e) == DL_EARG);
    CHECK(ts, dl_datetime_from_timex("PRESENT_REF", 11, &d, NULL, NULL, &e) == DL_EARG);
  }
}

/* Garbage never crashes and errors stay inside the string. */
static void test_garbage(dl_test_state *ts)
{
  uint64_t s = 777;
  static const char alphabet[] = "0123456789-/:.,+TZW Q JanOctMonGMT(a)\xd0\xbc\xe5\xb9\xb4";
  int k, ok = 1;
  for (k = 0; k < 20000; k++) {
    char buf[40];
    size_t n = (size_t)(rnd(&s) % 32), j;
    dl_datetime d;
    dl_date_error e;
    dl_status st;
    for (j = 0; j < n; j++) buf[j] = alphabet[rnd(&s) % (sizeof alphabet - 1)];
    st = dl_datetime_parse(buf, n, NULL, (unsigned)(k & 1), &d, &e);
    if (st == DL_OK) {
      if (!dl_valid_date(d.year, d.month, d.day)) ok = 0;
    } else if (st != DL_EARG || !e.msg || e.pos > n) ok = 0;
  }
  CHECK(ts, ok);
}

void test_date(dl_test_state *ts)
{
  test_parse_cases(ts);
  test_property(ts);
  test_round_trip(ts);
  test_format(ts);
  test_arith(ts);
  test_from_timex(ts);
  test_garbage(ts);
}
