/*
 * fuzz_date.c -- libFuzzer target for the "Date values" section of
 * dateline.h: the whole-string parser dl_datetime_parse and everything
 * done with its result (ISO output, strftime-like formatting, arithmetic,
 * epoch seconds, offsets, bounds, comparison), plus dl_datetime_from_timex,
 * dl_date_parse_iso, the language names and guesser, and (on request) the
 * zone-name check of dl_tz_offset.
 *
 * Input: 4 option bytes (fz_options), then
 *   b4  bit 0 DL_DATE_EPOCH; bit 1 read the string as a zone name for
 *       dl_tz_offset too; bits 2-7 the length of the format string (0..63)
 *   b5..b8  amounts for dl_datetime_add (years, months, days, seconds):
 *       small values, or extremes from a table (INT64_MIN/MAX, 10^9, ...)
 *   b9  the offset for dl_datetime_to_offset ((b9 - 128) * 15 minutes)
 *   b10 the capacity of a small output buffer for dl_datetime_format
 *   then the format string, then the date string.
 * Invariants: a parsed value is a real date at its granularity (coarse
 * values on the first day of their period, finer fields 0); its ISO form
 * parses back to the same value; formatting never overflows the promised
 * 5 * fmtlen + 1 bytes and truncates cleanly; arithmetic either succeeds
 * with a valid value or leaves the value unchanged; epoch seconds round
 * trip; errors carry a message and a position inside the input.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"

static int64_t amount(unsigned b)
{
  static const int64_t big[] = {
    INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MIN + 1, 1000000000,
    -1000000000, 3652059, -3652059, 119987, -119987, 9998, -9998,
    INT32_MAX, INT32_MIN, (int64_t)INT32_MAX + 1, 315537897599,
    -315537897600, 86400, -86400, 3600, 60, 1000000000000
  };
  if (b < 200) return (int64_t)b - 100;
  b -= 200;
  return b < sizeof big / sizeof big[0] ? big[b] : (int64_t)b * 1000003;
}

/* A reference date the core should accept (a real day in 1..9999). */
static int ref_ok(const dl_date *r)
{
  return fz_date_ok(r) && r->year >= 1 && r->month >= 1 && r->day >= 1;
}

static int civil_le(int y1, int m1, int d1, int y2, int m2, int d2)
{
  if (y1 != y2) return y1 < y2;
  if (m1 != m2) return m1 < m2;
  return d1 <= d2;
}

static void check_error(dl_status st, const dl_date_error *err, size_t len)
{
  FZ_CHECK(st == DL_EARG || st == DL_ELIMIT || st == DL_ENOMEM);
  if (st == DL_EARG) {
    FZ_CHECK(err->msg != NULL && err->msg[0] != '\0');
    FZ_CHECK(err->pos <= len);
  }
}

static void check_format(const dl_datetime *d, const char *fmt, size_t fmtlen,
                         size_t small)
{
  size_t cap = 5 * fmtlen + 1, outlen = 0, outlen2 = 0;
  char *out = (char *)malloc(cap), *out2 = (char *)malloc(small ? small : 1);
  dl_date_error err;
  dl_status st, st2;
  if (!out || !out2) abort();
  err.msg = NULL; err.pos = 0;
  st = dl_datetime_format(d, fmt, fmtlen, out, cap, &outlen, &err);
  FZ_CHECK(st == DL_OK || st == DL_EARG);    /* never DL_ELIMIT at this cap */
  if (st == DL_OK) {
    FZ_CHECK(outlen < cap);
    FZ_CHECK(out[outlen] == '\0');
  } else {
    FZ_CHECK(err.msg != NULL);
    FZ_CHECK(err.pos < fmtlen && fmt[err.pos] == '%');
  }
  /* a small buffer: the same text, or a clean truncation */
  if (small) {
    memset(out2, 0x5A, small);
    st2 = dl_datetime_format(d, fmt, fmtlen, out2, small, &outlen2, NULL);
    FZ_CHECK(st2 == DL_OK || st2 == DL_ELIMIT || st2 == DL_EARG);
    if (st2 == DL_OK) {
      FZ_CHECK(st == DL_OK && outlen2 == outlen);
      FZ_CHECK(memcmp(out, out2, outlen + 1) == 0);
    } else if (st2 == DL_ELIMIT) {
      FZ_CHECK(outlen2 < small && out2[outlen2] == '\0');
    }
  }
  free(out);
  free(out2);
}

