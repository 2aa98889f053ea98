/*
 * date.c -- date values: parse a whole string into a dl_datetime, print
 * it, format it, and do arithmetic on it.
 *
 * Parsing is one forward pass with a cursor, in three layers:
 *   1. ISO 8601 / RFC 3339 (first byte a digit and four digits): a fixed
 *      grammar, the fast path;
 *   2. the common machine and human forms (RFC 2822, HTTP, "22-FEB-1987",
 *      numeric dates, month-name dates) read by one small grammar:
 *      [weekday] date [time] [zone];
 *   3. everything else goes to the temporal recognizer
 *      (dl_timex_scan_lang) and is accepted when one expression covers
 *      the whole string -- one engine for "yesterday" here and in text.
 * A layer that recognizes its shape but finds an invalid value
 * ("2023-02-29") fails hard: the string is not passed on.
 *
 * All arithmetic is calendar.c's days-from-civil, in UTC with explicit
 * offsets; no mktime, no time zone, no locale.
 */
#include <string.h>

#include "date.h"
#include "calendar.h"
#include "i18n.h"
#include "normalize.h"
#include "text.h"
#include "tz.h"

static const char *const gran_names[] = {
  "", "year", "quarter", "month", "week", "day", "hour", "minute", "second"
};

const char *dl_granularity_name(int gran)
{
  if (gran < 0 || gran > DL_GRAN_SECOND) return "";
  return gran_names[gran];
}

/* ------------------------------------------------------------------ */
/* Instants                                                            */
/* ------------------------------------------------------------------ */

static int64_t floor_div(int64_t a, int64_t b)
{
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}

int64_t dl_datetime_epoch(const dl_datetime *d)
{
  int64_t t = dl_days_from_civil(d->year, d->month, d->day) * 86400
            + (int64_t)d->hour * 3600 + d->min * 60 + d->sec;
  if (d->has_offset) t -= (int64_t)d->offset_min * 60;
  return t;
}

/* Set the date and time of d from local seconds since 1970 (no offset
 * applied); 0 when out of range. */
static int set_local(dl_datetime *d, int64_t local)
{
  int64_t days = floor_div(local, 86400), rem = local - days * 86400;
  if (days < DL_DAYS_MIN || days > DL_DAYS_MAX) return 0;
  dl_civil_from_days(days, &d->year, &d->month, &d->day);
  d->hour = (int)(rem / 3600);
  d->min = (int)(rem / 60 % 60);
  d->sec = (int)(rem % 60);
  return 1;
}

dl_status dl_datetime_from_epoch(int64_t secs, int offset_min, int has_offset,
                                 dl_datetime *out)
{
  dl_datetime d;
  if (secs < -62135596800LL - 86400 || secs > 253402300799LL + 86400)
    return DL_EARG;
  if (!has_offset) offset_min = 0;
  /* the range dl_datetime_to_offset accepts: a larger one made a date
   * whose ISO form read "+35791394:07" */
  if (offset_min < -1439 || offset_min > 1439) return DL_EARG;
  memset(&d, 0, sizeof d);
  if (!set_local(&d, secs + (int64_t)offset_min * 60)) return DL_EARG;
  d.offset_min = offset_min;
  d.has_offset = (uint8_t)(has_offset != 0);
  d.gran = DL_GRAN_SECOND;
  *out = d;
  return DL_OK;
}

int dl_datetime_cmp(const dl_datetime *a, const dl_datetime *b)
{
  int64_t ta = dl_datetime_epoch(a), tb = dl_datetime_epoch(b);
  if (ta != tb) return ta < tb ? -1 : 1;
  if (a->nsec != b->nsec) return a->nsec < b->nsec ? -1 : 1;
  if (a->gran != b->gran) return a->gran < b->gran ? -1 : 1;
  return 0;
}

double dl_datetime_diff_days(const dl_datetime *a, const dl_datetime *b)
{
  int64_t ds = dl_datetime_epoch(a) - dl_datetime_epoch(b);
  int64_t dn = (int64_t)a->nsec - b->nsec;
  int64_t days = floor_div(ds, 86400), rem = ds - days * 86400;
  return (double)days + ((double)rem + (double)dn / 1e9) / 86400.0;
}

void dl_datetime_truncate(dl_datetime *d)
{
  int g = d->gran;
  if (g < DL_GRAN_HOUR) {
    d->hour = d->min = d->sec = 0;
    d->nsec = 0;
    d->has_offset = 0;
    d->offset_min = 0;
  }
  if (g < DL_GRAN_MINUTE) d->min = 0;
  if (g < DL_GRAN_SECOND) { d->sec = 0; d->nsec = 0; }
  switch (g) {
    case DL_GRAN_YEAR: d->month = 1; d->day = 1; break;
    case DL_GRAN_QUARTER: d->month = (d->month - 1) / 3 * 3 + 1; d->day = 1; break;
    case DL_GRAN_MONTH: d->day = 1; break;
    case DL_GRAN_WEEK: {
      int64_t z = dl_days_from_civil(d->year, d->month, d->day);
      z -= dl_weekday(d->year, d->month, d->day) - 1;
      if (z < DL_DAYS_MIN) z = DL_DAYS_MIN;   /* the week of 0001-01-01 */
      dl_civil_from_days(z, &d->year, &d->month, &d->day);
      break;
    }
    default: break;
  }
}

void dl_datetime_bounds(const dl_datetime *d, dl_datetime *first, dl_datetime *last)
{
  dl_datetime f = *d, l;
  int64_t z;
  f.gran = DL_GRAN_DAY;
  if (d->gran < DL_GRAN_DAY) {
    f.hour = f.min = f.sec = 0; f.nsec = 0; f.has_offset = 0; f.offset_min = 0;
  }
  dl_datetime_truncate(&f);
  l = f;
  switch (d->gran) {
    case DL_GRAN_YEAR: l.month = 12; l.day = 31; break;
    case DL_GRAN_QUARTER:
      l.month = f.month + 2; l.day = dl_days_in_month(l.year, l.month); break;
    case DL_GRAN_MONTH: l.day = dl_days_in_month(l.year, l.month); break;
    case DL_GRAN_WEEK:
      z = dl_days_from_civil(f.year, f.month, f.day) + 6;
      if (z > DL_DAYS_MAX) z = DL_DAYS_MAX;
      dl_civil_from_days(z, &l.year, &l.month, &l.day);
      break;
    default: break;
  }
  if (first) *first = f;
  if (last) *last = l;
}

