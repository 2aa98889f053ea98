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

/* Is s[0..n), in any case, the name of a city, state or country of the
 * built-in gazetteer?  A binary search over its sorted name index. */
int dl_known_place(const char *s, size_t n);

/* Is s[0..n), in any case, the name of a state, province or country of
 * the built-in gazetteer (no city)?  A binary search, as above. */
int dl_known_region(const char *s, size_t n);

/* Look for a dateline at the very start of text[start..end) (the first body
 * paragraph).  ref (may be NULL or have year 0) supplies the year when the
 * dateline has none; without it the date is "XXXX-MM-DD".  Returns 1 and
 * fills *out when a dateline is found, else 0 and *out is zeroed. */
int dl_find_dateline(const char *text, size_t start, size_t end,
                     const dl_date *ref, dl_dateline *out);

/* dl_find_dateline for a caller that needs the dateline to have an agency
 * and/or a date (need: DL_DATELINE_NEED_* bits; 0 is dl_find_dateline):
 * a digest's later items ("NAIROBI, March 3 (Reuters) -"), a line that is
 * a dated dateline alone ("ROME 1996-12-06").  Those are tried on every
 * body paragraph or every block of lines, where a mixed-case place with
 * neither ("Cape Town - ...") would cost a pass over the gazetteer's
 * cities each time.  A dateline without what is needed gives 0. */
#define DL_DATELINE_NEED_AGENCY 1u
#define DL_DATELINE_NEED_DATE   2u
int dl_find_dateline_need(const char *text, size_t start, size_t end,
                          const dl_date *ref, unsigned need, dl_dateline *out);

/* A paragraph that is nothing but a city of the gazetteer in capitals
 * ("ANKARA", "KUALA LUMPUR"): the dateline on a line of its own over the
 * story, with no date or agency (Anadolu's layout).  Fills *out's span,
 * place and city; the caller judges where such a line may stand. */
int dl_find_city_line(const char *text, size_t start, size_t end, dl_dateline *out);

#endif
