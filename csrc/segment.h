/*
 * segment.h -- paragraphs, sentences, tokens, and paragraph roles
 * (headline, byline, trailing boilerplate).  Internal.
 */
#ifndef DL_SEGMENT_H
#define DL_SEGMENT_H

#include "dateline.h"

/* Split text[0..len) into paragraphs: blank-line separated, or one per line
 * when the text is written one paragraph per line; indented hard-wrapped
 * wire copy is handled too.  CRLF and NBSP-only lines count as blank.
 * Spans are trimmed; empty paragraphs are not reported.  *out is malloc'd
 * (caller frees; NULL when *n is 0). */
dl_status dl_split_paragraphs(const char *text, size_t len,
                              dl_para **out, size_t *n);

/* Mark headline, byline and trailing boilerplate paragraphs in place
 * (sets DL_PARA_HEADLINE / DL_PARA_BYLINE / DL_PARA_BOILERPLATE). */
void dl_mark_roles(const char *text, size_t len, dl_para *paras, size_t n);

/* Is s[0..n) a time stamp line ("March 4, 2025", "Updated 4:20 PM EST,
 * March 4, 2025"): short, with a year or a clock time, no prose?
 * *keyed (when not NULL) tells whether a word such as "updated" names it. */
#define DL_MAX_STAMP_LINE 80
int dl_is_stamp(const char *s, size_t n, int *keyed);

/* Length of a bullet (U+2022) or a middle dot (U+00B7) opening s[0..n),
 * else 0: the marks a list item opens with and a web page's byline puts
 * between the writer's name and the time ("Ana Ruiz \u2022 3h ago"). */
size_t dl_bullet_len(const char *s, size_t n);

/* Is s[0..n) a page's age line ("3h ago", "Updated 25 mins ago")? */
int dl_is_relative_age(const char *s, size_t n);

/* Is s[0..n) a byline without "By": a name or "Staff", then '|' or a
 * bullet and only the page's date or time ("Selin Kaya | 08.05.2025",
 * "Ana Ruiz \u00b7 3 min read")? */
int dl_is_dated_credit(const char *s, size_t n);

/* Split text[start..end) -- part of paragraph `para` -- into sentences and
 * append them to the array *out (n elements, capacity *cap; grown with
 * dl_grow from util.h). */
dl_status dl_split_sentences(const char *text, size_t start, size_t end,
                             uint32_t para, dl_sentence **out, size_t *n,
                             size_t *cap);

#endif
