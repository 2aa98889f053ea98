/*
 * fuzz_check.c -- option bytes and invariant checks shared by the fuzz
 * targets (see fuzz_check.h).
 *
 * The calendar facts used here (leap years, days in a month) are written
 * out again rather than taken from csrc/calendar.c: an oracle should not
 * share the code it checks.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_check.h"

void fz_fail(const char *file, int line, const char *what, const char *detail)
{
  fprintf(stderr, "\n*** dateline fuzz invariant broken at %s:%d: %s\n", file,
          line, what);
  if (detail) {
    const unsigned char *s = (const unsigned char *)detail;
    fputs("    value: \"", stderr);
    size_t k;
    for (k = 0; *s && k < 400; s++, k++) {
      if (*s >= 0x20 && *s < 0x7F && *s != '"' && *s != '\\') fputc(*s, stderr);
      else fprintf(stderr, "\\x%02X", *s);
    }
    fputs(*s ? "\"...\n" : "\"\n", stderr);
  }
  abort();
}

int fz_known(const char *tag)
{
  const char *k = getenv("FUZZ_KNOWN");
  size_t n = strlen(tag);
  while (k && *k) {
    const char *e = strchr(k, ',');
    size_t m = e ? (size_t)(e - k) : strlen(k);
    if (m == n && strncmp(k, tag, n) == 0) return 1;
    k = e ? e + 1 : NULL;
  }
  return 0;
}

/* ---- input ------------------------------------------------------------ */

unsigned fz_byte(fz_in *in)
{
  unsigned b;
  if (in->n == 0) return 0;
  b = in->p[0];
  in->p++;
  in->n--;
  return b;
}

char *fz_take(fz_in *in, size_t n, size_t *len)
{
  char *s;
  if (n > in->n) n = in->n;
  s = (char *)malloc(n ? n : 1);
  if (!s) abort();                 /* the harness may; the core never does */
  if (n) memcpy(s, in->p, n);
  in->p += n;
  in->n -= n;
  *len = n;
  return s;
}

char *fz_rest(fz_in *in, size_t *len)
{
  return fz_take(in, in->n, len);
}

void fz_options(fz_in *in, dl_options *o)
{
  /* years that exercise the edges of the range and of the arithmetic */
  static const int years[] = {
    0, 1, 2, 9, 10, 99, 100, 999, 1000, 1582, 1899, 1900, 1969, 1970, 1999,
    2000, 2001, 2020, 2023, 2024, 2100, 9998, 9999, 10000, -1, 12345
  };
  unsigned b0 = fz_byte(in), b1 = fz_byte(in), b2 = fz_byte(in),
           b3 = fz_byte(in);
  dl_options_init(o);
  o->dayfirst = (b0 & 3) == 0 ? DL_DAYFIRST_INFER
              : (b0 & 3) == 1 ? DL_DAYFIRST_NO
              : (b0 & 3) == 2 ? DL_DAYFIRST_YES : DL_DAYFIRST_INFER;
  o->anchor = (b0 >> 2) & 1 ? DL_ANCHOR_LAST : DL_ANCHOR_REF;
  o->lang = (int)((b0 >> 3) & 7) % 7;          /* DL_LANG_EN .. DL_LANG_AUTO */
  o->tz_flags = (b0 >> 6) & 3;
  if (b3 & 0x80) o->tz_flags |= DL_TZ_AST_ARABIA;
  /* the reference date: b1 picks the year (a table of edge years, or
   * 1900 + b1), b2 the month (0..13: 0 and 13 are invalid), b3 the day
   * (0..31 from the low bits) and whether a time is given */
  if (b1 < sizeof years / sizeof years[0]) o->ref.year = years[b1];
  else o->ref.year = 1900 + (int)b1;
  o->ref.month = (int)(b2 % 14);
  o->ref.day = (int)(b3 & 31);
  if (b3 & 0x40) {
    o->ref.hour = (int)(b2 % 25);
    o->ref.min = (int)((b2 * 7) % 60);
    o->ref.sec = -1;
    o->ref.has_tz = (b3 & 0x20) != 0;
    o->ref.tz_min = o->ref.has_tz ? ((int)b1 - 128) * 15 % 900 : 0;
  }
}

