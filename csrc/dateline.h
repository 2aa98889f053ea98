/*
 * dateline.h -- public API of the dateline C core.
 *
 * dateline reads news articles: paragraphs, sentences, headline, byline,
 * trailing boilerplate, the dateline ("WASHINGTON, Oct 3 (Reuters) -"), and
 * temporal expressions normalized the TIMEX3 way.
 *
 * The core is a plain C99 library: it knows nothing of Lua, has no mutable
 * global state (every function is reentrant), never aborts, and never reads
 * the machine's clock, time zone or locale.
 *
 * Results are spans: 0-based byte offsets into the caller's text, which is
 * never copied or modified.  The caller keeps the text alive for as long as
 * it uses the spans.
 */
#ifndef DATELINE_H
#define DATELINE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DL_VERSION "0.1.0"

/* The largest text the core accepts, in bytes.  Offsets are stored as
 * uint32_t to keep result arrays compact. */
#define DL_MAX_TEXT 0xFFFFFF00u

/* Status codes.  Every fallible function returns one of these. */
typedef enum {
  DL_OK = 0,
  DL_ENOMEM,   /* an allocation failed */
  DL_ELIMIT,   /* a named work cap was reached (see the DL_MAX_* constants) */
  DL_EARG      /* an argument was malformed (e.g. a bad reference date) */
} dl_status;

/* A message for a status code (static string, never NULL). */
const char *dl_strerror(dl_status st);

/* A span of the caller's text: bytes [start, start + len). */
typedef struct dl_span {
  uint32_t start;
  uint32_t len;
} dl_span;

/* ------------------------------------------------------------------ */
/* Dates                                                               */
/* ------------------------------------------------------------------ */

/* A calendar date; 0 in a field means "unknown" (year 0 is never valid,
 * the supported range is 1..9999).  Times: hour/min/sec are -1 when absent.
 * tz_min is the UTC offset in minutes when has_tz is set. */
typedef struct dl_date {
  int year, month, day;
  int hour, min, sec;
  int tz_min;
  int has_tz;
} dl_date;

/* Parse "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]" into *out.
 * Returns DL_OK, or DL_EARG when s is not such a date. */
dl_status dl_date_parse_iso(const char *s, size_t len, dl_date *out);

/* ------------------------------------------------------------------ */
/* Options                                                             */
/* ------------------------------------------------------------------ */

enum { DL_DAYFIRST_INFER = -1, DL_DAYFIRST_NO = 0, DL_DAYFIRST_YES = 1 };
enum { DL_ANCHOR_REF = 0, DL_ANCHOR_LAST = 1 };

typedef struct dl_options {
  dl_date ref;        /* reference (publication) date; year 0 = none */
  int dayfirst;       /* DL_DAYFIRST_* for numeric dates like 3/4/2023 */
  int anchor;         /* DL_ANCHOR_*: resolve relative dates against the
                         reference date (news) or the last date (narrative) */
} dl_options;

/* Fill *o with the defaults: no reference date, dayfirst inferred,
 * anchor = DL_ANCHOR_REF. */
void dl_options_init(dl_options *o);

/* ------------------------------------------------------------------ */
/* Temporal expressions (TIMEX3)                                       */
/* ------------------------------------------------------------------ */

typedef enum {
  DL_TIMEX_DATE = 0,
  DL_TIMEX_TIME,
  DL_TIMEX_DURATION,
  DL_TIMEX_SET
} dl_timex_type;

typedef enum {
  DL_MOD_NONE = 0,
  DL_MOD_BEFORE, DL_MOD_AFTER, DL_MOD_ON_OR_BEFORE, DL_MOD_ON_OR_AFTER,
  DL_MOD_LESS_THAN, DL_MOD_MORE_THAN, DL_MOD_EQUAL_OR_LESS,
  DL_MOD_EQUAL_OR_MORE, DL_MOD_START, DL_MOD_MID, DL_MOD_END,
  DL_MOD_APPROX, DL_MOD_EARLY, DL_MOD_LATE
} dl_timex_mod;

#define DL_TIMEX_VALUE_MAX 40   /* longest value, NUL included */

