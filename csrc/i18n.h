/*
 * i18n.h -- dates and relative words of Russian, Chinese, German, French
 * and Spanish text (internal; the public entry points dl_i18n_scan,
 * dl_timex_scan_lang and dl_lang_* are in dateline.h, "Date values").
 *
 * The words are data: one sorted table per language (UTF-8, lower case,
 * searched by binary search), and a phrase table for Chinese.
 */
#ifndef DL_I18N_H
#define DL_I18N_H

#include <stddef.h>
#include "dateline.h"

#define DL_MAX_I18N_WORD 48      /* bytes of a folded word looked up */
#define DL_MAX_LANG_GUESS 65536  /* bytes dl_lang_guess reads */

/* Word kinds of the tables. */
enum {
  IK_NONE = 0, IK_MONTH, IK_WDAY, IK_DEICT, IK_REL, IK_UNIT, IK_ART,
  IK_YEARW, IK_NUMW, IK_AGO_AFTER, IK_AGO_BEFORE, IK_IN, IK_FILL
};

/* Kind and value of a lower-case UTF-8 word in lang's table (IK_NONE when
 * absent).  For tests and tools. */
int dl_i18n_lookup(int lang, const char *w, size_t len, int *val);
/* Bytes of a leading preposition or article and the spaces after it
 * ("в ", "le ", "am ", "on "), or 0: dl_datetime_parse lets a whole-string
 * date begin with one. */
size_t dl_i18n_lead(const char *s, size_t len, int lang);
/* Is lang's table in strictly increasing byte order? (1 yes, 0 no) */
int dl_i18n_table_sorted(int lang);

#endif