dl_status dl_datetime_to_offset(dl_datetime *d, int offset_min)
{
  dl_datetime r = *d;
  if (offset_min < -1439 || offset_min > 1439) return DL_EARG;
  if (d->gran < DL_GRAN_HOUR) return DL_OK;     /* a day has no offset */
  if (!set_local(&r, dl_datetime_epoch(d) + (int64_t)offset_min * 60)) return DL_EARG;
  r.offset_min = offset_min;
  r.has_offset = 1;
  /* an hour moved by a part of an hour is known to the minute */
  if (r.gran == DL_GRAN_HOUR && r.min != 0) r.gran = DL_GRAN_MINUTE;
  *d = r;
  return DL_OK;
}

dl_status dl_datetime_add(dl_datetime *d, int64_t years, int64_t months,
                          int64_t days, int64_t seconds)
{
  dl_datetime r = *d;
  int64_t tm, z, local;
  if (years < -10000 || years > 10000 || months < -120000 || months > 120000
      || days < -3660000 || days > 3660000
      || seconds < -316224000000LL || seconds > 316224000000LL) return DL_EARG;
  tm = years * 12 + months;
  if (tm != 0) {
    int y = r.year, m = r.month, dd = r.day;
    int64_t ty = (int64_t)y + floor_div((int64_t)m - 1 + tm, 12);
    if (ty < 1 || ty > 9999) return DL_EARG;
    dl_add_months(&y, &m, &dd, (int)tm);
    r.year = y; r.month = m; r.day = dd;
    if (r.gran == DL_GRAN_YEAR && tm % 12 != 0)
      r.gran = tm % 3 == 0 ? DL_GRAN_QUARTER : DL_GRAN_MONTH;
    else if (r.gran == DL_GRAN_QUARTER && tm % 3 != 0) r.gran = DL_GRAN_MONTH;
  }
  if (days != 0) {
    z = dl_days_from_civil(r.year, r.month, r.day) + days;
    if (z < DL_DAYS_MIN || z > DL_DAYS_MAX) return DL_EARG;
    dl_civil_from_days(z, &r.year, &r.month, &r.day);
    if (r.gran < DL_GRAN_DAY && !(r.gran == DL_GRAN_WEEK && days % 7 == 0))
      r.gran = DL_GRAN_DAY;
  }
  if (seconds != 0) {
    int fine = seconds % 3600 == 0 ? DL_GRAN_HOUR
             : seconds % 60 == 0 ? DL_GRAN_MINUTE : DL_GRAN_SECOND;
    local = dl_days_from_civil(r.year, r.month, r.day) * 86400
          + (int64_t)r.hour * 3600 + r.min * 60 + r.sec + seconds;
    if (!set_local(&r, local)) return DL_EARG;
    if (r.gran < fine) r.gran = (uint8_t)fine;
  }
  dl_datetime_truncate(&r);
  *d = r;
  return DL_OK;
}

/* ------------------------------------------------------------------ */
/* Output                                                              */
/* ------------------------------------------------------------------ */

typedef struct obuf { char *p; size_t n, cap; int over; } obuf;

static void put(obuf *o, const char *s, size_t n)
{
  size_t k;
  for (k = 0; k < n; k++) {
    if (o->n + 1 < o->cap) o->p[o->n++] = s[k];
    else o->over = 1;
  }
}

static void put_num(obuf *o, int64_t v, int width)
{
  char tmp[24];
  int k = 0;
  uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  do { tmp[k++] = (char)('0' + u % 10); u /= 10; } while (u && k < 22);
  while (k < width && k < 22) tmp[k++] = '0';
  if (v < 0) put(o, "-", 1);
  while (k > 0) put(o, &tmp[--k], 1);
}

static void put_offset(obuf *o, int off, int colon)
{
  int a = off < 0 ? -off : off;
  put(o, off < 0 ? "-" : "+", 1);
  put_num(o, a / 60, 2);
  if (colon) put(o, ":", 1);
  put_num(o, a % 60, 2);
}

static void put_frac(obuf *o, int32_t nsec)
{
  char tmp[10];
  int k, n = 9;
  if (nsec <= 0) return;
  for (k = 8; k >= 0; k--) { tmp[k] = (char)('0' + nsec % 10); nsec /= 10; }
  while (n > 1 && tmp[n - 1] == '0') n--;
  put(o, ".", 1);
  put(o, tmp, (size_t)n);
}

size_t dl_datetime_iso(const dl_datetime *d, char *out, size_t cap)
{
  obuf o;
  int iy, wk;
  o.p = out; o.n = 0; o.cap = cap; o.over = 0;
  if (cap == 0) return 0;
  switch (d->gran) {
    case DL_GRAN_YEAR: put_num(&o, d->year, 4); break;
    case DL_GRAN_QUARTER:
      put_num(&o, d->year, 4); put(&o, "-Q", 2); put_num(&o, (d->month + 2) / 3, 1);
      break;
    case DL_GRAN_MONTH:
      put_num(&o, d->year, 4); put(&o, "-", 1); put_num(&o, d->month, 2);
      break;
    case DL_GRAN_WEEK:
      wk = dl_iso_week(d->year, d->month, d->day, &iy);
      put_num(&o, iy, 4); put(&o, "-W", 2); put_num(&o, wk, 2);
      break;
    default:
      put_num(&o, d->year, 4); put(&o, "-", 1); put_num(&o, d->month, 2);
      put(&o, "-", 1); put_num(&o, d->day, 2);
      if (d->gran >= DL_GRAN_HOUR) { put(&o, "T", 1); put_num(&o, d->hour, 2); }
      if (d->gran >= DL_GRAN_MINUTE) { put(&o, ":", 1); put_num(&o, d->min, 2); }
      if (d->gran >= DL_GRAN_SECOND) {
        put(&o, ":", 1); put_num(&o, d->sec, 2); put_frac(&o, d->nsec);
      }
      if (d->gran >= DL_GRAN_HOUR && d->has_offset) {
        if (d->offset_min == 0) put(&o, "Z", 1);
        else put_offset(&o, d->offset_min, 1);
      }
      break;
  }
  out[o.n] = '\0';
  return o.n;
}

static const char *const short_months[13] = {
  "", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
  "Nov", "Dec"
};

