/*
 * html.h -- internals of html.c shared with the C tests: the small JSON
 * reader used for JSON-LD, and the date and author normalizers.
 *
 * The public entry points (dl_html_extract, dl_html_doc_free) are declared
 * in dateline.h, section "HTML".
 */
#ifndef DL_HTML_H
#define DL_HTML_H

#include <stddef.h>
#include <stdint.h>

#include "dateline.h"

/* ---- JSON (only what JSON-LD needs) --------------------------------- */

enum { DL_JSON_NULL = 0, DL_JSON_BOOL, DL_JSON_NUMBER, DL_JSON_STRING,
       DL_JSON_ARRAY, DL_JSON_OBJECT };

/* One value.  Strings keep the raw span between the quotes (escapes
 * undecoded); members of objects also keep their key's raw span.
 * Children are linked through `next` (indexes into the node array,
 * 0 = none: node 0 is always the root). */
typedef struct dl_json_node {
  uint32_t key_start, key_len;   /* object members only */
  uint32_t start, len;           /* strings: inside the quotes */
  uint32_t first, next;          /* first child, next sibling */
  uint8_t type;
} dl_json_node;

typedef struct dl_json {
  const char *src;
  dl_json_node *nodes;
  size_t n, cap;
} dl_json;

/* Parse src[0..len) (leading junk such as "<!--" or "//<![CDATA[" before
 * the first '{' or '[' is skipped).  Returns DL_OK, DL_EARG on malformed
 * JSON, DL_ELIMIT past DL_MAX_JSON_DEPTH, DL_ENOMEM.  Free with
 * dl_json_free in every case. */
dl_status dl_json_parse(const char *src, size_t len, dl_json *j);
void dl_json_free(dl_json *j);

/* The member `key` of object node obj, or 0 (0 is never a member). */
uint32_t dl_json_get(const dl_json *j, uint32_t obj, const char *key);

/* Decode the string node i (escapes, \u surrogate pairs, HTML entities),
 * collapse white space, and write at most cap-1 bytes plus a NUL into
 * out.  Returns the length written (0 when i is not a string). */
size_t dl_json_str(const dl_json *j, uint32_t i, char *out, size_t cap);

/* ---- normalizers ----------------------------------------------------- */

/* Normalize a date string from a page ("2024-10-22T14:03:00.000Z",
 * "2024/10/22", "20241022", "Tue, 22 Oct 2024 14:03 GMT", "October 22,
 * 2024") to ISO 8601 in out (>= 32 bytes).  Returns 1 on success. */
int dl_html_norm_date(const char *s, size_t len, char *out);

/* Split a byline ("By Jane Doe and John Roe, Reuters") into names,
 * dropping "By", roles and agency names.  Calls add(ctx, name, n) for
 * each name in order.  Returns the number of names. */
size_t dl_html_split_authors(const char *s, size_t len,
                             void (*add)(void *ctx, const char *name, size_t n),
                             void *ctx);

/* ---- pre-pass ------------------------------------------------------- */

/* The UTF-8 page s[0..n) without the bodies of <script> (but JSON-LD's),
 * <style> and inline <svg> drawings, and with comments emptied, tokenized
 * the way libxml2's HTML parser does; where that is not certain, the rest
 * of the page is copied unchanged.  *out (NUL-terminated, *out_len bytes)
 * is the caller's to free.  Returns DL_OK or DL_ENOMEM. */
dl_status dl_html_strip_raw(const char *s, size_t n, char **out, size_t *out_len);

/* For the tests: 1 when every table html.c bisects (tags, hints, meta
 * keys, agencies, roles, entities, attributes, SVG names) is in strictly
 * increasing strcmp order. */
int dl_html_tables_ok(void);

#endif
