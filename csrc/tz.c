/*
 * tz.c -- zone abbreviations and the tz database (TZif) reader.
 *
 * Abbreviations are not unique: CST is US Central (-06:00), China (+08:00)
 * and Cuba; IST is India (+05:30), Ireland (+01:00) and Israel (+02:00);
 * AST is Atlantic (-04:00) and Arabia (+03:00); BST is British Summer
 * (+01:00) and Bangladesh.  Each takes the reading most common in English
 * news wires; a flag of dl_options (tz_flags: DL_TZ_CST_CHINA,
 * DL_TZ_IST_ISRAEL, DL_TZ_AST_ARABIA) selects the other.  Military letters
 * other than Z are not accepted (a lone letter is too often something
 * else).
 *
 * The TZif reader follows RFC 8536: the version 1 block is skipped when a
 * version 2+ block follows (64-bit times); instants after the last
 * transition use the footer's POSIX TZ rule.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tz.h"
#include "calendar.h"
#include "text.h"

typedef struct tz_abbr {
  const char *name;      /* upper case */
  int16_t off;           /* minutes east of UTC */
  uint8_t alt_flag;      /* DL_TZ_* flag selecting alt_off, or 0 */
  int16_t alt_off;
} tz_abbr;

/* Sorted by name (strcmp order) for a binary search. */
static const tz_abbr tz_abbrs[] = {
  {"ACDT", 630, 0, 0}, {"ACST", 570, 0, 0}, {"ADT", -180, 0, 0},
  {"AEDT", 660, 0, 0}, {"AEST", 600, 0, 0}, {"AKDT", -480, 0, 0},
  {"AKST", -540, 0, 0}, {"ART", -180, 0, 0},
  {"AST", -240, DL_TZ_AST_ARABIA, 180}, {"AWST", 480, 0, 0},
  {"BRT", -180, 0, 0}, {"BST", 60, 0, 0}, {"CAT", 120, 0, 0},
  {"CDT", -300, DL_TZ_CST_CHINA, -300}, {"CEST", 120, 0, 0}, {"CET", 60, 0, 0},
  {"CST", -360, DL_TZ_CST_CHINA, 480}, {"EAT", 180, 0, 0}, {"EDT", -240, 0, 0},
  {"EEST", 180, 0, 0}, {"EET", 120, 0, 0}, {"EST", -300, 0, 0},
  {"GMT", 0, 0, 0}, {"GST", 240, 0, 0}, {"HKT", 480, 0, 0},
  {"HST", -600, 0, 0}, {"ICT", 420, 0, 0}, {"IDT", 180, 0, 0},
  {"IST", 330, DL_TZ_IST_ISRAEL, 120}, {"JST", 540, 0, 0}, {"KST", 540, 0, 0},
  {"MDT", -360, 0, 0}, {"MESZ", 120, 0, 0}, {"MEZ", 60, 0, 0},
  {"MSD", 240, 0, 0}, {"MSK", 180, 0, 0}, {"MST", -420, 0, 0},
  {"NDT", -150, 0, 0}, {"NST", -210, 0, 0}, {"NZDT", 780, 0, 0},
  {"NZST", 720, 0, 0}, {"PDT", -420, 0, 0}, {"PHT", 480, 0, 0},
  {"PKT", 300, 0, 0}, {"PST", -480, 0, 0}, {"SAST", 120, 0, 0},
  {"SGT", 480, 0, 0}, {"UT", 0, 0, 0}, {"UTC", 0, 0, 0}, {"WAT", 60, 0, 0},
  {"WEST", 60, 0, 0}, {"WET", 0, 0, 0}, {"WIB", 420, 0, 0}, {"Z", 0, 0, 0}
};

/* strcmp of the upper-cased s[0..len) against the NUL-terminated w. */
static int cmp_upper(const char *s, size_t len, const char *w)
{
  size_t i;
  for (i = 0; i < len; i++) {
    char c = s[i];
    if (DL_IS_LOWER(c)) c = (char)(c - 32);
    if (w[i] == '\0') return 1;
    if (c != w[i]) return (unsigned char)c < (unsigned char)w[i] ? -1 : 1;
  }
  return w[len] == '\0' ? 0 : -1;
}

