/* normalize.c -- TIMEX3 point values, their arithmetic and value strings. */
#include "normalize.h"
#include "calendar.h"
#include "timex.h"

/* A tiny writer: no snprintf on the hot path. */
typedef struct wbuf { char *p; size_t n, cap; } wbuf;

static void w_ch(wbuf *w, char c)
{
  if (w->n + 1 < w->cap) w->p[w->n++] = c;
}

static void w_str(wbuf *w, const char *s)
{
  while (*s) w_ch(w, *s++);
}

/* width digits, zero padded (width 0: as many as needed) */
static void w_num(wbuf *w, long v, int width)
{
  char tmp[24];
  int k = 0;
  /* the common cases, months and days, years: no loop */
  if (width == 2 && v >= 0 && v < 100 && w->n + 3 < w->cap) {
    w->p[w->n] = (char)('0' + v / 10);
    w->p[w->n + 1] = (char)('0' + v % 10);
    w->n += 2;
    return;
  }
  if (width == 4 && v >= 1000 && v < 10000 && w->n + 5 < w->cap) {
    w->p[w->n] = (char)('0' + v / 1000);
    w->p[w->n + 1] = (char)('0' + v / 100 % 10);
    w->p[w->n + 2] = (char)('0' + v / 10 % 10);
    w->p[w->n + 3] = (char)('0' + v % 10);
    w->n += 4;
    return;
  }
  if (v < 0) { w_ch(w, '-'); v = -v; }
  do { tmp[k++] = (char)('0' + v % 10); v /= 10; } while (v && k < 20);
  while (k < width) tmp[k++] = '0';
  while (k) w_ch(w, tmp[--k]);
}

static void w_end(wbuf *w)
{
  if (w->cap) w->p[w->n < w->cap ? w->n : w->cap - 1] = '\0';
}

void dl_tv_day(dl_tv *v, int y, int m, int d)
{
  v->gran = TG_DAY;
  v->y = y; v->mo = m; v->d = d;
  v->wd = 0; v->pod = 0;
  v->hh = v->mm = v->ss = -1;
  v->has_tz = 0; v->tz_min = 0;
}

void dl_tv_from_date(dl_tv *v, const dl_date *r)
{
  dl_tv_day(v, r->year, r->month ? r->month : 1, r->day ? r->day : 1);
}

int dl_unit_gran(int unit)
{
  switch (unit) {
  case U_SEC: case U_MIN: case U_HOUR: return TG_TIME;
  case U_DAY: return TG_DAY;
  case U_WEEKEND: return TG_WE;
  case U_WEEK: case U_FORTNIGHT: return TG_WEEK;
  case U_MONTH: return TG_MONTH;
  case U_QUARTER: return TG_QUART;
  case U_HALF: return TG_HALF;
  case U_YEAR: return TG_YEAR;
  case U_DECADE: return TG_DEC;
  case U_CENTURY: return TG_CENT;
  case U_MILLENNIUM: return TG_MILL;
  default: return TG_DAY;
  }
}

void dl_tv_coarsen(dl_tv *v, int gran)
{
  if (v->y == 0) { v->gran = gran; return; }
  if (v->mo == 0) v->mo = 1;
  if (v->d == 0) v->d = 1;
  switch (gran) {
  case TG_MILL: v->y = v->y / 1000 * 1000; v->mo = 1; v->d = 1; break;
  case TG_CENT: v->y = v->y / 100 * 100; v->mo = 1; v->d = 1; break;
  case TG_DEC: v->y = v->y / 10 * 10; v->mo = 1; v->d = 1; break;
  case TG_YEAR: v->mo = 1; v->d = 1; break;
  case TG_HALF: v->mo = v->mo <= 6 ? 1 : 7; v->d = 1; break;
  case TG_QUART: v->mo = (v->mo - 1) / 3 * 3 + 1; v->d = 1; break;
  case TG_SEAS:
    /* SP = Mar-May, SU = Jun-Aug, FA = Sep-Nov, WI = Dec-Feb */
    if (v->mo <= 2) { v->y -= 1; v->mo = 12; }
    else v->mo = v->mo / 3 * 3;
    v->d = 1;
    break;
  case TG_MONTH: v->d = 1; break;
  case TG_WEEK: case TG_WE: {
    int wd = dl_weekday(v->y, v->mo, v->d);
    dl_add_days(&v->y, &v->mo, &v->d, 1 - wd);
    break;
  }
  default: break;
  }
  v->gran = gran;
}