dl_status dl_datetime_format(const dl_datetime *d, const char *fmt, size_t fmtlen,
                             char *out, size_t cap, size_t *outlen,
                             dl_date_error *err)
{
  obuf o;
  size_t i;
  int iy, wk;
  o.p = out; o.n = 0; o.cap = cap; o.over = 0;
  if (cap == 0) return DL_ELIMIT;
  for (i = 0; i < fmtlen; i++) {
    const char *nm;
    if (fmt[i] != '%') { put(&o, fmt + i, 1); continue; }
    if (i + 1 >= fmtlen) {
      if (err) { err->msg = "format ends with a lone '%'"; err->pos = i; }
      return DL_EARG;
    }
    switch (fmt[++i]) {
      case 'Y': put_num(&o, d->year, 4); break;
      case 'y': put_num(&o, d->year % 100, 2); break;
      case 'm': put_num(&o, d->month, 2); break;
      case 'd': put_num(&o, d->day, 2); break;
      case 'e':
        if (d->day < 10) put(&o, " ", 1);
        put_num(&o, d->day, 1);
        break;
      case 'H': put_num(&o, d->hour, 2); break;
      case 'M': put_num(&o, d->min, 2); break;
      case 'S': put_num(&o, d->sec, 2); break;
      case 'j':
        put_num(&o, dl_days_from_civil(d->year, d->month, d->day)
                    - dl_days_from_civil(d->year, 1, 1) + 1, 3);
        break;
      case 'a': case 'A':
        nm = dl_weekday_names[dl_weekday(d->year, d->month, d->day)];
        put(&o, nm, fmt[i] == 'a' ? 3 : strlen(nm));
        break;
      case 'b': put(&o, short_months[d->month], 3); break;
      case 'B': nm = dl_month_names[d->month]; put(&o, nm, strlen(nm)); break;
      case 'z': put_offset(&o, d->has_offset ? d->offset_min : 0, 0); break;
      case 'G':
        dl_iso_week(d->year, d->month, d->day, &iy);
        put_num(&o, iy, 4);
        break;
      case 'V':
        wk = dl_iso_week(d->year, d->month, d->day, &iy);
        put_num(&o, wk, 2);
        break;
      case 'u': put_num(&o, dl_weekday(d->year, d->month, d->day), 1); break;
      case 'F':
        put_num(&o, d->year, 4); put(&o, "-", 1); put_num(&o, d->month, 2);
        put(&o, "-", 1); put_num(&o, d->day, 2);
        break;
      case 'T':
        put_num(&o, d->hour, 2); put(&o, ":", 1); put_num(&o, d->min, 2);
        put(&o, ":", 1); put_num(&o, d->sec, 2);
        break;
      case '%': put(&o, "%", 1); break;
      default:
        if (err) { err->msg = "unknown format directive"; err->pos = i - 1; }
        return DL_EARG;
    }
  }
  out[o.n] = '\0';
  if (outlen) *outlen = o.n;
  return o.over ? DL_ELIMIT : DL_OK;
}

/* ------------------------------------------------------------------ */
/* Parsing: the cursor                                                 */
/* ------------------------------------------------------------------ */

typedef struct pc {
  const char *s;
  size_t n, i;
  size_t base;              /* offset of s in the caller's string */
  const dl_options *o;
  dl_date_error *err;
} pc;

/* Record a soft failure at position p (the furthest one wins). */
static int soft(pc *c, const char *msg, size_t p)
{
  if (c->err && (c->err->msg == NULL || c->base + p >= c->err->pos)) {
    c->err->msg = msg;
    c->err->pos = c->base + p;
  }
  return 0;
}

/* A hard failure: the shape is known, a value is wrong. */
static int hard(pc *c, const char *msg, size_t p)
{
  if (c->err) { c->err->msg = msg; c->err->pos = c->base + p; }
  return -1;
}

static int at(const pc *c, char ch) { return c->i < c->n && c->s[c->i] == ch; }
static int at_digit(const pc *c) { return c->i < c->n && DL_IS_DIGIT(c->s[c->i]); }

/* Exactly k digits as a number, or -1 (cursor unchanged on failure). */
static int fixed(pc *c, int k)
{
  int v = 0, j;
  if (c->n - c->i < (size_t)k) return -1;
  for (j = 0; j < k; j++) {
    char ch = c->s[c->i + (size_t)j];
    if (!DL_IS_DIGIT(ch)) return -1;
    v = v * 10 + (ch - '0');
  }
  c->i += (size_t)k;
  return v;
}

/* A run of digits: value (capped) and count. */
static int number(pc *c, int *nd)
{
  int v = 0, k = 0;
  while (c->i < c->n && DL_IS_DIGIT(c->s[c->i])) {
    if (v < 100000000) v = v * 10 + (c->s[c->i] - '0');
    c->i++; k++;
  }
  *nd = k;
  return v;
}

static void spaces(pc *c)
{
  while (c->i < c->n && (c->s[c->i] == ' ' || c->s[c->i] == '\t')) c->i++;
}

/* A fraction of a second after '.' or ',' (cursor on the separator):
 * nanoseconds; extra digits are read and dropped. */
static int32_t fraction(pc *c)
{
  int32_t v = 0;
  int k = 0;
  c->i++;
  while (c->i < c->n && DL_IS_DIGIT(c->s[c->i])) {
    if (k < 9) { v = v * 10 + (c->s[c->i] - '0'); k++; }
    c->i++;
  }
  while (k++ < 9) v *= 10;
  return v;
}

static int zone_flags(const pc *c) { return c->o ? (int)c->o->tz_flags : 0; }

/* A numeric offset at the cursor ('+' or '-' then hh[[:]mm]): minutes,
 * 1 parsed, 0 none, -1 malformed. */
static int num_offset(pc *c, int *off)
{
  size_t st = c->i;
  int sign, hh, mm = 0;
  if (!(at(c, '+') || at(c, '-'))) return 0;
  sign = c->s[c->i++] == '-' ? -1 : 1;
  hh = fixed(c, 2);
  if (hh < 0) {
    hh = fixed(c, 1);               /* "GMT+3" */
    if (hh < 0) { c->i = st; return 0; }
  } else {
    if (at(c, ':')) {
      c->i++;
      mm = fixed(c, 2);
      if (mm < 0) return hard(c, "malformed UTC offset", st);
    } else if (at_digit(c)) {
      mm = fixed(c, 2);
      if (mm < 0) return hard(c, "malformed UTC offset", st);
    }
  }
  if (hh > 23 || mm > 59) return hard(c, "UTC offset out of range", st);
  *off = sign * (hh * 60 + mm);
  return 1;
}

/* An optional zone after a time: "Z", "+03:00", "-0500", "GMT", "UTC+3",
 * "EST", "(UTC)", "+0000 (UTC)".  1 parsed, 0 none, -1 malformed. */
static int zone(pc *c, int *off)
{
  size_t st = c->i, w;
  int r, base;
  spaces(c);
  r = num_offset(c, off);
  if (r != 0) {
    if (r < 0) return r;
  } else {
    w = c->i;
    while (c->i < c->n && DL_IS_ALPHA(c->s[c->i])) c->i++;
    if (c->i == w || !dl_tz_abbrev(c->s + w, c->i - w, (unsigned)zone_flags(c), &base)) {
      c->i = st;
      return 0;
    }
    *off = base;
    if (base == 0 && (at(c, '+') || at(c, '-'))) {   /* GMT+3, UTC-05:00 */
      int extra;
      r = num_offset(c, &extra);
      if (r < 0) return r;
      if (r > 0) *off = extra;
    }
  }
  /* an RFC 2822 comment: "(UTC)", "(EST)" */
  st = c->i;
  spaces(c);
  if (at(c, '(')) {
    c->i++;
    while (c->i < c->n && c->s[c->i] != ')' && c->i - st < 40) c->i++;
    if (at(c, ')')) c->i++;
    else c->i = st;
  } else c->i = st;
  return 1;
}