/* ---- spans and strings ------------------------------------------------ */

int fz_span_in(uint32_t start, uint32_t len, size_t n)
{
  return (size_t)start <= n && (size_t)len <= n - (size_t)start;
}

int fz_span_within(uint32_t istart, uint32_t ilen, uint32_t ostart,
                   uint32_t olen)
{
  if (ilen == 0) return 1;
  return istart >= ostart
      && (uint64_t)istart + ilen <= (uint64_t)ostart + olen;
}

int fz_utf8_ok(const char *str, size_t n)
{
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0;
  while (i < n) {
    unsigned c = s[i];
    uint32_t cp;
    size_t k, need;
    if (c < 0x80) { i++; continue; }
    if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; }
    else return 0;
    if (n - i <= need) return 0;
    for (k = 1; k <= need; k++) {
      if ((s[i + k] & 0xC0) != 0x80) return 0;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000)) return 0;
    if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
    if (cp > 0x10FFFF) return 0;
    i += need + 1;
  }
  return 1;
}

int fz_nul_in(const char *s, size_t cap)
{
  return memchr(s, '\0', cap) != NULL;
}

/* ---- calendar (independent of csrc/calendar.c) ------------------------- */

static int leap(int y)
{
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int dim(int y, int m)
{
  static const int days[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  if (m == 2 && (y == 0 || leap(y))) return 29;   /* y 0: unknown year */
  return days[m];
}

/* days since 0001-01-01 (a Monday) */
static long day_index(int y, int m, int d)
{
  long n = 0;
  int k;
  y -= 1;
  n = (long)y * 365 + y / 4 - y / 100 + y / 400;
  for (k = 1; k < m; k++) n += dim(y + 1, k);
  return n + d - 1;
}

/* ---- TIMEX3 values ------------------------------------------------------ */

typedef struct cur {
  const char *s;
  size_t i;
} cur;

static int digits(cur *c, int n, int *v)
{
  int k;
  *v = 0;
  for (k = 0; k < n; k++) {
    char ch = c->s[c->i + (size_t)k];
    if (ch < '0' || ch > '9') return 0;
    *v = *v * 10 + (ch - '0');
  }
  c->i += (size_t)n;
  return 1;
}

static int lit(cur *c, const char *w)
{
  size_t n = strlen(w);
  if (strncmp(c->s + c->i, w, n) != 0) return 0;
  c->i += n;
  return 1;
}

static int at_end(const cur *c) { return c->s[c->i] == '\0'; }

/* n digits, or n X's (*v = -1) */
static int digits_or_x(cur *c, int n, int *v)
{
  int k;
  for (k = 0; k < n && c->s[c->i + (size_t)k] == 'X'; k++) {}
  if (k == n) { c->i += (size_t)n; *v = -1; return 1; }
  return digits(c, n, v);
}

/* "Z", "+HH", "+HH:MM", "+HHMM" */
static int zone(cur *c)
{
  int h, m = 0;
  if (lit(c, "Z")) return 1;
  if (c->s[c->i] != '+' && c->s[c->i] != '-') return 0;
  c->i++;
  if (!digits(c, 2, &h) || h > 23) return 0;
  if (lit(c, ":")) { if (!digits(c, 2, &m)) return 0; }
  else if (c->s[c->i] >= '0' && c->s[c->i] <= '9') { if (!digits(c, 2, &m)) return 0; }
  return m <= 59;
}

/* after a day: "T" + part of day, or a time of day */
static int time_part(cur *c)
{
  static const char *const pods[] = {"MO", "MI", "AF", "EV", "NI", "DT"};
  int h, m, s;
  size_t k;
  if (!lit(c, "T")) return 0;
  for (k = 0; k < sizeof pods / sizeof pods[0]; k++)
    if (lit(c, pods[k])) return at_end(c);
  if (!digits(c, 2, &h) || h > 24) return 0;
  if (lit(c, ":")) {
    if (!digits(c, 2, &m) || m > 59) return 0;
    if (h == 24 && m != 0) return 0;
    if (lit(c, ":")) {
      if (!digits(c, 2, &s) || s > 60) return 0;
      if (lit(c, ".")) {
        int v, nd = 0;
        while (digits(c, 1, &v)) nd++;
        if (nd == 0) return 0;
      }
    }
  }
  if (at_end(c)) return 1;
  return zone(c) && at_end(c);
}

int fz_timex_point_ok(const char *v)
{
  cur c;
  int y, m, d, w;
  size_t n = strlen(v);
  c.s = v; c.i = 0;
  /* a clock time of no one day ("every Tuesday at 6 p.m.": T18:00, the
   * granularity TG_CLOCK of normalize.h) */
  if (v[0] == 'T') return v[1] >= '0' && v[1] <= '9' && time_part(&c);
  /* millennium, century, decade: 1, 2, 3 digits (or X's), alone */
  if (n >= 1 && n <= 3) return digits_or_x(&c, (int)n, &y) && at_end(&c);
  if (!digits_or_x(&c, 4, &y)) return 0;
  if (y == 0) return 0;                      /* year 0000 does not exist */
  if (at_end(&c)) return 1;
  if (!lit(&c, "-")) return 0;
  if (lit(&c, "H1") || lit(&c, "H2")) return at_end(&c);
  if (lit(&c, "Q")) {
    if (c.s[c.i] == 'X' || (c.s[c.i] >= '1' && c.s[c.i] <= '4')) c.i++;
    else return 0;
    return at_end(&c);
  }
  if (lit(&c, "WI") || lit(&c, "SP") || lit(&c, "SU") || lit(&c, "FA"))
    return at_end(&c);
  if (lit(&c, "W")) {
    if (!digits_or_x(&c, 2, &w)) return 0;
    if (w != -1 && (w < 1 || w > 53)) return 0;
    if (at_end(&c)) return 1;
    if (!lit(&c, "-")) return 0;
    if (lit(&c, "WE")) return at_end(&c);
    if (!digits(&c, 1, &d) || d < 1 || d > 7) return 0;
    if (at_end(&c)) return 1;
    return time_part(&c);
  }
  if (!digits_or_x(&c, 2, &m)) return 0;
  if (m != -1 && (m < 1 || m > 12)) return 0;
  if (at_end(&c)) return 1;
  if (!lit(&c, "-")) return 0;
  if (!digits_or_x(&c, 2, &d)) return 0;
  if (d != -1) {
    if (d < 1) return 0;
    if (m == -1 ? d > 31 : d > dim(y == -1 ? 0 : y, m)) return 0;
  }
  if (at_end(&c)) return 1;
  return time_part(&c);
}

int fz_timex_duration_ok(const char *v)
{
  /* date units in order, then "T" and time units in order */
  static const char *const dunits[] = {"ML", "CE", "DE", "Y", "Q", "M", "WE", "W", "D"};
  static const char *const tunits[] = {"H", "M", "S"};
  cur c;
  size_t next = 0, k;
  int parts = 0;
  c.s = v; c.i = 0;
  if (!lit(&c, "P")) return 0;
  while (!at_end(&c) && c.s[c.i] != 'T') {
    int val, nd = 0;
    if (lit(&c, "X")) nd = 1;
    else while (digits(&c, 1, &val)) nd++;
    if (nd == 0) return 0;
    if (lit(&c, ".")) {
      int f = 0;
      while (digits(&c, 1, &val)) f++;
      if (f == 0) return 0;
    }
    for (k = next; k < sizeof dunits / sizeof dunits[0]; k++)
      if (lit(&c, dunits[k])) break;
    if (k == sizeof dunits / sizeof dunits[0]) return 0;
    next = k + 1;
    parts++;
  }
  if (lit(&c, "T")) {
    next = 0;
    if (at_end(&c)) return 0;
    while (!at_end(&c)) {
      int val, nd = 0;
      if (lit(&c, "X")) nd = 1;
      else while (digits(&c, 1, &val)) nd++;
      if (nd == 0) return 0;
      if (lit(&c, ".")) {
        int f = 0;
        while (digits(&c, 1, &val)) f++;
        if (f == 0) return 0;
      }
      for (k = next; k < sizeof tunits / sizeof tunits[0]; k++)
        if (lit(&c, tunits[k])) break;
      if (k == sizeof tunits / sizeof tunits[0]) return 0;
      next = k + 1;
      parts++;
    }
  }
  return parts > 0;
}

int fz_timex_value_ok(const char *v)
{
  if (!strcmp(v, "PRESENT_REF") || !strcmp(v, "PAST_REF")
      || !strcmp(v, "FUTURE_REF"))
    return 1;
  if (v[0] == 'P') return fz_timex_duration_ok(v);
  return fz_timex_point_ok(v);
}

int fz_timex_known(const char *v)
{
  /* a clock time of no one day (T18:00) names no date either */
  return strchr(v, 'X') == NULL && v[0] != 'T';
}

/* ---- dates ------------------------------------------------------------ */

int fz_date_ok(const dl_date *d)
{
  if (d->year != 0 && (d->year < 1 || d->year > 9999)) return 0;
  if (d->month < 0 || d->month > 12) return 0;
  if (d->day != 0) {
    if (d->month == 0 || d->day < 1 || d->day > dim(d->year, d->month)) return 0;
  }
  if (d->hour < -1 || d->hour > 24) return 0;
  if (d->min < -1 || d->min > 59) return 0;
  if (d->sec < -1 || d->sec > 60) return 0;
  if (d->has_tz && (d->tz_min < -24 * 60 || d->tz_min > 24 * 60)) return 0;
  return 1;
}

int fz_datetime_ok(const dl_datetime *d)
{
  if (d->year < 1 || d->year > 9999) return 0;
  if (d->month < 1 || d->month > 12) return 0;
  if (d->day < 1 || d->day > dim(d->year, d->month)) return 0;
  if (d->gran < DL_GRAN_YEAR || d->gran > DL_GRAN_SECOND) return 0;
  if (d->has_offset > 1) return 0;
  if (d->has_offset && (d->offset_min < -24 * 60 || d->offset_min > 24 * 60))
    return 0;
  if (d->hour < 0 || d->hour > 23 || d->min < 0 || d->min > 59
      || d->sec < 0 || d->sec > 60 || d->nsec < 0 || d->nsec > 999999999)
    return 0;
  /* the first day of a coarse period */
  switch (d->gran) {
  case DL_GRAN_YEAR: if (d->month != 1 || d->day != 1) return 0; break;
  case DL_GRAN_QUARTER: if ((d->month - 1) % 3 || d->day != 1) return 0; break;
  case DL_GRAN_MONTH: if (d->day != 1) return 0; break;
  case DL_GRAN_WEEK: if (day_index(d->year, d->month, d->day) % 7 != 0) return 0; break;
  default: break;
  }
  /* finer fields are 0; coarser than an hour carries no offset */
  if (d->gran < DL_GRAN_HOUR && (d->hour || d->has_offset)) return 0;
  if (d->gran < DL_GRAN_MINUTE && d->min) return 0;
  if (d->gran < DL_GRAN_SECOND && (d->sec || d->nsec)) return 0;
  return 1;
}

int fz_datetime_same(const dl_datetime *a, const dl_datetime *b)
{
  return a->year == b->year && a->month == b->month && a->day == b->day
      && a->hour == b->hour && a->min == b->min && a->sec == b->sec
      && a->nsec == b->nsec && a->gran == b->gran
      && a->has_offset == b->has_offset
      && (!a->has_offset || a->offset_min == b->offset_min);
}

int fz_iso_ok(const char *s)
{
  cur c;
  int y, m, d;
  c.s = s; c.i = 0;
  if (!digits(&c, 4, &y) || y < 1) return 0;
  if (!lit(&c, "-") || !digits(&c, 2, &m) || m < 1 || m > 12) return 0;
  if (!lit(&c, "-") || !digits(&c, 2, &d) || d < 1 || d > dim(y, m)) return 0;
  if (at_end(&c)) return 1;
  return time_part(&c) && s[11] >= '0' && s[11] <= '9';
}

/* ---- entities ---------------------------------------------------------- */


void fz_check_entities(const dl_entities *e, const char *text, size_t n)
{
  size_t ne = dl_entities_count(e), nm = dl_entities_nmentions(e), i, total = 0;
  const dl_mention *m = dl_entities_mentions(e);
  long last_person = -1;
  uint32_t prev_end = 0;
  FZ_CHECK(nm == 0 || m != NULL);
  FZ_CHECK(nm <= DL_MAX_MENTIONS);
  for (i = 0; i < nm; i++) {
    FZ_CHECK(fz_span_in(m[i].start, m[i].len, n));
    FZ_CHECK(m[i].len > 0 && m[i].name_len > 0);
    FZ_CHECK(fz_span_within(m[i].name_start, m[i].name_len, m[i].start, m[i].len));
    /* mentions never overlap, but a nationality's MISC mention may lie
     * inside the person's mention next to it ("Chinese" in "Chinese
     * Premier Li Peng"), before it when both start at one byte */
    if (i > 0 && m[i].start < prev_end) {
      const dl_mention *p = &m[i - 1];
      FZ_CHECK((p->type == DL_ENT_MISC && m[i].type == DL_ENT_PERSON && p->start == m[i].start
                && p->len < m[i].len)
               || (m[i].type == DL_ENT_MISC && p->type == DL_ENT_PERSON
                   && m[i].start + m[i].len <= p->start + p->len));
    }
    if (m[i].start + m[i].len > prev_end) prev_end = m[i].start + m[i].len;
    FZ_CHECK(m[i].entity < ne);
    FZ_CHECK(m[i].type >= DL_ENT_PERSON && m[i].type <= DL_ENT_MISC);
    FZ_CHECK(m[i].type == dl_entities_get(e, m[i].entity)->type);
    FZ_CHECK(m[i].prev_person == last_person);
    if (m[i].type == DL_ENT_PERSON) last_person = (long)i;
    FZ_CHECK(dl_entities_at(e, m[i].start, m[i].len) == (long)m[i].entity);
    /* the last person before a position */
    FZ_CHECK(dl_entities_last_person(e, m[i].start, 0) == m[i].prev_person);
    {
      int g;
      for (g = 1; g <= 2; g++) {
        long r = dl_entities_last_person(e, m[i].start + 1, g);
        if (r >= 0) {
          const dl_entity *pe;
          /* (a person whose mention starts at this one's byte, after a
           * nationality inside it, counts as before) */
          FZ_CHECK((size_t)r <= i || m[r].start <= m[i].start);
          FZ_CHECK(m[r].type == DL_ENT_PERSON);
          pe = dl_entities_get(e, m[r].entity);
          FZ_CHECK(pe->gender == 0 || pe->gender == g);
        }
      }
    }
  }
  for (i = 0; i < ne; i++) {
    const dl_entity *en = dl_entities_get(e, i);
    const uint32_t *idx;
    size_t k, cnt = 0;
    FZ_CHECK(en != NULL);
    FZ_CHECK(en->name != NULL && en->name_len > 0);
    if (en->name >= text && en->name < text + n)
      FZ_CHECK((size_t)(en->name - text) + en->name_len <= n);
    FZ_CHECK(en->type >= DL_ENT_PERSON && en->type <= DL_ENT_MISC);
    FZ_CHECK(en->gender <= 2);
    FZ_CHECK(en->id && en->country && en->region && en->tz);
    FZ_CHECK(strlen(en->id) < 4096 && strlen(en->country) < 4096
             && strlen(en->region) < 4096 && strlen(en->tz) < 4096);
    FZ_CHECK(fz_span_in(en->title.start, en->title.len, n));
    FZ_CHECK(fz_span_in(en->nationality.start, en->nationality.len, n));
    idx = dl_entities_entity_mentions(e, i, &cnt);
    FZ_CHECK(cnt == en->nmentions);
    FZ_CHECK(cnt > 0 && idx != NULL);
    for (k = 0; k < cnt; k++) {
      FZ_CHECK(idx[k] < nm);
      FZ_CHECK(m[idx[k]].entity == i);
      FZ_CHECK(k == 0 || idx[k] > idx[k - 1]);
    }
    total += cnt;
  }
  FZ_CHECK(total == nm);
}