void dl_tv_shift(dl_tv *v, int unit, int n)
{
  if (v->y == 0) return;
  if (v->mo == 0) v->mo = 1;
  if (v->d == 0) v->d = 1;
  switch (unit) {
  case U_SEC: case U_MIN: case U_HOUR: {
    long mins = (long)(v->hh < 0 ? 0 : v->hh) * 60 + (v->mm < 0 ? 0 : v->mm);
    long add = unit == U_HOUR ? (long)n * 60 : unit == U_MIN ? n : n / 60;
    long t = mins + add;
    long dd = t >= 0 ? t / 1440 : -((-t + 1439) / 1440);
    t -= dd * 1440;
    if (dd) dl_add_days(&v->y, &v->mo, &v->d, dd);
    if (v->hh >= 0) { v->hh = (int)(t / 60); v->mm = (int)(t % 60); }
    break;
  }
  case U_DAY: dl_add_days(&v->y, &v->mo, &v->d, n); break;
  case U_WEEK: case U_WEEKEND: dl_add_days(&v->y, &v->mo, &v->d, (int64_t)n * 7); break;
  case U_FORTNIGHT: dl_add_days(&v->y, &v->mo, &v->d, (int64_t)n * 14); break;
  case U_MONTH: dl_add_months(&v->y, &v->mo, &v->d, n); break;
  case U_QUARTER: dl_add_months(&v->y, &v->mo, &v->d, n * 3); break;
  case U_HALF: dl_add_months(&v->y, &v->mo, &v->d, n * 6); break;
  case U_YEAR: dl_add_months(&v->y, &v->mo, &v->d, n * 12); break;
  case U_DECADE: v->y += n * 10; break;
  case U_CENTURY: v->y += n * 100; break;
  case U_MILLENNIUM: v->y += n * 1000; break;
  default: break;
  }
  if (v->y < 1 || v->y > 9999) v->y = 0;
}

int dl_tv_cmp_day(const dl_tv *a, const dl_tv *b)
{
  int64_t x = dl_days_from_civil(a->y, a->mo ? a->mo : 1, a->d ? a->d : 1);
  int64_t y = dl_days_from_civil(b->y, b->mo ? b->mo : 1, b->d ? b->d : 1);
  return x < y ? -1 : x > y;
}

static void w_year(wbuf *w, int y)
{
  if (y > 0) w_num(w, y, 4); else w_str(w, "XXXX");
}

static void w_ymd(wbuf *w, const dl_tv *v)
{
  if (v->y == 0 && v->wd) {
    w_str(w, "XXXX-WXX-"); w_num(w, v->wd, 1);
    return;
  }
  w_year(w, v->y);
  w_ch(w, '-');
  if (v->mo) w_num(w, v->mo, 2); else w_str(w, "XX");
  w_ch(w, '-');
  if (v->d) w_num(w, v->d, 2); else w_str(w, "XX");
}

size_t dl_tv_format(const dl_tv *v, char *out, size_t cap)
{
  static const char *const pods[] = {"", "MO", "AF", "EV", "NI", "AF", "NI"};
  static const char *const seas[] = {"WI", "WI", "WI", "SP", "SP", "SP", "SU",
                                     "SU", "SU", "FA", "FA", "FA", "WI"};
  wbuf w;
  /* A day or a month of the years 1..9999 (most values of news) written
   * at once: what the writer below makes of them, without its per-byte
   * bounds checks. */
  if ((v->gran == TG_DAY || v->gran == TG_MONTH) && cap >= 11 && v->y >= 1 && v->y <= 9999
      && v->mo >= 1 && v->mo <= 12 && (v->gran == TG_MONTH || (v->d >= 1 && v->d <= 31))) {
    out[0] = (char)('0' + v->y / 1000);
    out[1] = (char)('0' + v->y / 100 % 10);
    out[2] = (char)('0' + v->y / 10 % 10);
    out[3] = (char)('0' + v->y % 10);
    out[4] = '-';
    out[5] = (char)('0' + v->mo / 10);
    out[6] = (char)('0' + v->mo % 10);
    if (v->gran == TG_MONTH) {
      out[7] = '\0';
      return 7;
    }
    out[7] = '-';
    out[8] = (char)('0' + v->d / 10);
    out[9] = (char)('0' + v->d % 10);
    out[10] = '\0';
    return 10;
  }
  w.p = out; w.n = 0; w.cap = cap;
  switch (v->gran) {
  case TG_MILL:
    if (v->y) w_num(&w, v->y / 1000, 1); else w_ch(&w, 'X');
    break;
  case TG_CENT:
    if (v->y) w_num(&w, v->y / 100, 2); else w_str(&w, "XX");
    break;
  case TG_DEC:
    if (v->y) w_num(&w, v->y / 10, 3); else w_str(&w, "XXX");
    break;
  case TG_YEAR: w_year(&w, v->y); break;
  case TG_HALF:
    w_year(&w, v->y); w_str(&w, "-H"); w_ch(&w, v->mo >= 7 ? '2' : '1');
    break;
  case TG_QUART:
    w_year(&w, v->y); w_str(&w, "-Q");
    if (v->mo) w_num(&w, (v->mo - 1) / 3 + 1, 1); else w_ch(&w, 'X');
    break;
  case TG_SEAS:
    w_year(&w, v->y); w_ch(&w, '-');
    w_str(&w, seas[v->mo >= 0 && v->mo <= 12 ? v->mo : 0]);
    break;
  case TG_MONTH:
    w_year(&w, v->y); w_ch(&w, '-');
    if (v->mo) w_num(&w, v->mo, 2); else w_str(&w, "XX");
    break;
  case TG_WEEK: case TG_WE:
    if (v->y && v->mo && v->d) {
      int iy, wk = dl_iso_week(v->y, v->mo, v->d, &iy);
      w_num(&w, iy, 4); w_str(&w, "-W"); w_num(&w, wk, 2);
    } else {
      w_year(&w, v->y); w_str(&w, "-WXX");
    }
    if (v->gran == TG_WE) w_str(&w, "-WE");
    break;
  case TG_DAY: w_ymd(&w, v); break;
  case TG_POD:
    w_ymd(&w, v); w_ch(&w, 'T');
    w_str(&w, pods[v->pod >= 0 && v->pod <= 6 ? v->pod : 0]);
    break;
  case TG_TIME: case TG_CLOCK:
    if (v->gran == TG_TIME) w_ymd(&w, v);
    w_ch(&w, 'T');
    w_num(&w, v->hh < 0 ? 0 : v->hh, 2); w_ch(&w, ':');
    w_num(&w, v->mm < 0 ? 0 : v->mm, 2);
    if (v->ss >= 0) { w_ch(&w, ':'); w_num(&w, v->ss, 2); }
    if (v->has_tz) {
      int t = v->tz_min;
      if (t == 0) w_ch(&w, 'Z');
      else {
        w_ch(&w, t < 0 ? '-' : '+');
        if (t < 0) t = -t;
        w_num(&w, t / 60, 2);
        if (t % 60) { w_ch(&w, ':'); w_num(&w, t % 60, 2); }
      }
    }
    break;
  default: w_str(&w, "XXXX"); break;
  }
  w_end(&w);
  return w.n;
}

