/*
 * calendar.h -- proleptic Gregorian arithmetic and English date words
 * (internal).  Pure integer arithmetic: no mktime, no time zone, no locale.
 */
#ifndef DL_CALENDAR_H
#define DL_CALENDAR_H

#include <stddef.h>
#include <stdint.h>

/* Days since 1970-01-01 for a civil date (any year, month 1..12). */
int64_t dl_days_from_civil(int y, int m, int d);
/* The civil date of a day count. */
void dl_civil_from_days(int64_t z, int *y, int *m, int *d);
/* ISO weekday: 1 = Monday .. 7 = Sunday. */
int dl_weekday(int y, int m, int d);
int dl_is_leap(int y);
int dl_days_in_month(int y, int m);
/* ISO 8601 week of a date: sets *iso_year and returns the week 1..53. */
int dl_iso_week(int y, int m, int d, int *iso_year);
/* Add n days / months (end-of-month clamping) to a date in place. */
void dl_add_days(int *y, int *m, int *d, int64_t n);
void dl_add_months(int *y, int *m, int *d, int n);
/* Is y-m-d a real date in 1..9999? */
int dl_valid_date(int y, int m, int d);

/* Month number 1..12 for an English month name or abbreviation, any case,
 * without a trailing dot ("Feb", "Sept", "september", "MArch"); 0 if none.
 * Short forms accepted: Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec. */
int dl_month_from_name(const char *s, size_t len);
/* ISO weekday 1..7 for an English weekday name or abbreviation (Mon, Tue,
 * Tues, Wed, Thu, Thur, Thurs, Fri, Sat, Sun), any case; 0 if none. */
int dl_weekday_from_name(const char *s, size_t len);

/* Full English names, index 1..12 / 1..7 (index 0 is ""). */
extern const char *const dl_month_names[13];
extern const char *const dl_weekday_names[8];

#endif
