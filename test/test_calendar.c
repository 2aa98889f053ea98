/* test_calendar.c -- C tests of csrc/calendar.c. */
#include "test.h"
#include "calendar.h"
#include "dateline.h"

#include <ctype.h>
#include <string.h>

void test_calendar(dl_test_state *ts)
{
  int y = 2024, m = 1, d = 31, iy;
  CHECK(ts, dl_days_from_civil(1970, 1, 1) == 0);
  CHECK(ts, dl_weekday(2024, 10, 22) == 2);            /* a Tuesday */
  CHECK(ts, dl_iso_week(2024, 10, 22, &iy) == 43 && iy == 2024);
  CHECK(ts, dl_iso_week(2021, 1, 1, &iy) == 53 && iy == 2020);
  dl_add_months(&y, &m, &d, 1);
  CHECK(ts, y == 2024 && m == 2 && d == 29);
  dl_add_days(&y, &m, &d, 1);
  CHECK(ts, y == 2024 && m == 3 && d == 1);
  CHECK(ts, dl_month_from_name("Sept", 4) == 9 && dl_month_from_name("MArch", 5) == 3);
  CHECK(ts, dl_month_from_name("Ma", 2) == 0 && dl_weekday_from_name("Thurs", 5) == 4);
  {
    /* Every accepted name, in three cases: the lookup is a binary search
     * behind a filter of the first two letters, so a table entry out of
     * order, or a letter missing from the filter, would lose some of
     * these. */
    static const struct { const char *w; int v; } months[] = {
      {"jan",1},{"january",1},{"feb",2},{"february",2},{"mar",3},{"march",3},{"apr",4},
      {"april",4},{"may",5},{"jun",6},{"june",6},{"jul",7},{"july",7},{"aug",8},{"august",8},
      {"sep",9},{"sept",9},{"september",9},{"oct",10},{"october",10},{"nov",11},
      {"november",11},{"dec",12},{"december",12}
    }, days[] = {
      {"mon",1},{"monday",1},{"tue",2},{"tues",2},{"tuesday",2},{"wed",3},{"wednesday",3},
      {"thu",4},{"thur",4},{"thurs",4},{"thursday",4},{"fri",5},{"friday",5},{"sat",6},
      {"saturday",6},{"sun",7},{"sunday",7}
    };
    size_t i, k;
    for (i = 0; i < sizeof months / sizeof *months; i++) {
      char up[16], cap[16];
      size_t n = strlen(months[i].w);
      for (k = 0; k <= n; k++) {
        up[k] = (char)toupper((unsigned char)months[i].w[k]);
        cap[k] = k ? months[i].w[k] : up[k];
      }
      CHECK(ts, dl_month_from_name(months[i].w, n) == months[i].v
            && dl_month_from_name(up, n) == months[i].v && dl_month_from_name(cap, n) == months[i].v
            && dl_weekday_from_name(months[i].w, n) == 0);
    }
    for (i = 0; i < sizeof days / sizeof *days; i++) {
      char up[16];
      size_t n = strlen(days[i].w);
      for (k = 0; k <= n; k++) up[k] = (char)toupper((unsigned char)days[i].w[k]);
      CHECK(ts, dl_weekday_from_name(days[i].w, n) == days[i].v
            && dl_weekday_from_name(up, n) == days[i].v && dl_month_from_name(days[i].w, n) == 0);
    }
    /* near words: a prefix too short, a longer word, a word between two names */
    CHECK(ts, dl_month_from_name("ju", 2) == 0 && dl_month_from_name("junes", 5) == 0
          && dl_month_from_name("marc", 4) == 0 && dl_month_from_name("mays", 4) == 0
          && dl_weekday_from_name("satu", 4) == 0 && dl_weekday_from_name("wednes", 6) == 0);
  }
  {
    dl_date dd;
    CHECK(ts, dl_date_parse_iso("1998-02-27", 10, &dd) == DL_OK && dd.year == 1998
          && dd.month == 2 && dd.day == 27 && dd.hour == -1 && !dd.has_tz);
    CHECK(ts, dl_date_parse_iso("1990-08-15T13:37", 16, &dd) == DL_OK && dd.hour == 13
          && dd.min == 37 && dd.sec == -1);
    CHECK(ts, dl_date_parse_iso("1998-02-19T08:02:00-05:00", 25, &dd) == DL_OK
          && dd.has_tz && dd.tz_min == -300);
    CHECK(ts, dl_date_parse_iso("2024-10-22T10:00Z", 17, &dd) == DL_OK && dd.has_tz && dd.tz_min == 0);
    CHECK(ts, dl_date_parse_iso("2023-02-29", 10, &dd) == DL_EARG);
    CHECK(ts, dl_date_parse_iso("1998-2-27", 9, &dd) == DL_EARG);
    CHECK(ts, dl_date_parse_iso("1998-02-27x", 11, &dd) == DL_EARG);
  }
}