int dl_tz_abbrev(const char *s, size_t len, unsigned flags, int *offset_min)
{
  size_t lo = 0, hi = sizeof tz_abbrs / sizeof *tz_abbrs;
  if (len == 0 || len > 4) return 0;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = cmp_upper(s, len, tz_abbrs[mid].name);
    if (c == 0) {
      const tz_abbr *a = &tz_abbrs[mid];
      *offset_min = (a->alt_flag && (flags & a->alt_flag)) ? a->alt_off : a->off;
      return 1;
    }
    if (c < 0) hi = mid; else lo = mid + 1;
  }
  return 0;
}

/* ------------------------------------------------------------------ */
/* POSIX TZ rules ("CET-1CEST,M3.5.0,M10.5.0/3")                       */
/* ------------------------------------------------------------------ */

typedef struct rule_cur { const char *s; size_t n, i; } rule_cur;

static int rc_num(rule_cur *c, int *v, int maxd)
{
  int k = 0, x = 0;
  while (c->i < c->n && DL_IS_DIGIT(c->s[c->i]) && k < maxd) {
    x = x * 10 + (c->s[c->i] - '0');
    c->i++; k++;
  }
  *v = x;
  return k > 0;
}

/* [+-]hh[:mm[:ss]] as seconds. */
static int rc_time(rule_cur *c, int *secs)
{
  int sign = 1, h, m = 0, s = 0;
  if (c->i < c->n && (c->s[c->i] == '+' || c->s[c->i] == '-'))
    sign = c->s[c->i++] == '-' ? -1 : 1;
  if (!rc_num(c, &h, 3) || h > 167) return 0;
  if (c->i < c->n && c->s[c->i] == ':') {
    c->i++;
    if (!rc_num(c, &m, 2) || m > 59) return 0;
    if (c->i < c->n && c->s[c->i] == ':') {
      c->i++;
      if (!rc_num(c, &s, 2) || s > 59) return 0;
    }
  }
  *secs = sign * (h * 3600 + m * 60 + s);
  return 1;
}

static int rc_name(rule_cur *c)
{
  size_t st = c->i;
  if (c->i < c->n && c->s[c->i] == '<') {
    while (c->i < c->n && c->s[c->i] != '>') c->i++;
    if (c->i >= c->n) return 0;
    c->i++;
    return 1;
  }
  while (c->i < c->n && DL_IS_ALPHA(c->s[c->i])) c->i++;
  return c->i - st >= 3;
}

/* A transition date rule: kind 'J' (1..365, no leap day), 'N' (0..365),
 * 'M' (month.week.day); time in seconds (default 02:00). */
typedef struct tz_when { char kind; int a, b, d; int time; } tz_when;

static int rc_when(rule_cur *c, tz_when *w)
{
  w->time = 7200;
  if (c->i < c->n && c->s[c->i] == 'M') {
    c->i++;
    w->kind = 'M';
    if (!rc_num(c, &w->a, 2) || w->a < 1 || w->a > 12) return 0;
    if (c->i >= c->n || c->s[c->i++] != '.') return 0;
    if (!rc_num(c, &w->b, 1) || w->b < 1 || w->b > 5) return 0;
    if (c->i >= c->n || c->s[c->i++] != '.') return 0;
    if (!rc_num(c, &w->d, 1) || w->d > 6) return 0;
  } else if (c->i < c->n && c->s[c->i] == 'J') {
    c->i++;
    w->kind = 'J';
    if (!rc_num(c, &w->a, 3) || w->a < 1 || w->a > 365) return 0;
  } else {
    w->kind = 'N';
    if (!rc_num(c, &w->a, 3) || w->a > 365) return 0;
  }
  if (c->i < c->n && c->s[c->i] == '/') {
    c->i++;
    if (!rc_time(c, &w->time)) return 0;
  }
  return 1;
}