size_t dl_dur_format(int n, int half, int unit, char *out, size_t cap)
{
  wbuf w;
  char u = 'D';
  int t = 0;
  long k = n;
  w.p = out; w.n = 0; w.cap = cap;
  switch (unit) {
  case U_SEC: u = 'S'; t = 1; break;
  case U_MIN: u = 'M'; t = 1; break;
  case U_HOUR: u = 'H'; t = 1; break;
  case U_DAY: u = 'D'; break;
  case U_WEEKEND: u = 'E'; break;   /* replaced below */
  case U_WEEK: u = 'W'; break;
  case U_FORTNIGHT: u = 'W'; if (k >= 0) k *= 2; break;
  case U_MONTH: u = 'M'; break;
  case U_QUARTER: u = 'Q'; break;
  case U_HALF: u = 'M'; if (k >= 0) k *= 6; break;
  case U_YEAR: u = 'Y'; break;
  case U_DECADE: u = 'Y'; if (k >= 0) k *= 10; break;
  case U_CENTURY: u = 'Y'; if (k >= 0) k *= 100; break;
  case U_MILLENNIUM: u = 'Y'; if (k >= 0) k *= 1000; break;
  default: break;
  }
  w_ch(&w, 'P');
  if (t) w_ch(&w, 'T');
  if (unit == U_WEEKEND) {
    if (k < 0) w_str(&w, "XWE"); else { w_num(&w, k, 1); w_str(&w, "WE"); }
    w_end(&w);
    return w.n;
  }
  if (k < 0) w_ch(&w, 'X');
  else {
    if (half && (unit == U_DECADE || unit == U_CENTURY || unit == U_FORTNIGHT
                 || unit == U_HALF)) {
      /* half of a multiple unit is a whole number of the base unit */
      long base = unit == U_DECADE ? 5 : unit == U_CENTURY ? 50
                : unit == U_FORTNIGHT ? 1 : 3;
      k += base; half = 0;
    }
    if (half && (u == 'Y' || u == 'H' || (u == 'M' && t) || u == 'D')) {
      /* 2 1/2 years -> P2Y6M, 5 1/2 hours -> PT5H30M */
      if (k) { w_num(&w, k, 1); w_ch(&w, u); }
      if (u == 'Y') w_str(&w, "6M");
      else if (u == 'H') w_str(&w, "30M");
      else if (u == 'M') w_str(&w, "30S");
      else w_str(&w, "T12H");
      w_end(&w);
      return w.n;
    }
    w_num(&w, k, 1);
    if (half) w_str(&w, ".5");
  }
  w_ch(&w, u);
  w_end(&w);
  return w.n;
}
