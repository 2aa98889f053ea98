/*
 * fuzz_check.h -- shared pieces of the fuzz targets (fuzz/fuzz_*.c):
 * reading option bytes off the front of an input, and the invariant
 * checks every target asserts (spans inside the text, order, TIMEX3 and
 * ISO 8601 values well-formed, dates real).
 *
 * A failed check prints what broke and where, then calls abort(): that is
 * what libFuzzer (and the replay main() of replay.c) report as a crash.
 * The harness is allowed to abort; the core never does.
 */
#ifndef DL_FUZZ_CHECK_H
#define DL_FUZZ_CHECK_H

#include <stddef.h>
#include <stdint.h>

#include "dateline.h"

/* Every target defines this (libFuzzer's entry point). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Report a broken invariant and abort. */
#if defined(__GNUC__)
#define FZ_NORETURN __attribute__((noreturn))
#else
#define FZ_NORETURN
#endif
void fz_fail(const char *file, int line, const char *what, const char *detail)
  FZ_NORETURN;

#define FZ_CHECK(cond) \
  do { if (!(cond)) fz_fail(__FILE__, __LINE__, #cond, NULL); } while (0)
/* The same, printing a string (a value, a date) that shows the problem. */
#define FZ_CHECK_S(cond, s) \
  do { if (!(cond)) fz_fail(__FILE__, __LINE__, #cond, (s)); } while (0)

/* A check for a finding already reported: while the core still has the
 * bug, a long fuzzing run can skip it by naming its tag in the
 * environment (FUZZ_KNOWN="gaz-naive") and look for new ones.
 * CI sets nothing (open findings wait in fuzz/known/, see its README). */
int fz_known(const char *tag);
#define FZ_CHECK_KNOWN(tag, cond) \
  do { if (!(cond) && !fz_known(tag)) fz_fail(__FILE__, __LINE__, "[" tag "] " #cond, NULL); } while (0)
#define FZ_CHECK_KNOWN_S(tag, cond, s) \
  do { if (!(cond) && !fz_known(tag)) fz_fail(__FILE__, __LINE__, "[" tag "] " #cond, (s)); } while (0)

/* The input, read from the front: option bytes first, then the payload. */
typedef struct fz_in {
  const uint8_t *p;
  size_t n;
} fz_in;

/* The next byte (0 once the input is used up). */
unsigned fz_byte(fz_in *in);
/* A copy of the rest of the input in its own exactly sized heap block, so
 * that AddressSanitizer sees reads before the start as well as past the
 * end (libFuzzer's buffer would hide reads into the option bytes).  Never
 * NULL (a 1-byte block when the rest is empty); free() it. */
char *fz_rest(fz_in *in, size_t *len);
/* A copy of the next n bytes (fewer at the end), likewise. */
char *fz_take(fz_in *in, size_t n, size_t *len);

/* Options from four bytes: dayfirst, anchor, language, zone flags, and a
 * reference date (none, ordinary, edge years 1 and 9999, invalid ones). */
void fz_options(fz_in *in, dl_options *o);

/* [start, start + len) lies inside a text of n bytes (no overflow). */
int fz_span_in(uint32_t start, uint32_t len, size_t n);
/* inner lies inside outer (an empty inner one always does). */
int fz_span_within(uint32_t istart, uint32_t ilen, uint32_t ostart,
                   uint32_t olen);
/* s[0..n) is valid UTF-8 (no overlongs, surrogates or > U+10FFFF). */
int fz_utf8_ok(const char *s, size_t n);
/* s is NUL-terminated within cap bytes. */
int fz_nul_in(const char *s, size_t cap);

/* A TIMEX3 value: a point ("2024", "XXXX-WXX-2", "2024-10-22TAF",
 * "199", "2024-Q3", "1998-SU", "2024-W43-WE", "2024-10-22T14:05-05:00"),
 * a duration ("P3D", "PT2H30M", "P2.5Y", "PXY", "P1WE") or a reference
 * (PRESENT_REF, PAST_REF, FUTURE_REF).  The checks are semantic too:
 * months 01..12, days real for their month (and year when known), weeks
 * 01..53, hours 00..24, minutes 00..59. */
int fz_timex_point_ok(const char *v);
int fz_timex_duration_ok(const char *v);
int fz_timex_value_ok(const char *v);
/* The value has no X placeholder and names a date (not T18:00). */
int fz_timex_known(const char *v);

/* A dl_date as the core fills it for datelines: year 0 or 1..9999, month
 * 0..12, a real day when known; hour/min/sec -1 or in range. */
int fz_date_ok(const dl_date *d);
/* A dl_datetime as the "Date values" functions promise it: a real date
 * in 1..9999, the first day of its period at a coarse granularity, finer
 * fields 0, time fields in range, offset within +-24h. */
int fz_datetime_ok(const dl_datetime *d);
/* Same instant, granularity and offset, field by field. */
int fz_datetime_same(const dl_datetime *a, const dl_datetime *b);
/* An ISO 8601 date or date-time as dl_html_extract gives them:
 * YYYY-MM-DD[THH:MM[:SS[.f]][Z|+HH:MM]]. */
int fz_iso_ok(const char *s);

/* The entities of a text: mentions inside the text, non-empty, in text
 * order without overlaps, each naming an entity of its type;
 * prev_person exact; an entity's mention list pointing back at it;
 * dl_entities_at and dl_entities_last_person consistent with the list. */
void fz_check_entities(const dl_entities *e, const char *text, size_t n);

#endif