/* Local seconds since 1970 (of the year y's clock) at which w happens. */
static int64_t when_in_year(const tz_when *w, int y)
{
  int64_t day;
  if (w->kind == 'M') {
    int wd1 = dl_weekday(y, w->a, 1) % 7;          /* 0 = Sunday */
    int d = 1 + (w->d - wd1 + 7) % 7 + (w->b - 1) * 7;
    while (d > dl_days_in_month(y, w->a)) d -= 7;
    day = dl_days_from_civil(y, w->a, d);
  } else if (w->kind == 'J') {
    int n = w->a;
    if (dl_is_leap(y) && n >= 60) n++;
    day = dl_days_from_civil(y, 1, 1) + n - 1;
  } else {
    day = dl_days_from_civil(y, 1, 1) + w->a;
  }
  return day * 86400 + w->time;
}

int dl_tz_rule_offset(const char *rule, size_t len, int64_t t, int *offset_sec)
{
  rule_cur c;
  int stdoff, dstoff, y, m, d;
  tz_when start, end;
  int64_t s, e;
  c.s = rule; c.n = len; c.i = 0;
  if (!rc_name(&c) || !rc_time(&c, &stdoff)) return 0;
  stdoff = -stdoff;                           /* POSIX counts west */
  if (c.i >= c.n) { *offset_sec = stdoff; return 1; }
  if (!rc_name(&c)) return 0;
  dstoff = stdoff + 3600;
  if (c.i < c.n && c.s[c.i] != ',') {
    if (!rc_time(&c, &dstoff)) return 0;
    dstoff = -dstoff;
  }
  if (c.i >= c.n) { *offset_sec = stdoff; return 1; }   /* no rule given */
  if (c.s[c.i++] != ',' || !rc_when(&c, &start)) return 0;
  if (c.i >= c.n || c.s[c.i++] != ',' || !rc_when(&c, &end)) return 0;
  if (c.i != c.n) return 0;
  if (t < -62135596800LL || t > 253402300799LL) { *offset_sec = stdoff; return 1; }
  dl_civil_from_days((t + stdoff) / 86400 - ((t + stdoff) % 86400 < 0), &y, &m, &d);
  s = when_in_year(&start, y) - stdoff;      /* DST starts (UTC) */
  e = when_in_year(&end, y) - dstoff;        /* DST ends (UTC) */
  if (s < e) *offset_sec = (t >= s && t < e) ? dstoff : stdoff;
  else *offset_sec = (t >= e && t < s) ? stdoff : dstoff;
  return 1;
}

/* ------------------------------------------------------------------ */
/* TZif                                                                */
/* ------------------------------------------------------------------ */