static int check_date(pc *c, int y, int m, int d, size_t py, size_t pm, size_t pd)
{
  if (y < 1 || y > 9999) return hard(c, "year out of range (1..9999)", py);
  if (m < 1 || m > 12) return hard(c, "month out of range", pm);
  if (d < 1 || d > dl_days_in_month(y, m))
    return hard(c, "day out of range for the month", pd);
  return 1;
}

/* ------------------------------------------------------------------ */
/* ISO 8601 / RFC 3339                                                 */
/* ------------------------------------------------------------------ */

/* The time after 'T' (or a space): hh[:mm[:ss[.f]]] or hh[mm[ss[.f]]],
 * then an optional offset.  The cursor is on the first digit. */
static int iso_time(pc *c, dl_datetime *d)
{
  size_t ph = c->i, pm = 0, ps = 0;
  int h, m = 0, s = 0, ext, off = 0, r;
  h = fixed(c, 2);
  if (h < 0) return soft(c, "expected a time (hh:mm)", ph);
  d->gran = DL_GRAN_HOUR;
  ext = at(c, ':');
  if (ext || at_digit(c)) {
    if (ext) c->i++;
    pm = c->i;
    m = fixed(c, 2);
    if (m < 0) return hard(c, "expected minutes", pm);
    d->gran = DL_GRAN_MINUTE;
    if ((ext && at(c, ':')) || (!ext && at_digit(c))) {
      if (ext) c->i++;
      ps = c->i;
      s = fixed(c, 2);
      if (s < 0) return hard(c, "expected seconds", ps);
      d->gran = DL_GRAN_SECOND;
      if ((at(c, '.') || at(c, ',')) && c->i + 1 < c->n && DL_IS_DIGIT(c->s[c->i + 1]))
        d->nsec = fraction(c);
    }
  }
  if (h == 24 && m == 0 && s == 0 && d->nsec == 0 && d->year > 0) {
    /* 24:00 is the end of the day (ISO 8601; TIMEX3 writes midnight so):
     * the same instant as 00:00 of the next day */
    if (d->year == 9999 && d->month == 12 && d->day == 31)
      return hard(c, "hour out of range", ph);
    dl_add_days(&d->year, &d->month, &d->day, 1);
    h = 0;
  }
  if (h > 23) return hard(c, "hour out of range", ph);
  if (m > 59) return hard(c, "minute out of range", pm);
  if (s > 60) return hard(c, "second out of range", ps);
  d->hour = h; d->min = m; d->sec = s;
  if (at(c, 'Z') || at(c, 'z')) {
    c->i++;
    d->has_offset = 1; d->offset_min = 0;
  } else {
    r = num_offset(c, &off);
    if (r < 0) return r;
    if (r > 0) { d->has_offset = 1; d->offset_min = off; }
    else {
      r = zone(c, &off);                     /* "2024-10-22 14:05 UTC" */
      if (r < 0) return r;
      if (r > 0) { d->has_offset = 1; d->offset_min = off; }
    }
  }
  /* an RFC 9557 annotation after the offset, "[Europe/Moscow]": read
   * and ignored (the offset already fixes the instant) */
  if (d->has_offset && at(c, '[')) {
    size_t j = c->i + 1;
    while (j < c->n && c->s[j] != ']' && j - c->i < 64) j++;
    if (j < c->n && c->s[j] == ']') c->i = j + 1;
  }
  return 1;
}

/* Week date: the cursor after 'W'.  basic: no '-' before the weekday. */
static int iso_week(pc *c, dl_datetime *d, int y, int ext)
{
  size_t pw = c->i, pd;
  int w, wd = 0, iy, wmax;
  int64_t z;
  w = fixed(c, 2);
  if (w < 0) return hard(c, "expected a week number (01..53)", pw);
  pd = c->i;
  if (ext && at(c, '-') && c->i + 1 < c->n && DL_IS_DIGIT(c->s[c->i + 1])) {
    c->i++; pd = c->i; wd = fixed(c, 1);
  } else if (!ext && at_digit(c)) {
    wd = fixed(c, 1);
  }
  if (y < 1 || y > 9999) return hard(c, "year out of range (1..9999)", 0);
  wmax = dl_iso_week(y, 12, 28, &iy);
  if (w < 1 || w > wmax) return hard(c, "week out of range for the year", pw);
  if (wd != 0 && wd > 7) return hard(c, "weekday out of range (1..7)", pd);
  /* Monday of week 1 is the Monday on or before January 4 */
  z = dl_days_from_civil(y, 1, 4);
  z -= dl_weekday(y, 1, 4) - 1;
  z += (int64_t)(w - 1) * 7 + (wd ? wd - 1 : 0);
  if (z < DL_DAYS_MIN || z > DL_DAYS_MAX) return hard(c, "date out of range (years 1..9999)", pw);
  dl_civil_from_days(z, &d->year, &d->month, &d->day);
  d->gran = wd ? DL_GRAN_DAY : DL_GRAN_WEEK;
  return 1;
}

static int iso_ordinal(pc *c, dl_datetime *d, int y, int doy, size_t pd)
{
  if (y < 1) return hard(c, "year out of range (1..9999)", 0);
  if (doy < 1 || doy > (dl_is_leap(y) ? 366 : 365))
    return hard(c, "day of the year out of range", pd);
  dl_civil_from_days(dl_days_from_civil(y, 1, 1) + doy - 1, &d->year, &d->month, &d->day);
  d->gran = DL_GRAN_DAY;
  return 1;
}

