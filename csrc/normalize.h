/*
 * normalize.h -- TIMEX3 values: points in time at a granularity, their
 * arithmetic against a reference date, and their value strings (internal).
 */
#ifndef DL_NORMALIZE_H
#define DL_NORMALIZE_H

#include <stddef.h>
#include "dateline.h"

/* Granularities, coarse to fine; TG_CLOCK: a clock time of no one day
 * ("every Tuesday at 6 p.m."), written T18:00. */
enum {
  TG_NONE = 0, TG_MILL, TG_CENT, TG_DEC, TG_YEAR, TG_HALF, TG_QUART,
  TG_SEAS, TG_MONTH, TG_WEEK, TG_WE, TG_DAY, TG_POD, TG_TIME, TG_CLOCK
};

/* A point value.  A known period is held by a representative day (its
 * first day: 1989-07-01 for 1989-Q3, 1998-06-01 for 1998-SU); y == 0 means
 * the year is unknown (XXXX), mo == 0 / d == 0 an unknown month / day.
 * wd (1..7) with y == 0 gives "XXXX-WXX-wd". */
typedef struct dl_tv {
  int gran;
  int y, mo, d;
  int wd;
  int pod;              /* P_MO.. for TG_POD */
  int hh, mm, ss;       /* TG_TIME; ss -1 when absent */
  int has_tz, tz_min;
} dl_tv;

/* A day point. */
void dl_tv_day(dl_tv *v, int y, int m, int d);
/* The point of ref (a dl_date) at day granularity (time kept when present). */
void dl_tv_from_date(dl_tv *v, const dl_date *ref);
/* Move to another granularity, normalizing the representative day. */
void dl_tv_coarsen(dl_tv *v, int gran);
/* Shift by n units (U_* of timex.h); the granularity is kept. */
void dl_tv_shift(dl_tv *v, int unit, int n);
/* Write the TIMEX3 value; returns the length (truncated to cap - 1). */
size_t dl_tv_format(const dl_tv *v, char *out, size_t cap);
/* Ordering of two known points by representative day (-1, 0, 1). */
int dl_tv_cmp_day(const dl_tv *a, const dl_tv *b);

/* Duration value: n units (n < 0: X), half adds .5: "P3D", "PT2H",
 * "P2.5Y", "PXY". */
size_t dl_dur_format(int n, int half, int unit, char *out, size_t cap);

/* Granularity a unit names (U_YEAR -> TG_YEAR, ...). */
int dl_unit_gran(int unit);

#endif
