/*
 * datelines.h -- recognize the dateline that opens a news story (internal):
 * "WASHINGTON, Oct 3 (Reuters) -", "Moscow, 22 March 2023 (TDI):",
 * "BAHIA BLANCA, Argentina, Feb 26 -", "KAZAN, Russia (AP) —", "LONDON —",
 * "BRUSSELS 1996-08-22", "NEW YORK, March 3, 2023 /PRNewswire/ --".
 */
#ifndef DL_DATELINES_H
#define DL_DATELINES_H

#include "dateline.h"

/* Is s[0..n) the name of a news agency of the built-in list ("Reuters",
 * "dpa", "Kyodo"), compared case-insensitively? */
int dl_is_agency_name(const char *s, size_t n);

/* Look for a dateline at the very start of text[start..end) (the first body
 * paragraph).  ref (may be NULL or have year 0) supplies the year when the
 * dateline has none; without it the date is "XXXX-MM-DD".  Returns 1 and
 * fills *out when a dateline is found, else 0 and *out is zeroed. */
int dl_find_dateline(const char *text, size_t start, size_t end,
                     const dl_date *ref, dl_dateline *out);

/* dl_find_dateline for a dateline with an agency only ("NAIROBI, March 3
 * (Reuters) -", "(ANSA) - ROME, MAR 4 -"): what a digest's later items
 * open with.  Cheaper: it is tried on every body paragraph, and a
 * mixed-case place with no agency ("Cape Town - ...") would cost a pass
 * over the gazetteer's cities each time. */
int dl_find_wire_dateline(const char *text, size_t start, size_t end,
                          const dl_date *ref, dl_dateline *out);

#endif