/* Parse ISO forms on the cursor; the whole input must be consumed. */
static int iso(pc *c, dl_datetime *d)
{
  int y, m, dd, k = 0, r;
  size_t pm, pd;
  while (c->i + (size_t)k < c->n && DL_IS_DIGIT(c->s[c->i + (size_t)k]) && k < 9) k++;
  memset(d, 0, sizeof *d);
  if (k == 4) {
    y = fixed(c, 4);
    if (c->i == c->n) {
      if (y < 1) return hard(c, "year out of range (1..9999)", 0);
      d->year = y; d->month = 1; d->day = 1; d->gran = DL_GRAN_YEAR;
      return 1;
    }
    if (at(c, 'W')) { c->i++; r = iso_week(c, d, y, 0); if (r <= 0) return r; goto time; }
    if (!at(c, '-')) return 0;
    c->i++;
    if (at(c, 'W')) { c->i++; r = iso_week(c, d, y, 1); if (r <= 0) return r; goto time; }
    if (at(c, 'Q') || at(c, 'q')) {
      int q;
      c->i++;
      q = fixed(c, 1);
      if (q < 1 || q > 4 || c->i != c->n) return hard(c, "quarter out of range (Q1..Q4)", c->i);
      if (y < 1) return hard(c, "year out of range (1..9999)", 0);
      d->year = y; d->month = (q - 1) * 3 + 1; d->day = 1; d->gran = DL_GRAN_QUARTER;
      return 1;
    }
    pm = c->i;
    k = 0;
    while (c->i + (size_t)k < c->n && DL_IS_DIGIT(c->s[c->i + (size_t)k])) k++;
    if (k == 3) {
      r = iso_ordinal(c, d, y, fixed(c, 3), pm);
      if (r <= 0) return r;
      goto time;
    }
    if (k != 2) return 0;
    m = fixed(c, 2);
    if (c->i == c->n) {
      if (y < 1) return hard(c, "year out of range (1..9999)", 0);
      if (m < 1 || m > 12) return hard(c, "month out of range", pm);
      d->year = y; d->month = m; d->day = 1; d->gran = DL_GRAN_MONTH;
      return 1;
    }
    if (!at(c, '-')) return 0;
    c->i++;
    pd = c->i;
    dd = fixed(c, 2);
    if (dd < 0 || at_digit(c)) return 0;
    r = check_date(c, y, m, dd, 0, pm, pd);
    if (r <= 0) return r;
  } else if (k == 8) {
    y = fixed(c, 4); pm = c->i; m = fixed(c, 2); pd = c->i; dd = fixed(c, 2);
    r = check_date(c, y, m, dd, 0, pm, pd);
    if (r <= 0) return r;
  } else if (k == 7) {
    y = fixed(c, 4); pd = c->i;
    r = iso_ordinal(c, d, y, fixed(c, 3), pd);
    if (r <= 0) return r;
    goto time;
  } else {
    return 0;
  }
  d->year = y; d->month = m; d->day = dd; d->gran = DL_GRAN_DAY;
time:
  if (c->i == c->n) return 1;
  if (c->s[c->i] == 'T' || c->s[c->i] == 't'
      || (c->s[c->i] == ' ' && c->i + 1 < c->n && DL_IS_DIGIT(c->s[c->i + 1]))) {
    c->i++;
    if (d->gran != DL_GRAN_DAY) return hard(c, "a time needs a day", c->i - 1);
    r = iso_time(c, d);
    if (r <= 0) return r;
    spaces(c);
    if (c->i != c->n) return soft(c, "unexpected text after the date", c->i);
    return 1;
  }
  return 0;
}

int dl_datetime_parse_iso(const char *s, size_t len, const dl_options *opts,
                          dl_datetime *out, dl_date_error *err)
{
  pc c;
  int r;
  c.s = s; c.n = len; c.i = 0; c.base = 0; c.o = opts; c.err = err;
  r = iso(&c, out);
  if (r > 0 && c.i != c.n) return 0;
  return r;
}

/* ------------------------------------------------------------------ */
/* The common forms: [weekday] date [time] [zone]                      */
/* ------------------------------------------------------------------ */

static size_t word(pc *c)
{
  size_t st = c->i;
  while (c->i < c->n && DL_IS_ALPHA(c->s[c->i])) c->i++;
  return c->i - st;
}

/* Two-digit years (RFC 2822 4.3): 00-49 are 2000-2049, 50-99 1950-1999;
 * three digits add 1900. */
static int full_year(int y, int nd)
{
  if (nd == 2) return y < 50 ? 2000 + y : 1900 + y;
  if (nd == 3) return 1900 + y;
  return y;
}

/* An ordinal suffix after a day number: st nd rd th (any case). */
static void ordinal_suffix(pc *c)
{
  if (c->n - c->i >= 2) {
    char a = DL_LOWER(c->s[c->i]), b = DL_LOWER(c->s[c->i + 1]);
    if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd')
        || (a == 't' && b == 'h')) {
      if (c->i + 2 == c->n || !DL_IS_ALPHA(c->s[c->i + 2])) c->i += 2;
    }
  }
}

/* "am", "pm", "a.m.", "p.m." at the cursor (after optional spaces):
 * 1 for am, 2 for pm, 0 none. */
static int ampm(pc *c)
{
  size_t st = c->i;
  char a;
  spaces(c);
  if (c->n - c->i >= 2) {
    a = DL_LOWER(c->s[c->i]);
    if ((a == 'a' || a == 'p')) {
      size_t j = c->i + 1;
      if (j < c->n && c->s[j] == '.') j++;
      if (j < c->n && DL_LOWER(c->s[j]) == 'm') {
        j++;
        if (j < c->n && c->s[j] == '.') j++;
        if (j == c->n || !DL_IS_ALPHA(c->s[j])) {
          c->i = j;
          return a == 'a' ? 1 : 2;
        }
      }
    }
  }
  c->i = st;
  return 0;
}

/* A clock time: h[h]:mm[:ss[.f]] [am|pm] or h[h] am|pm.  1, 0 none,
 * -1 invalid. */
static int clock(pc *c, dl_datetime *d)
{
  size_t st = c->i, pm = 0, ps = 0;
  int h, m = 0, s = 0, nd, ap, gran = DL_GRAN_HOUR;
  int32_t ns = 0;
  if (!at_digit(c)) return 0;
  h = number(c, &nd);
  if (nd > 2) { c->i = st; return 0; }
  if (at(c, ':') && c->i + 1 < c->n && DL_IS_DIGIT(c->s[c->i + 1])) {
    c->i++;
    pm = c->i;
    m = fixed(c, 2);
    if (m < 0) return hard(c, "expected two-digit minutes", pm);
    gran = DL_GRAN_MINUTE;
    if (at(c, ':') && c->i + 1 < c->n && DL_IS_DIGIT(c->s[c->i + 1])) {
      c->i++;
      ps = c->i;
      s = fixed(c, 2);
      if (s < 0) return hard(c, "expected two-digit seconds", ps);
      gran = DL_GRAN_SECOND;
      if ((at(c, '.') || at(c, ',')) && c->i + 1 < c->n && DL_IS_DIGIT(c->s[c->i + 1]))
        ns = fraction(c);
    }
    ap = ampm(c);
  } else {
    ap = ampm(c);
    if (!ap) { c->i = st; return 0; }
  }
  if (ap) {
    if (h < 1 || h > 12) return hard(c, "hour out of range for am/pm", st);
    h = h % 12 + (ap == 2 ? 12 : 0);
  }
  if (h > 23) return hard(c, "hour out of range", st);
  if (m > 59) return hard(c, "minute out of range", pm);
  if (s > 60) return hard(c, "second out of range", ps);
  d->hour = h; d->min = m; d->sec = s; d->nsec = ns;
  d->gran = (uint8_t)gran;
  return 1;
}

