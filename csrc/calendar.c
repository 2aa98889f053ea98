/* calendar.c -- proleptic Gregorian calendar arithmetic and date words. */
#include "calendar.h"
#include "text.h"
#include "dateline.h"

const char *const dl_month_names[13] = {
  "", "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December"
};
const char *const dl_weekday_names[8] = {
  "", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
  "Sunday"
};

/* Days from civil, after the well-known era-based algorithm: shift the year
 * to start in March so the leap day is last, then count 400-year eras. */
int64_t dl_days_from_civil(int y, int m, int d)
{
  int64_t yy = (int64_t)y - (m <= 2);
  int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
  int64_t yoe = yy - era * 400;
  int64_t mp = (m + 9) % 12;
  int64_t doy = (153 * mp + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void dl_civil_from_days(int64_t z, int *y, int *m, int *d)
{
  int64_t era, doe, yoe, doy, mp, yy;
  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  yy = yoe + era * 400;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yy + (*m <= 2));
}

int dl_weekday(int y, int m, int d)
{
  int64_t z = dl_days_from_civil(y, m, d);
  /* 1970-01-01 was a Thursday (4) */
  int64_t w = (z % 7 + 7 + 3) % 7;   /* 0 = Monday */
  return (int)w + 1;
}

int dl_is_leap(int y)
{
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int dl_days_in_month(int y, int m)
{
  static const unsigned char len[13] = {0,31,28,31,30,31,30,31,31,30,31,30,31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && dl_is_leap(y) ? 29 : len[m];
}

int dl_valid_date(int y, int m, int d)
{
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1
      && d <= dl_days_in_month(y, m);
}

int dl_iso_week(int y, int m, int d, int *iso_year)
{
  /* The week belongs to the year of its Thursday. */
  int64_t z = dl_days_from_civil(y, m, d);
  int wd = dl_weekday(y, m, d);
  int64_t thu = z + (4 - wd);
  int ty, tm, td;
  dl_civil_from_days(thu, &ty, &tm, &td);
  *iso_year = ty;
  return (int)((thu - dl_days_from_civil(ty, 1, 1)) / 7 + 1);
}

void dl_add_days(int *y, int *m, int *d, int64_t n)
{
  dl_civil_from_days(dl_days_from_civil(*y, *m, *d) + n, y, m, d);
}

void dl_add_months(int *y, int *m, int *d, int n)
{
  int64_t t = (int64_t)*y * 12 + (*m - 1) + n;
  int dim;
  *y = (int)(t >= 0 ? t / 12 : (t - 11) / 12);
  *m = (int)(t - (int64_t)*y * 12) + 1;
  dim = dl_days_in_month(*y, *m);
  if (*d > dim) *d = dim;
}

/* Name tables: the full name, and how many leading letters make an
 * accepted abbreviation (plus a few irregular short forms). */
typedef struct { const char *name; int month; } dl_name;

/* Sorted (strcmp order) for the binary search of lookup. */
static const dl_name month_words[] = {
  {"apr",4},{"april",4},{"aug",8},{"august",8},{"dec",12},{"december",12},
  {"feb",2},{"february",2},{"jan",1},{"january",1},{"jul",7},{"july",7},
  {"jun",6},{"june",6},{"mar",3},{"march",3},{"may",5},{"nov",11},
  {"november",11},{"oct",10},{"october",10},{"sep",9},{"sept",9},
  {"september",9}
};

static const dl_name weekday_words[] = {
  {"fri",5},{"friday",5},{"mon",1},{"monday",1},{"sat",6},{"saturday",6},
  {"sun",7},{"sunday",7},{"thu",4},{"thur",4},{"thurs",4},{"thursday",4},
  {"tue",2},{"tues",2},{"tuesday",2},{"wed",3},{"wednesday",3}
};

/* The second letters of the names of each table that open with a given
 * letter ([c - 'a']), a bit per letter from 'a' (none: no name opens with
 * c): most words asked about fail here, before any comparison.  The
 * ctest finds every name of the tables. */
#define LETTER(ch) (1ul << ((ch) - 'a'))
static const unsigned long month_second[26] = {
  ['a' - 'a'] = LETTER('p') | LETTER('u'), ['d' - 'a'] = LETTER('e'), ['f' - 'a'] = LETTER('e'),
  ['j' - 'a'] = LETTER('a') | LETTER('u'), ['m' - 'a'] = LETTER('a'), ['n' - 'a'] = LETTER('o'),
  ['o' - 'a'] = LETTER('c'), ['s' - 'a'] = LETTER('e')
};
static const unsigned long weekday_second[26] = {
  ['f' - 'a'] = LETTER('r'), ['m' - 'a'] = LETTER('o'), ['s' - 'a'] = LETTER('a') | LETTER('u'),
  ['t' - 'a'] = LETTER('h') | LETTER('u'), ['w' - 'a'] = LETTER('e')
};

/* The order of the text word s[0..len), lowered (ASCII), against the
 * lower-case word w: <0, 0, >0 as strcmp would give it. */
static int word_order(const char *s, size_t len, const char *w)
{
  size_t i;
  for (i = 0; i < len; i++) {
    unsigned char a = (unsigned char)DL_LOWER(s[i]), b = (unsigned char)w[i];
    if (b == '\0') return 1;   /* w is a prefix of s */
    if (a != b) return a > b ? 1 : -1;
  }
  return w[len] == '\0' ? 0 : -1;
}

static int lookup(const dl_name *t, size_t n, const unsigned long *second, const char *s,
                  size_t len)
{
  size_t lo = 0, hi = n;
  char c0, c1;
  if (len < 3 || len > 9) return 0;
  /* most words asked about are no date word: the first two letters turn
   * them away before any comparison */
  c0 = DL_LOWER(s[0]);
  c1 = DL_LOWER(s[1]);
  if (c0 < 'a' || c0 > 'z' || c1 < 'a' || c1 > 'z' || !(second[c0 - 'a'] >> (c1 - 'a') & 1u))
    return 0;
  /* a binary search (the tables are sorted): the words that pass the
   * filter above (the, said, for, with) then cost a few steps, not a
   * pass over the whole table */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    unsigned char b = (unsigned char)t[mid].name[0];
    /* (a step decided by the first letter, as word_order would) */
    int c = (unsigned char)c0 != b ? ((unsigned char)c0 > b ? 1 : -1)
                                   : word_order(s, len, t[mid].name);
    if (c == 0) return t[mid].month;
    if (c < 0) hi = mid; else lo = mid + 1;
  }
  return 0;
}

int dl_month_from_name(const char *s, size_t len)
{
  return lookup(month_words, sizeof month_words / sizeof *month_words, month_second, s, len);
}

int dl_weekday_from_name(const char *s, size_t len)
{
  return lookup(weekday_words, sizeof weekday_words / sizeof *weekday_words,
                weekday_second, s, len);
}

/* ------------------------------------------------------------------ */
/* ISO dates (dateline.h)                                              */
/* ------------------------------------------------------------------ */

/* n digits at s[*i] as a number, or -1. */
static int iso_digits(const char *s, size_t len, size_t *i, int n)
{
  int v = 0, k;
  for (k = 0; k < n; k++) {
    if (*i >= len || !DL_IS_DIGIT(s[*i])) return -1;
    v = v * 10 + (s[*i] - '0');
    (*i)++;
  }
  return v;
}

dl_status dl_date_parse_iso(const char *s, size_t len, dl_date *out)
{
  size_t i = 0;
  dl_date d;
  int sign;
  if (!s || !out) return DL_EARG;
  d.year = iso_digits(s, len, &i, 4);
  if (d.year < 1 || i >= len || s[i++] != '-') return DL_EARG;
  d.month = iso_digits(s, len, &i, 2);
  if (d.month < 1 || i >= len || s[i++] != '-') return DL_EARG;
  d.day = iso_digits(s, len, &i, 2);
  if (d.day < 1 || !dl_valid_date(d.year, d.month, d.day)) return DL_EARG;
  d.hour = d.min = d.sec = -1;
  d.tz_min = 0; d.has_tz = 0;
  if (i < len && (s[i] == 'T' || s[i] == 't' || s[i] == ' ')) {
    i++;
    d.hour = iso_digits(s, len, &i, 2);
    if (d.hour < 0 || d.hour > 23 || i >= len || s[i++] != ':') return DL_EARG;
    d.min = iso_digits(s, len, &i, 2);
    if (d.min < 0 || d.min > 59) return DL_EARG;
    if (i < len && s[i] == ':') {
      i++;
      d.sec = iso_digits(s, len, &i, 2);
      if (d.sec < 0 || d.sec > 60) return DL_EARG;
      if (i < len && s[i] == '.') {            /* fraction: ignored */
        i++;
        while (i < len && DL_IS_DIGIT(s[i])) i++;
      }
    }
    if (i < len && (s[i] == 'Z' || s[i] == 'z')) {
      d.has_tz = 1; i++;
    } else if (i < len && (s[i] == '+' || s[i] == '-')) {
      int hh, mm = 0;
      sign = s[i++] == '-' ? -1 : 1;
      hh = iso_digits(s, len, &i, 2);
      if (hh < 0 || hh > 14) return DL_EARG;
      if (i < len && s[i] == ':') i++;
      if (i < len) { mm = iso_digits(s, len, &i, 2); if (mm < 0 || mm > 59) return DL_EARG; }
      d.has_tz = 1; d.tz_min = sign * (hh * 60 + mm);
    }
  }
  if (i != len) return DL_EARG;
  *out = d;
  return DL_OK;
}