static uint32_t be32(const unsigned char *p)
{
  return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int64_t be64(const unsigned char *p)
{
  return (int64_t)((uint64_t)be32(p) << 32 | be32(p + 4));
}

typedef struct tzif_hdr {
  uint32_t isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt;
} tzif_hdr;

static int read_hdr(const unsigned char *b, size_t len, size_t at, tzif_hdr *h)
{
  if (at > len || len - at < 44 || memcmp(b + at, "TZif", 4) != 0) return 0;
  h->isutcnt = be32(b + at + 20); h->isstdcnt = be32(b + at + 24);
  h->leapcnt = be32(b + at + 28); h->timecnt = be32(b + at + 32);
  h->typecnt = be32(b + at + 36); h->charcnt = be32(b + at + 40);
  /* every count is bounded by the file size (DL_MAX_TZIF_BYTES) */
  if (h->timecnt > len || h->typecnt > len || h->charcnt > len
      || h->leapcnt > len || h->isutcnt > len || h->isstdcnt > len
      || h->typecnt == 0) return 0;
  return 1;
}

/* Bytes of a data block with times of tsz bytes. */
static uint64_t block_size(const tzif_hdr *h, int tsz)
{
  return (uint64_t)h->timecnt * (uint64_t)tsz + h->timecnt + (uint64_t)h->typecnt * 6
       + h->charcnt + (uint64_t)h->leapcnt * (uint64_t)(tsz + 4) + h->isstdcnt + h->isutcnt;
}

dl_status dl_tzif_offset(const unsigned char *buf, size_t len, int64_t t,
                         int *offset_sec)
{
  tzif_hdr h;
  size_t at = 0, times, idx, types;
  int tsz = 4;
  uint32_t lo, hi, type;
  if (!read_hdr(buf, len, 0, &h)) return DL_EARG;
  if (buf[4] >= '2') {                        /* skip to the 64-bit block */
    uint64_t skip = 44 + block_size(&h, 4);
    if (skip > len) return DL_EARG;
    at = (size_t)skip;
    if (!read_hdr(buf, len, at, &h)) return DL_EARG;
    tsz = 8;
  }
  at += 44;
  if (block_size(&h, tsz) > len - at) return DL_EARG;
  times = at;
  idx = times + (size_t)h.timecnt * (size_t)tsz;
  types = idx + h.timecnt;
  if (h.timecnt > 0) {
    int64_t last = tsz == 8 ? be64(buf + times + (size_t)(h.timecnt - 1) * 8)
                            : (int32_t)be32(buf + times + (size_t)(h.timecnt - 1) * 4);
    if (t >= last && tsz == 8) {
      /* after the last transition: the footer rule, when there is one */
      size_t f = at + (size_t)block_size(&h, tsz), e;
      if (f < len && buf[f] == '\n') {
        for (e = f + 1; e < len && buf[e] != '\n'; e++) {}
        if (e < len && e > f + 1
            && dl_tz_rule_offset((const char *)buf + f + 1, e - f - 1, t, offset_sec))
          return DL_OK;
      }
    }
  } else if (tsz == 8) {
    size_t f = at + (size_t)block_size(&h, tsz), e;
    if (f < len && buf[f] == '\n') {
      for (e = f + 1; e < len && buf[e] != '\n'; e++) {}
      if (e < len && e > f + 1
          && dl_tz_rule_offset((const char *)buf + f + 1, e - f - 1, t, offset_sec))
        return DL_OK;
    }
  }
  /* the last transition at or before t (binary search) */
  lo = 0; hi = h.timecnt;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    int64_t tm = tsz == 8 ? be64(buf + times + (size_t)mid * 8)
                          : (int32_t)be32(buf + times + (size_t)mid * 4);
    if (tm <= t) lo = mid + 1; else hi = mid;
  }
  type = lo == 0 ? 0 : buf[idx + lo - 1];
  if (type >= h.typecnt) return DL_EARG;
  *offset_sec = (int32_t)be32(buf + types + (size_t)type * 6);
  return DL_OK;
}

/* A zone name is a relative path of [A-Za-z0-9_+-] components; no "..",
 * no leading '/', nothing that could leave the zoneinfo root. */
static int valid_zone(const char *z, size_t n)
{
  size_t i, comp = 0;
  if (n == 0 || n > DL_MAX_TZ_NAME) return 0;
  for (i = 0; i < n; i++) {
    char c = z[i];
    if (c == '/') {
      if (comp == 0) return 0;
      comp = 0;
      continue;
    }
    if (!(DL_IS_ALNUM(c) || c == '_' || c == '+' || c == '-'
          || (c == '.' && comp > 0))) return 0;
    if (c == '.' && i > 0 && z[i - 1] == '.') return 0;
    comp++;
  }
  return comp > 0;
}

dl_status dl_tz_offset(const char *zoneinfo_root, const char *zone,
                       int64_t utc_seconds, int *offset_sec)
{
  char path[DL_MAX_TZ_PATH];
  size_t rl, zl, n;
  FILE *f;
  unsigned char *buf;
  dl_status st;
  if (!zone || !offset_sec) return DL_EARG;
  if (!zoneinfo_root || !zoneinfo_root[0]) zoneinfo_root = "/usr/share/zoneinfo";
  rl = strlen(zoneinfo_root);
  zl = strlen(zone);
  if (!valid_zone(zone, zl)) return DL_EARG;
  if (rl + zl + 2 > sizeof path) return DL_ELIMIT;
  memcpy(path, zoneinfo_root, rl);
  path[rl] = '/';
  memcpy(path + rl + 1, zone, zl + 1);
  f = fopen(path, "rb");
  if (!f) return DL_EARG;
  buf = (unsigned char *)malloc(DL_MAX_TZIF_BYTES + 1);
  if (!buf) { fclose(f); return DL_ENOMEM; }
  n = fread(buf, 1, DL_MAX_TZIF_BYTES + 1, f);
  fclose(f);
  if (n > DL_MAX_TZIF_BYTES) st = DL_ELIMIT;
  else st = dl_tzif_offset(buf, n, utc_seconds, offset_sec);
  free(buf);
  return st;
}