/* Optional "at" / "," / "T" before a time. */
static void time_lead(pc *c)
{
  spaces(c);
  if (at(c, ',')) { c->i++; spaces(c); }
  if (c->n - c->i > 3 && DL_LOWER(c->s[c->i]) == 'a' && DL_LOWER(c->s[c->i + 1]) == 't'
      && c->s[c->i + 2] == ' ') { c->i += 3; spaces(c); }
}

/* The date's tail: [time] [zone] [year, for asctime] and the end. */
static int tail(pc *c, dl_datetime *d, int *year_needed)
{
  int r, off = 0;
  time_lead(c);
  r = clock(c, d);
  if (r < 0) return r;
  if (r > 0) {
    r = zone(c, &off);
    if (r < 0) return r;
    if (r > 0) { d->has_offset = 1; d->offset_min = off; }
    if (*year_needed) {                  /* asctime: "Nov  6 08:49:37 1994" */
      int nd, y;
      size_t py;
      spaces(c);
      py = c->i;
      y = number(c, &nd);
      if (nd != 4) return soft(c, "expected a year", py);
      d->year = y;
      *year_needed = 0;
    }
  }
  spaces(c);
  if (c->i < c->n && c->s[c->i] == '.' && c->i + 1 == c->n) c->i++;
  if (c->i != c->n) return soft(c, "unexpected text after the date", c->i);
  return 1;
}

static int finish(pc *c, dl_datetime *d, size_t py, size_t pm, size_t pd)
{
  int r = check_date(c, d->year, d->month, d->day, py, pm, pd);
  if (r <= 0) return r;
  if (d->gran < DL_GRAN_DAY) d->gran = DL_GRAN_DAY;
  return 1;
}

static int dayfirst_default(const pc *c, char sep)
{
  int df = c->o ? c->o->dayfirst : DL_DAYFIRST_INFER;
  if (df == DL_DAYFIRST_INFER) return sep == '.';     /* 22.03.2023 */
  return df == DL_DAYFIRST_YES;
}

/* Numeric dates: a/b/c with / . or - (the same twice). */
static int numeric(pc *c, dl_datetime *d, int a, int nda, size_t pa)
{
  char sep = c->s[c->i];
  int b, x, ndb, ndx, y, m, dd, year_needed = 0, r;
  size_t pb, px, py, pm, pd;
  c->i++;
  pb = c->i;
  b = number(c, &ndb);
  if (ndb == 0 || ndb > 2) return soft(c, "expected a number", pb);
  if (!at(c, sep)) return soft(c, "expected a third number", c->i);
  c->i++;
  px = c->i;
  x = number(c, &ndx);
  if (ndx == 0) return soft(c, "expected a number", px);
  if (nda == 4) {                                    /* 2024/10/22 */
    if (ndx > 2) return soft(c, "expected a day", px);
    y = a; m = b; dd = x; py = pa; pm = pb; pd = px;
  } else {
    if (nda > 2 || (ndx != 2 && ndx != 4)) return soft(c, "not a numeric date", pa);
    y = full_year(x, ndx); py = px;
    if (a > 12 && b <= 12) { dd = a; m = b; pd = pa; pm = pb; }
    else if (b > 12 && a <= 12) { m = a; dd = b; pm = pa; pd = pb; }
    else if (dayfirst_default(c, sep)) { dd = a; m = b; pd = pa; pm = pb; }
    else { m = a; dd = b; pm = pa; pd = pb; }
  }
  d->year = y; d->month = m; d->day = dd;
  r = tail(c, d, &year_needed);
  if (r <= 0) return r;
  return finish(c, d, py, pm, pd);
}

/* A month word at the cursor (with an optional '.'): 1..12, or 0. */
static int month_word(pc *c)
{
  size_t st = c->i, n = word(c);
  int m = n ? dl_month_from_name(c->s + st, n) : 0;
  if (!m) { c->i = st; return 0; }
  if (at(c, '.')) c->i++;
  return m;
}

static int forms(pc *c, dl_datetime *d)
{
  size_t st, pa, pm, pd = 0, py = 0;
  int a, nda, m, y, nd, r, year_needed = 0;
  memset(d, 0, sizeof *d);
  spaces(c);
  st = c->i;
  if (c->i < c->n && DL_IS_ALPHA(c->s[c->i])) {       /* weekday */
    size_t n = word(c);
    if (dl_weekday_from_name(c->s + st, n)) {
      if (at(c, '.')) c->i++;
      spaces(c);
      if (at(c, ',')) c->i++;
      spaces(c);
    } else c->i = st;
  }
  if (at_digit(c)) {
    /* a time alone ("14:05", "3 pm UTC"): on the reference date */
    pa = c->i;
    r = clock(c, d);
    if (r < 0) return r;
    if (r > 0) {
      int off = 0;
      r = zone(c, &off);
      if (r < 0) return r;
      if (r > 0) { d->has_offset = 1; d->offset_min = off; }
      spaces(c);
      if (c->i == c->n) {
        const dl_date *ref = c->o ? &c->o->ref : NULL;
        if (!ref || ref->year < 1 || ref->month < 1 || ref->day < 1)
          return hard(c, "a time alone needs a reference date (opts.ref)", pa);
        if (!dl_valid_date(ref->year, ref->month, ref->day))
          return hard(c, "the reference date (opts.ref) is not a real date", pa);
        d->year = ref->year; d->month = ref->month; d->day = ref->day;
        return 1;
      }
      memset(d, 0, sizeof *d);
      c->i = pa;
    }
    a = number(c, &nda);
    if (c->i < c->n && (c->s[c->i] == '/' || c->s[c->i] == '.' || c->s[c->i] == '-')
        && c->i + 1 < c->n && DL_IS_DIGIT(c->s[c->i + 1]))
      return numeric(c, d, a, nda, pa);
    if (nda > 2) return soft(c, "not a date", pa);
    ordinal_suffix(c);
    if (at(c, '.')) c->i++;                 /* "22. March" */
    if (at(c, '-')) c->i++; else spaces(c);
    if (c->n - c->i > 3 && dl_word_eq(c->s + c->i, 2, "of") && c->s[c->i + 2] == ' ') {
      c->i += 3; spaces(c);
    }
    pm = c->i;
    m = month_word(c);
    if (!m) return soft(c, "expected a month name", pm);
    pd = pa;
    if (at(c, '-')) c->i++;
    else { spaces(c); if (at(c, ',')) c->i++; spaces(c); }
    py = c->i;
    y = number(c, &nd);
    if (nd != 2 && nd != 4 && nd != 3) return soft(c, "expected a year", py);
    if (c->i < c->n && DL_IS_ALPHA(c->s[c->i])) return soft(c, "expected a year", py);
    d->year = full_year(y, nd); d->month = m; d->day = a;
  } else {
    pm = c->i;
    m = month_word(c);
    if (!m) return soft(c, "not a date", pm);
    spaces(c);
    if (at(c, ',')) { c->i++; spaces(c); }
    pd = c->i;
    a = number(c, &nda);
    if (nda == 4) {                                   /* "Oct 2024" */
      spaces(c);
      if (c->i != c->n) return soft(c, "unexpected text after the date", c->i);
      r = check_date(c, a, m, 1, pd, pm, pd);
      if (r <= 0) return r;
      d->year = a; d->month = m; d->day = 1; d->gran = DL_GRAN_MONTH;
      return 1;
    }
    if (nda == 0 || nda > 2) return soft(c, "expected a day", pd);
    ordinal_suffix(c);
    d->month = m; d->day = a;
    spaces(c);
    if (at(c, ',')) { c->i++; spaces(c); }
    py = c->i;
    if (at_digit(c)) {
      size_t save = c->i;
      y = number(c, &nd);
      if (nd == 4 && !at(c, ':')) d->year = y;
      else { c->i = save; year_needed = 1; }
    } else year_needed = 1;
  }
  r = tail(c, d, &year_needed);
  if (r <= 0) return r;
  if (year_needed) return soft(c, "expected a year", py);
  return finish(c, d, py, pm, pd);
}

