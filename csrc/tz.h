/*
 * tz.h -- time zones: the common zone abbreviations and a reader of the
 * system's tz database (TZif files), in pure C (internal; the public entry
 * points are declared in dateline.h, "Date values").
 *
 * No TZ variable, no localtime: offsets come from const tables and from
 * the TZif file the caller names, read with bounded reads.
 */
#ifndef DL_TZ_H
#define DL_TZ_H

#include <stddef.h>
#include <stdint.h>
#include "dateline.h"

/* Work caps. */
#define DL_MAX_TZ_NAME 255          /* bytes of a zone name ("Europe/Moscow") */
#define DL_MAX_TZ_PATH 4096         /* bytes of root + "/" + name */
#define DL_MAX_TZIF_BYTES 262144    /* bytes of one TZif file read */

/* Offset in minutes east of UTC for a zone abbreviation (any case):
 * returns 1 and sets *offset_min, or 0 when s[0..len) is not one.
 * Ambiguous abbreviations take their most common news reading, and
 * flags (DL_TZ_*, dateline.h) choose the other one: see tz.c. */
int dl_tz_abbrev(const char *s, size_t len, unsigned flags, int *offset_min);

/* The offset (seconds east of UTC) that the POSIX TZ rule string
 * rule[0..len) ("EST5EDT,M3.2.0,M11.1.0") gives at UTC instant t.
 * Returns 1, or 0 when the rule is malformed. */
int dl_tz_rule_offset(const char *rule, size_t len, int64_t t, int *offset_sec);

/* Parse a TZif image buf[0..len) (RFC 8536, versions 1-4) and give the
 * UTC offset at t.  Returns DL_OK or DL_EARG (malformed). */
dl_status dl_tzif_offset(const unsigned char *buf, size_t len, int64_t t,
                         int *offset_sec);

#endif
