/* test_calendar.c -- C tests of csrc/calendar.c. */
#include "test.h"
#include "calendar.h"
#include "dateline.h"

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