/* Unix epoch seconds: [-]digits[.digits]. */
static int epoch(pc *c, dl_datetime *d)
{
  int64_t v = 0;
  int neg = 0, k = 0;
  int32_t ns = 0;
  size_t st = c->i;
  if (at(c, '-')) { neg = 1; c->i++; }
  while (at_digit(c)) {
    if (k++ > 12) return hard(c, "epoch seconds out of range (years 1..9999)", st);
    v = v * 10 + (c->s[c->i++] - '0');
  }
  if (k == 0) { c->i = st; return 0; }
  if (at(c, '.') && c->i + 1 < c->n && DL_IS_DIGIT(c->s[c->i + 1])) ns = fraction(c);
  if (c->i != c->n) { c->i = st; return 0; }
  if (neg) {
    v = -v;
    if (ns) { v -= 1; ns = 1000000000 - ns; }
  }
  if (dl_datetime_from_epoch(v, 0, 1, d) != DL_OK)
    return hard(c, "epoch seconds out of range (years 1..9999)", st);
  d->nsec = ns;
  return 1;
}

/* ------------------------------------------------------------------ */
/* TIMEX3 values                                                       */
/* ------------------------------------------------------------------ */

static void set_err(dl_date_error *err, const char *msg, size_t pos)
{
  if (err) { err->msg = msg; err->pos = pos; }
}

dl_status dl_datetime_from_timex(const char *v, size_t len, dl_datetime *out,
                                 dl_datetime *first, dl_datetime *last,
                                 dl_date_error *err)
{
  dl_datetime d, f, l;
  dl_date_error e0;
  size_t k = 0, i;
  int r, y;
  if (!err) err = &e0;
  err->msg = NULL; err->pos = 0;
  for (i = 0; i < len; i++) {
    if (v[i] == 'X') { set_err(err, "the value has unknown parts (X): give a reference date", i); return DL_EARG; }
  }
  if (len > 1 && v[0] == 'P' && (DL_IS_DIGIT(v[1]) || v[1] == 'T')) {
    set_err(err, "a duration is not a date", 0);
    return DL_EARG;
  }
  while (k < len && DL_IS_DIGIT(v[k])) k++;
  if (k == 0) { set_err(err, "not a point in time", 0); return DL_EARG; }
  memset(&d, 0, sizeof d);
  if (k < 4 && k == len) {                       /* 198 = 1980s, 19 = 1900s */
    int span = k == 3 ? 10 : k == 2 ? 100 : 1000;
    y = 0;
    for (i = 0; i < k; i++) y = y * 10 + (v[i] - '0');
    y *= span;
    d.year = y < 1 ? 1 : y; d.month = 1; d.day = 1; d.gran = DL_GRAN_YEAR;
    f = d; f.gran = DL_GRAN_DAY;
    l = f; l.year = y + span - 1; l.month = 12; l.day = 31;
    if (l.year < 1) { set_err(err, "year out of range (1..9999)", 0); return DL_EARG; }
    goto done;
  }
  if (k == 4 && len == 7 && v[4] == '-' && DL_IS_ALPHA(v[5])) {   /* 1998-SU, 2024-H1 */
    static const char seasons[4][3] = {"SP", "SU", "FA", "WI"};
    int s;
    y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
    if (y < 1) { set_err(err, "year out of range (1..9999)", 0); return DL_EARG; }
    for (s = 0; s < 4; s++) {
      if (v[5] == seasons[s][0] && v[6] == seasons[s][1]) {
        d.year = y; d.month = 3 + s * 3; d.day = 1; d.gran = DL_GRAN_MONTH;
        f = d; f.gran = DL_GRAN_DAY;
        l = f; l.month += 2;
        if (l.month > 12) { l.month -= 12; l.year++; }
        if (l.year > 9999) { l.year = 9999; l.month = 12; }
        l.day = dl_days_in_month(l.year, l.month);
        goto done;
      }
    }
    if (v[5] == 'H' && (v[6] == '1' || v[6] == '2')) {
      d.year = y; d.month = v[6] == '1' ? 1 : 7; d.day = 1; d.gran = DL_GRAN_MONTH;
      f = d; f.gran = DL_GRAN_DAY;
      l = f; l.month += 5; l.day = dl_days_in_month(l.year, l.month);
      goto done;
    }
  }
  r = dl_datetime_parse_iso(v, len, NULL, &d, err);
  if (r < 0) return DL_EARG;
  if (r > 0) {
    dl_datetime_bounds(&d, &f, &l);
    goto done;
  }
  if (k != 4 || len < 7 || v[4] != '-') { set_err(err, "not a TIMEX3 date value", 0); return DL_EARG; }
  y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
  if (y < 1) { set_err(err, "year out of range (1..9999)", 0); return DL_EARG; }
  /* 2024-W43-WE (a weekend); 9999-W52-WE falls in 10000: an error, as
   * every value outside years 1..9999 */
  if (len == 11 && v[5] == 'W' && v[8] == '-' && v[9] == 'W' && v[10] == 'E') {
    r = dl_datetime_parse_iso(v, 8, NULL, &d, err);
    if (r <= 0) { if (!r) set_err(err, "not a TIMEX3 date value", 0); return DL_EARG; }
    dl_datetime_bounds(&d, &f, &l);
    dl_add_days(&f.year, &f.month, &f.day, 5);
    if (f.year > 9999) { set_err(err, "weekend out of range (years 1..9999)", 5); return DL_EARG; }
    d = f; d.gran = DL_GRAN_DAY;
    goto done;
  }
  /* 2024-10-22TAF: a part of the day is the day */
  if (len >= 12 && v[10] == 'T' && DL_IS_ALPHA(v[11])) {
    r = dl_datetime_parse_iso(v, 10, NULL, &d, err);
    if (r <= 0) { if (!r) set_err(err, "not a TIMEX3 date value", 0); return DL_EARG; }
    dl_datetime_bounds(&d, &f, &l);
    goto done;
  }
  set_err(err, "not a TIMEX3 date value", 0);
  return DL_EARG;
done:
  *out = d;
  if (first) *first = f;
  if (last) *last = l;
  return DL_OK;
}

