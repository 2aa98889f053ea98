/*
 * date.h -- date values: whole-string parsing, ISO output, formatting
 * and arithmetic (internal; the public API is the "Date values" section
 * of dateline.h).  Built on calendar.c's day counts; natural-language
 * strings go through the temporal recognizer (dl_timex_scan_lang).
 */
#ifndef DL_DATE_H
#define DL_DATE_H

#include <stddef.h>
#include <stdint.h>
#include "dateline.h"

/* Days since 1970-01-01 of 0001-01-01 and 9999-12-31: the range of every
 * dl_datetime. */
#define DL_DAYS_MIN (-719162)
#define DL_DAYS_MAX 2932896

/* Truncate d to the first instant of its granularity's period (the
 * Monday of a week, the first month of a quarter) and zero the finer
 * fields; coarse values lose their offset. */
void dl_datetime_truncate(dl_datetime *d);

/* Parse the ISO 8601 / RFC 3339 forms only (no fallback); used by
 * dl_datetime_parse's fast path and by dl_datetime_from_timex.
 * Returns 1 (parsed), 0 (not ISO-shaped), -1 (ISO-shaped but invalid:
 * *err set). */
int dl_datetime_parse_iso(const char *s, size_t len, const dl_options *opts,
                          dl_datetime *out, dl_date_error *err);

#endif