static void check_value(const dl_datetime *d, fz_in *amounts, unsigned offb)
{
  char iso[DL_DATETIME_ISO_MAX];
  dl_datetime x, f, l;
  dl_date_error err;
  dl_status st;
  size_t n;
  int64_t e, ay, am, ad, as;

  FZ_CHECK(dl_granularity_name(d->gran)[0] != '\0');
  /* ISO output parses back to the same value */
  n = dl_datetime_iso(d, iso, sizeof iso);
  FZ_CHECK(n < sizeof iso && strlen(iso) == n);
  st = dl_datetime_parse(iso, n, NULL, 0, &x, &err);
  FZ_CHECK_S(st == DL_OK, iso);
  FZ_CHECK_S(fz_datetime_same(d, &x), iso);
  FZ_CHECK_S(dl_datetime_cmp(d, &x) == 0, iso);
  /* a truncated ISO form is still NUL-terminated inside the buffer */
  n = dl_datetime_iso(d, iso, 5);
  FZ_CHECK(n < 5 && iso[n] == '\0');

  /* order and differences */
  FZ_CHECK(dl_datetime_cmp(d, d) == 0);
  FZ_CHECK(dl_datetime_diff_days(d, d) == 0.0);

  /* bounds: day values around the date */
  dl_datetime_bounds(d, &f, &l);
  FZ_CHECK(fz_datetime_ok(&f) && fz_datetime_ok(&l));
  FZ_CHECK(f.gran == DL_GRAN_DAY && l.gran == DL_GRAN_DAY);
  FZ_CHECK(civil_le(f.year, f.month, f.day, d->year, d->month, d->day));
  FZ_CHECK(civil_le(d->year, d->month, d->day, l.year, l.month, l.day));

  /* epoch seconds round trip */
  e = dl_datetime_epoch(d);
  st = dl_datetime_from_epoch(e, d->offset_min, d->has_offset, &x);
  FZ_CHECK(st == DL_OK || st == DL_EARG);
  if (d->year > 1 && d->year < 9999) FZ_CHECK(st == DL_OK);
  if (st == DL_OK) {
    FZ_CHECK(fz_datetime_ok(&x));
    FZ_CHECK(x.gran == DL_GRAN_SECOND);
    FZ_CHECK(dl_datetime_epoch(&x) == e);
    FZ_CHECK(dl_datetime_cmp(d, &x) == -dl_datetime_cmp(&x, d));
    FZ_CHECK(dl_datetime_diff_days(d, &x) == -dl_datetime_diff_days(&x, d));
  }

  /* another offset: the same instant, or no change for coarse values */
  x = *d;
  {
    int off = ((int)offb - 128) * 15;
    st = dl_datetime_to_offset(&x, off);
    FZ_CHECK(st == DL_OK || st == DL_EARG);
    if (st == DL_OK) {
      /* an hour value moved by a part of an hour becomes a minute value */
      FZ_CHECK(!(x.gran == DL_GRAN_HOUR && x.min != 0));
      FZ_CHECK(fz_datetime_ok(&x));
      if (d->gran >= DL_GRAN_HOUR) {
        FZ_CHECK(x.has_offset && x.offset_min == off);
        FZ_CHECK(dl_datetime_epoch(&x) == dl_datetime_epoch(d));
      } else {
        FZ_CHECK(fz_datetime_same(&x, d));
      }
    }
  }

  /* arithmetic: a valid value, or no change */
  ay = amount(fz_byte(amounts));
  am = amount(fz_byte(amounts));
  ad = amount(fz_byte(amounts));
  as = amount(fz_byte(amounts));
  x = *d;
  st = dl_datetime_add(&x, ay, am, ad, as);
  FZ_CHECK(st == DL_OK || st == DL_EARG);
  if (st == DL_OK) FZ_CHECK(fz_datetime_ok(&x));
  else FZ_CHECK(memcmp(&x, d, sizeof x) == 0);
  /* days there and back */
  x = *d;
  if (ad != INT64_MIN && dl_datetime_add(&x, 0, 0, ad, 0) == DL_OK) {
    FZ_CHECK(fz_datetime_ok(&x));
    FZ_CHECK(dl_datetime_add(&x, 0, 0, -ad, 0) == DL_OK);
    FZ_CHECK(x.year == d->year && x.month == d->month && x.day == d->day);
  }
  /* seconds move the instant by exactly that much */
  x = *d;
  if (as > -400000000000 && as < 400000000000
      && dl_datetime_add(&x, 0, 0, 0, as) == DL_OK) {
    FZ_CHECK(fz_datetime_ok(&x));
    FZ_CHECK(dl_datetime_epoch(&x) == dl_datetime_epoch(d) + as);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  fz_in in, amounts;
  dl_options o;
  unsigned b4, offb, smallb, flags;
  size_t fmtlen, len;
  char *fmt, *s;
  dl_datetime d, f, l;
  dl_date_error err;
  dl_status st;
  uint8_t am[4];
  size_t k;

  in.p = data; in.n = size;
  fz_options(&in, &o);
  b4 = fz_byte(&in);
  for (k = 0; k < 4; k++) am[k] = (uint8_t)fz_byte(&in);
  offb = fz_byte(&in);
  smallb = fz_byte(&in);
  flags = (b4 & 1) ? DL_DATE_EPOCH : 0;
  fmt = fz_take(&in, b4 >> 2, &fmtlen);
  s = fz_rest(&in, &len);
  amounts.p = am; amounts.n = sizeof am;

  /* the whole-string parser */
  err.msg = NULL; err.pos = 0;
  st = dl_datetime_parse(s, len, &o, flags, &d, &err);
  if (st == DL_OK && !ref_ok(&o.ref)) {
    /* a time alone never takes its day from an invalid reference date
     * ("4:05" with ref 2023-02-31 is an error) */
    FZ_CHECK(fz_datetime_ok(&d));
  }
  if (st == DL_OK) {
    FZ_CHECK(fz_datetime_ok(&d));
    check_value(&d, &amounts, offb);
    check_format(&d, fmt, fmtlen, smallb % 64);
  } else {
    check_error(st, &err, len);
    if (st == DL_ELIMIT) FZ_CHECK(len > DL_MAX_DATE_STRING);
  }
  /* NULL options: the defaults */
  if (st == DL_OK && len <= DL_MAX_DATE_STRING) {
    dl_datetime d2;
    dl_options def;
    dl_options_init(&def);
    if (dl_datetime_parse(s, len, NULL, flags, &d, NULL) == DL_OK) {
      FZ_CHECK(dl_datetime_parse(s, len, &def, flags, &d2, NULL) == DL_OK);
      FZ_CHECK(fz_datetime_same(&d, &d2));
    }
  }

  /* a TIMEX3 value */
  err.msg = NULL; err.pos = 0;
  st = dl_datetime_from_timex(s, len, &d, &f, &l, &err);
  if (st == DL_OK) {
    FZ_CHECK(fz_datetime_ok(&d) && fz_datetime_ok(&f) && fz_datetime_ok(&l));
    FZ_CHECK(f.gran == DL_GRAN_DAY && l.gran == DL_GRAN_DAY);
    FZ_CHECK(dl_datetime_cmp(&f, &l) <= 0);
    check_format(&d, fmt, fmtlen, smallb % 64);
  } else {
    check_error(st, &err, len);
  }

  /* the plain ISO reader of dl_date */
  {
    dl_date dd;
    if (dl_date_parse_iso(s, len, &dd) == DL_OK) FZ_CHECK(fz_date_ok(&dd));
  }

  /* language names and the guesser */
  {
    int lg = dl_lang_parse(s, len), g = dl_lang_guess(s, len);
    FZ_CHECK(lg >= -1 && lg <= DL_LANG_AUTO);
    if (lg >= 0) FZ_CHECK(strlen(dl_lang_name(lg)) == len);
    FZ_CHECK(g >= DL_LANG_EN && g < DL_LANG_AUTO);
  }

  /* a zone name: only well-formed names reach the file system */
  if ((b4 & 2) && len < 200 && memchr(s, '\0', len) == NULL) {
    char zone[256];
    int off = 0;
    int64_t utc;
    memcpy(zone, s, len);
    zone[len] = '\0';
    utc = amount(am[3]);
    if (utc > -1000000000000 && utc < 1000000000000) utc *= 1000;
    st = dl_tz_offset(NULL, zone, utc, &off);
    FZ_CHECK(st == DL_OK || st == DL_EARG || st == DL_ELIMIT);
    if (st == DL_OK) {
      FZ_CHECK(off >= -26 * 3600 && off <= 26 * 3600);
      FZ_CHECK(strstr(zone, "..") == NULL && zone[0] != '/');
    }
  }

  free(fmt);
  free(s);
  return 0;
}