/* ------------------------------------------------------------------ */
/* The whole string                                                    */
/* ------------------------------------------------------------------ */

/* Do the expressions from tl.items[k] on cover s[.., len) one after
 * another, with at most one short word between two ("daily at 9 a.m.":
 * a set and its clock time, which the recognizer keeps apart)? */
static int chain_covers(const char *s, size_t len, const dl_timex_list *tl,
                        size_t k)
{
  size_t end = (size_t)tl->items[k].start + tl->items[k].len;
  for (k++; k < tl->n; k++) {
    size_t i = end, w;
    while (i < len && (s[i] == ' ' || s[i] == ',')) i++;
    for (w = i; w < len && DL_IS_LOWER(s[w]); w++) {}
    if (w - i > 4 || (w > i && (w == len || s[w] != ' '))) return 0;
    while (w < len && s[w] == ' ') w++;
    if (tl->items[k].start != w) return 0;
    end = w + tl->items[k].len;
  }
  return end == len || (end + 1 == len && s[end] == '.');
}

/* Hand the string to the temporal recognizer: one expression must
 * cover it. */
static dl_status via_timex(const char *s, size_t len, size_t base,
                           const dl_options *opts, dl_datetime *out,
                           dl_date_error *err)
{
  dl_timex_list tl;
  dl_options o;
  dl_status st;
  size_t k, lead;
  const dl_timex *hit = NULL;
  uint32_t lead_end = 0;
  if (opts) o = *opts; else dl_options_init(&o);
  /* English by default, but a string that reads as another language
   * ("22 марта 2023", "le 22 mars 2023") is read as that language */
  if (o.lang == DL_LANG_EN || o.lang == DL_LANG_AUTO) o.lang = dl_lang_guess(s, len);
  lead = dl_i18n_lead(s, len, o.lang);
  dl_timex_list_init(&tl);
  st = dl_timex_scan_lang(s, len, &o, &tl);
  if (st != DL_OK) { dl_timex_list_free(&tl); return st; }
  for (k = 0; k < tl.n; k++) {
    const dl_timex *t = &tl.items[k];
    size_t end = (size_t)t->start + t->len;
    if ((t->start == 0 || t->start == lead)
        && (end == len || (end + 1 == len && s[end] == '.'))) { hit = t; break; }
    if (t->start == 0 && t->len > lead_end) lead_end = t->len;
  }
  if (!hit) {
    /* "daily at 9 a.m.": a set with its time is still a set, no date */
    if (tl.n > 0 && tl.items[0].type == DL_TIMEX_SET
        && (tl.items[0].start == 0 || tl.items[0].start == lead)
        && chain_covers(s, len, &tl, 0))
      set_err(err, "a set of times is not a date", base);
    else if (lead_end > 0 && err && (err->msg == NULL || err->pos <= base + lead_end))
      set_err(err, "unexpected text after the date", base + lead_end);
    dl_timex_list_free(&tl);
    return DL_EARG;
  }
  if (hit->type == DL_TIMEX_DURATION || hit->type == DL_TIMEX_SET) {
    set_err(err, hit->type == DL_TIMEX_SET ? "a set of times is not a date"
                                           : "a duration is not a date", base);
    dl_timex_list_free(&tl);
    return DL_EARG;
  }
  st = dl_datetime_from_timex(hit->value, strlen(hit->value), out, NULL, NULL, err);
  if (st != DL_OK && err) err->pos = base + hit->start;
  dl_timex_list_free(&tl);
  return st;
}

dl_status dl_datetime_parse(const char *s, size_t len, const dl_options *opts,
                            unsigned flags, dl_datetime *out, dl_date_error *err)
{
  dl_date_error e0;
  size_t b = 0, e = len;
  pc c;
  int r;
  dl_status st;
  if (!err) err = &e0;
  err->msg = NULL; err->pos = 0;
  if (!s || !out) { set_err(err, "no string", 0); return DL_EARG; }
  /* the limit counts the date, not the white space around it */
  while (b < e && DL_IS_SPACE(s[b])) b++;
  while (e > b && DL_IS_SPACE(s[e - 1])) e--;
  if (e - b > DL_MAX_DATE_STRING) {
    set_err(err, "string too long for a date (limit is DL_MAX_DATE_STRING = 256 bytes)",
            b + DL_MAX_DATE_STRING);
    return DL_ELIMIT;
  }
  if (b == e) { set_err(err, "empty string", 0); return DL_EARG; }
  c.s = s + b; c.n = e - b; c.i = 0; c.base = b; c.o = opts; c.err = err;
  if (DL_IS_DIGIT(c.s[0]) || c.s[0] == '-') {
    if (flags & DL_DATE_EPOCH) {
      r = epoch(&c, out);
      if (r > 0) return DL_OK;
      if (r < 0) return DL_EARG;
    }
    r = iso(&c, out);
    if (r > 0 && c.i == c.n) return DL_OK;
    if (r < 0) return DL_EARG;
    c.i = 0;
  }
  r = forms(&c, out);
  if (r > 0) return DL_OK;
  if (r < 0) return DL_EARG;
  /* the recognizer: "yesterday", "the fourth quarter", "22 марта 2023" */
  {
    /* e1 starts as the grammar's error: via_timex replaces it only with
     * a better one ("give a reference date", "unexpected text ...") */
    dl_date_error e1 = *err;
    st = via_timex(c.s, c.n, b, opts, out, &e1);
    if (st == DL_OK) return DL_OK;
    *err = e1;
    if (st != DL_EARG) return st;
  }
  if (!err->msg) set_err(err, "not a date", b);
  return DL_EARG;
}