typedef struct dl_timex {
  uint32_t start, len;                /* span in the text */
  uint8_t type;                       /* dl_timex_type */
  uint8_t mod;                        /* dl_timex_mod */
  char value[DL_TIMEX_VALUE_MAX];     /* TIMEX3 value, e.g. "2024-10-22TAF" */
  char anchor[DL_TIMEX_VALUE_MAX];    /* value it was resolved from, or "" */
  char freq[12];                      /* SET frequency, e.g. "2X", or "" */
  char quant[12];                     /* SET quantifier, e.g. "EACH", or "" */
} dl_timex;

/* Names for the enums ("DATE", "APPROX", ...); "" for DL_MOD_NONE. */
const char *dl_timex_type_name(int type);
const char *dl_timex_mod_name(int mod);

/* A growable list of timexes, owned by the caller: initialize with
 * dl_timex_list_init, release with dl_timex_list_free. */
typedef struct dl_timex_list {
  dl_timex *items;
  size_t n, cap;
} dl_timex_list;

void dl_timex_list_init(dl_timex_list *l);
void dl_timex_list_free(dl_timex_list *l);

/* Find and normalize every temporal expression of text[0..len).
 * Appends to *out in text order.  opts may be NULL (defaults). */
dl_status dl_timex_scan(const char *text, size_t len, const dl_options *opts,
                        dl_timex_list *out);

/* ------------------------------------------------------------------ */
/* Articles: structure and dateline                                    */
/* ------------------------------------------------------------------ */

/* Paragraph roles (bit flags of dl_para.flags). */
enum {
  DL_PARA_HEADLINE    = 1u << 0,  /* the article's headline */
  DL_PARA_BYLINE      = 1u << 1,  /* "By Jane Doe, Reuters" */
  DL_PARA_BOILERPLATE = 1u << 2,  /* "Also read: ...", "Reuter", credits */
  DL_PARA_DATELINE    = 1u << 3   /* begins with the dateline */
};

typedef struct dl_para {
  uint32_t start, len;   /* trimmed of surrounding white space */
  uint32_t flags;        /* DL_PARA_* */
} dl_para;

typedef struct dl_sentence {
  uint32_t start, len;   /* trimmed; never crosses a paragraph */
  uint32_t para;         /* index of its paragraph */
} dl_sentence;

/* Token classes. */
typedef enum {
  DL_TOK_WORD = 0,   /* letters (may contain ' - . inside: U.S., don't) */
  DL_TOK_NUMBER,     /* digits, with , . / : - inside (2.5, 1,000, 3/4) */
  DL_TOK_PUNCT,      /* other punctuation */
  DL_TOK_QUOTE,      /* " ' “ ” ‘ ’ « » „ */
  DL_TOK_DASH,       /* - -- – — */
  DL_TOK_SYMBOL      /* anything else ($, %, emoji, U+FFFD for bad bytes) */
} dl_token_class;

typedef struct dl_token {
  uint32_t start, len;
  uint8_t cls;          /* dl_token_class */
} dl_token;

/* The dateline of an article.  Spans with len 0 are absent. */
typedef struct dl_dateline {
  dl_span span;      /* the whole dateline, separator included */
  dl_span place;     /* "SANTA CRUZ, Calif." (city plus region/country) */
  dl_span city;      /* "SANTA CRUZ" */
  dl_span region;    /* "Calif." */
  dl_span agency;    /* "Reuters", "TDI", "PRNewswire" */
  dl_date date;      /* year 0 when unknown; month 0 when no date */
  char iso[11];      /* "2023-03-22", "XXXX-02-26", or "" */
} dl_dateline;

typedef struct dl_article dl_article;

/* Parse the structure of an article (paragraphs, sentences, headline,
 * byline, boilerplate, dateline).  On success *out owns the result; the
 * caller frees it with dl_article_free.  text must outlive the article. */
dl_status dl_article_parse(const char *text, size_t len,
                           const dl_options *opts, dl_article **out);
void dl_article_free(dl_article *a);

size_t dl_article_npara(const dl_article *a);
const dl_para *dl_article_paras(const dl_article *a);
size_t dl_article_nsentences(const dl_article *a);
const dl_sentence *dl_article_sentences(const dl_article *a);
/* NULL when the article has no dateline. */
const dl_dateline *dl_article_dateline(const dl_article *a);

/* Tokenize text[0..len) into *out (caller frees *out with free()).
 * On DL_OK *out may be NULL when *n is 0. */
dl_status dl_tokenize(const char *text, size_t len, dl_token **out, size_t *n);

#ifdef __cplusplus
}
#endif
#endif
