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
  const struct dl_gazetteer *gazetteer;  /* user gazetteer for entities, or
                         NULL (see "Entities"); not owned */
  int lang;           /* DL_LANG_* of the text (Date values); 0 = English */
  unsigned tz_flags;  /* DL_TZ_*: readings of ambiguous zone abbreviations
                         (CST = US Central unless DL_TZ_CST_CHINA) */
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

/* The day/month order a document's numeric dates show: DL_DAYFIRST_YES
 * when one reads day-first only (13/03/2023), DL_DAYFIRST_NO when one
 * reads month-first only (03/13/2023), DL_DAYFIRST_INFER when none
 * decides (such documents are read month-first).  Linear in len. */
int dl_timex_dayfirst(const char *text, size_t len);

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
/* The date of a time stamp line near the top ("Published 19 February
 * 2022", "Updated 4:20 PM EST, March 4, 2025"), looked for only when the
 * options gave no reference date; NULL when none. */
const dl_date *dl_article_stamp(const dl_article *a);
/* A digest of wire stories ("BERLIN, March 3 (Reuters) - …", then
 * "NAIROBI, March 4 (Reuters) - …" further down): the datelines, each
 * with an agency and a day, that open later body paragraphs of an article
 * whose own dateline has both; *n their count (0 for one story).  The
 * article's dateline is not among them. */
const dl_dateline *dl_article_item_datelines(const dl_article *a, size_t *n);
/* The article's temporal expressions (dl_timex_scan_lang), resolved
 * against its own date: a full dateline date, else opts->ref, else a time
 * stamp line's date; in a digest, each item from its dateline on against
 * the item's date.  text and len are those the article was parsed from.
 * Appends to *out. */
dl_status dl_article_timexes(const dl_article *a, const char *text, size_t len,
                             const dl_options *opts, dl_timex_list *out);

/* Tokenize text[0..len) into *out (caller frees *out with free()).
 * On DL_OK *out may be NULL when *n is 0. */
dl_status dl_tokenize(const char *text, size_t len, dl_token **out, size_t *n);

/* ------------------------------------------------------------------ */
/* HTML (html.c): news web pages to main text and metadata            */
/* ------------------------------------------------------------------ */

/* Work caps of dl_html_extract.  Reaching one is an error whose message
 * (dl_html_doc.error) names the limit. */
#define DL_MAX_HTML 67108864         /* bytes of HTML accepted (64 MiB) */
#define DL_MAX_HTML_DEPTH 256        /* element nesting kept; deeper elements
                                        are dropped with their content */
#define DL_MAX_HTML_NODES 1048576    /* elements, texts and comments of a page;
                                        the rest of the page is left out */
#define DL_MAX_HTML_ATTRS 32         /* attributes of one element read (of those
                                        the extraction uses); more are ignored */
#define DL_MAX_JSON_DEPTH 32         /* nesting inside one JSON-LD block */
#define DL_MAX_HTML_AUTHORS 16       /* authors kept */
#define DL_MAX_HTML_META 2048        /* bytes kept of one metadata string */

typedef struct dl_html_options {
  int title;   /* non-zero: the title is the first paragraph of the text
                  (so dl_article_parse sees it as the headline); default 1 */
} dl_html_options;

void dl_html_options_init(dl_html_options *o);

/* What dl_html_extract gives.  Every string is malloc'd, NUL-terminated,
 * valid UTF-8 with white space collapsed, or NULL when absent.  Dates are
 * ISO 8601: "2024-10-22" or "2024-10-22T14:03:00Z" / "...+02:00". */
typedef struct dl_html_doc {
  char *text;          /* main text: paragraphs separated by blank lines */
  size_t len;          /* bytes of text */
  char *title, *published, *modified, *site, *lang, *url, *description;
  char **authors;      /* nauthors names, "By", roles and agencies removed */
  size_t nauthors;
  const char *error;   /* static message when the status is not DL_OK */
} dl_html_doc;

/* Parse a web page with libxml2's HTML parser (recovering, no network, no
 * external entities) and extract its main text and metadata into *out.
 * Input of 0 bytes gives an empty text and no metadata.  Invalid UTF-8 and
 * NUL bytes are read as U+FFFD when the page is UTF-8 (declared or not).
 * Returns DL_OK, DL_ENOMEM, or DL_ELIMIT (too large: DL_MAX_HTML) with
 * out->error set.  opts may be NULL.
 * On any status the caller frees *out with dl_html_doc_free (safe on a
 * zeroed or already freed doc). */
dl_status dl_html_extract(const char *html, size_t len,
                          const dl_html_options *opts, dl_html_doc *out);
void dl_html_doc_free(dl_html_doc *d);


/* ------------------------------------------------------------------ */
/* Quotes                                                              */
/* ------------------------------------------------------------------ */

/* Work caps of the quote finder. */
#define DL_MAX_QUOTE_DEPTH 8        /* open marks kept per paragraph (nesting) */
#define DL_MAX_QUOTE_LOOKBACK 400   /* bytes before a quote read for its attribution */
#define DL_MAX_QUOTE_LOOKAHEAD 200  /* bytes after a quote read for its attribution */

/* A direct quotation.  Spans with len 0 are absent. */
typedef struct dl_quote {
  uint32_t start, len;   /* the content, without the quote marks */
  dl_span outer;         /* the whole quote, marks included; an unclosed quote
                            ends with its paragraph, unless the next paragraph
                            opens with a mark of the same kind (the newspaper
                            convention for a quote running over paragraphs):
                            then it continues there */
  dl_span speaker;       /* the mention naming the speaker in this quote's
                            attribution: a name ("President Xi") or a pronoun */
  dl_span resolved;      /* the name mention the speaker resolves to: itself
                            for a name, the antecedent for a pronoun */
  dl_span name;          /* resolved without titles and nationality
                            ("Chinese President Xi Jinping" -> "Xi Jinping") */
  dl_span cue;           /* the cue word: "said", "stating", "according" */
  uint8_t partial;       /* a phrase quoted inside a sentence (scare quote) */
  uint8_t via_pronoun;   /* speaker is a pronoun; `resolved` is its
                            antecedent, or absent (len 0) when none fits */
  uint8_t closed;        /* 0 when the closing mark is missing */
  uint8_t inherited;     /* no attribution of its own: continues the
                            previous quote's speaker */
} dl_quote;

/* A growable list of quotes, owned by the caller. */
typedef struct dl_quote_list {
  dl_quote *items;
  size_t n, cap;
} dl_quote_list;

void dl_quote_list_init(dl_quote_list *l);
void dl_quote_list_free(dl_quote_list *l);

/* Find the direct quotes of text[0..len) and attribute them to speakers.
 * paras (npara of them, as from dl_article_paras) give the paragraphs;
 * headline, byline and boilerplate paragraphs are skipped.  With paras
 * NULL the text is split into paragraphs here.  Appends to *out in text
 * order; top-level quotes only (a quote nested in another is part of its
 * content).  Linear in len. */
dl_status dl_quotes_scan(const char *text, size_t len, const dl_para *paras,
                         size_t npara, dl_quote_list *out);

/* ------------------------------------------------------------------ */
/* Entities (entities.c, gazetteer.c)                                  */
/* ------------------------------------------------------------------ */

typedef enum {
  DL_ENT_NONE = 0,
  DL_ENT_PERSON,
  DL_ENT_LOCATION,
  DL_ENT_ORGANIZATION,
  DL_ENT_MISC          /* nationalities and other names ("Chinese") */
} dl_entity_type;

/* "PERSON", "LOCATION", "ORGANIZATION", "MISC" ("" for DL_ENT_NONE), and
 * back (DL_ENT_NONE for an unknown name). */
const char *dl_entity_type_name(int type);
int dl_entity_type_parse(const char *s, size_t len);

/* A gazetteer: names (with aliases) compiled into one multi-pattern
 * automaton.  Build with dl_gazetteer_new, dl_gazetteer_add and
 * dl_gazetteer_alias, then dl_gazetteer_compile; after that it is
 * read-only and may be shared by any number of articles and threads.
 * The caller frees it with dl_gazetteer_free, after the last use of any
 * dl_entities found with it (entity names may point into it). */
typedef struct dl_gazetteer dl_gazetteer;

enum { DL_GAZ_IGNORE_CASE = 1 };   /* flags of dl_gazetteer_new */

/* The longest name or alias, in bytes (longer ones are DL_EARG). */
#define DL_MAX_GAZ_NAME 256

dl_status dl_gazetteer_new(unsigned flags, dl_gazetteer **out);
/* Add an entry; *entry (may be NULL) receives its index for aliases.
 * type is a dl_entity_type other than DL_ENT_NONE; id may be NULL. */
dl_status dl_gazetteer_add(dl_gazetteer *g, const char *name, size_t len,
                           int type, const char *id, size_t idlen,
                           uint32_t *entry);
dl_status dl_gazetteer_alias(dl_gazetteer *g, uint32_t entry,
                             const char *alias, size_t len);
dl_status dl_gazetteer_compile(dl_gazetteer *g);
void dl_gazetteer_free(dl_gazetteer *g);
size_t dl_gazetteer_size(const dl_gazetteer *g);   /* number of entries */

/* The built-in gazetteer (ISO 3166 countries and subdivisions, GeoNames
 * cities, curated organizations, news agencies, demonyms and titles),
 * compiled from the const tables of gazetteer_data.c.  Build it once and
 * share it; the caller frees it with dl_gazetteer_free. */
dl_status dl_gazetteer_builtin(dl_gazetteer **out);

/* A mention of an entity: the whole phrase ("Russian President Vladimir
 * Putin") and the name inside it ("Vladimir Putin"). */
typedef struct dl_mention {
  uint32_t start, len;
  uint32_t name_start, name_len;
  uint32_t entity;          /* index of its entity */
  int32_t prev_person;      /* last PERSON mention starting before this
                               one, or -1 (see dl_entities_last_person) */
  uint8_t type;             /* dl_entity_type of the entity */
} dl_mention;

/* An entity: its mentions merged.  name/id/country/region/tz point into
 * the text or into a gazetteer (valid while both live); strings other than
 * name are NUL-terminated, "" when absent. */
typedef struct dl_entity {
  const char *name;         /* canonical name: the fullest form; a name
                               that a line break or a tab runs through
                               ("Angela\nMerkel" of hard-wrapped text) is
                               a copy with each run of spaces, tabs and
                               line breaks made one space, owned by the
                               dl_entities
                               (freed with it); any other points into the
                               text or the gazetteer (not NUL-terminated) */
  uint32_t name_len;
  uint8_t type;             /* dl_entity_type */
  uint8_t gender;           /* 0 unknown, 1 male, 2 female (from titles
                               such as Mr./Mrs. and given names) */
  const char *id;           /* gazetteer id ("CN", "Q15031") or "" */
  const char *country;      /* country of a place or nationality, or "" */
  const char *region;       /* region of a city, or "" */
  const char *tz;           /* IANA time zone of a place, or "" */
  uint32_t population;      /* of a city, or 0 */
  dl_span title;            /* "President" (len 0 when none) */
  dl_span nationality;      /* "Russian" (len 0 when none) */
  uint32_t first;           /* its mentions: dl_entities_entity_mentions */
  uint32_t nmentions;
} dl_entity;

typedef struct dl_entities dl_entities;

/* The largest number of mentions kept per text (further ones are
 * dropped: the result stays linear in size). */
#define DL_MAX_MENTIONS 100000

/* Find the people, places, organizations and nationalities of the
 * sentences sents[0..nsent) of text.  builtin and user may be NULL.  On
 * success *out owns the result (caller frees with dl_entities_free). */
dl_status dl_entities_find(const char *text, size_t len,
                           const dl_sentence *sents, size_t nsent,
                           const dl_gazetteer *builtin,
                           const dl_gazetteer *user, dl_entities **out);

/* The same over an article: its body sentences and its dateline place. */
dl_status dl_article_entities(const dl_article *a, const char *text,
                              const dl_gazetteer *builtin,
                              const dl_gazetteer *user, dl_entities **out);
/* The same in language lang (dl_options.lang): DL_LANG_EN (the default)
 * and DL_LANG_AUTO guess it from the text (dl_lang_guess), as
 * dl_entities_find and dl_article_entities do.  In a text that is not
 * English only gazetteer names and people after a title of that language
 * ("Präsidentin Aino Lehtola", "le président Marc Dupont") are found:
 * the English rules would take every capitalized noun for a name. */
dl_status dl_article_entities_lang(const dl_article *a, const char *text,
                                   const dl_gazetteer *builtin,
                                   const dl_gazetteer *user, int lang,
                                   dl_entities **out);

void dl_entities_free(dl_entities *e);

size_t dl_entities_count(const dl_entities *e);
const dl_entity *dl_entities_get(const dl_entities *e, size_t i);
/* All mentions in order of their starts.  They never overlap, but for
 * a nationality inside a person's mention ("Chinese" of "Chinese Premier
 * Li Peng"), also a MISC mention: it lies right before the person's (the
 * same start) or right after it. */
size_t dl_entities_nmentions(const dl_entities *e);
const dl_mention *dl_entities_mentions(const dl_entities *e);
/* The mentions of entity i: indexes into dl_entities_mentions, in text
 * order; *n receives their number. */
const uint32_t *dl_entities_entity_mentions(const dl_entities *e, size_t i,
                                            size_t *n);
/* The entity one of whose mentions covers text[start, start + len) (of
 * a person's and the nationality's inside it, the person's), or -1. */
long dl_entities_at(const dl_entities *e, uint32_t start, uint32_t len);
/* The last PERSON mention starting before byte pos (index into
 * dl_entities_mentions), or -1; gender 1/2 restricts it to entities of
 * that gender or of unknown gender, 0 takes any. */
long dl_entities_last_person(const dl_entities *e, uint32_t pos, int gender);

/* The merged entity that speaks each quote of ql (speakers.c): who[i]
 * (ql->n slots) receives the entity of e whose mention names quote i's
 * speaker ("Xi", "President Xi" and "he" all give the entity "Xi
 * Jinping"), or NULL.  builtin and user are the gazetteers e was found
 * with (either may be NULL): a one-word short form they list ("Fed")
 * speaks for its organization.  text is the text both were found in. */
void dl_quotes_speakers(const dl_quote_list *ql, const dl_entities *e, const char *text,
                        const dl_gazetteer *builtin, const dl_gazetteer *user,
                        const dl_entity **who);


/* ------------------------------------------------------------------ */
/* Date values (date.c, tz.c, i18n.c)                                  */
/* ------------------------------------------------------------------ */

/* Languages of dl_options.lang. */
enum {
  DL_LANG_EN = 0, DL_LANG_RU, DL_LANG_ZH, DL_LANG_DE, DL_LANG_FR,
  DL_LANG_ES, DL_LANG_AUTO
};
/* "en", "ru", ... "auto" and back (-1 for an unknown name). */
const char *dl_lang_name(int lang);
int dl_lang_parse(const char *s, size_t len);
/* The language of a text guessed from its script and common words
 * (never DL_LANG_AUTO; DL_LANG_EN when nothing points elsewhere). */
int dl_lang_guess(const char *text, size_t len);

/* Flags of dl_options.tz_flags: the other reading of an ambiguous zone
 * abbreviation (defaults: CST -06:00, IST +05:30, AST -04:00). */
enum { DL_TZ_CST_CHINA = 1, DL_TZ_IST_ISRAEL = 2, DL_TZ_AST_ARABIA = 4 };

typedef enum {
  DL_GRAN_NONE = 0, DL_GRAN_YEAR, DL_GRAN_QUARTER, DL_GRAN_MONTH,
  DL_GRAN_WEEK, DL_GRAN_DAY, DL_GRAN_HOUR, DL_GRAN_MINUTE, DL_GRAN_SECOND
} dl_granularity;

/* "year", "quarter", ... "second" ("" for DL_GRAN_NONE). */
const char *dl_granularity_name(int gran);

/* A date value: a point of the proleptic Gregorian calendar, years
 * 1..9999, at a granularity.  year/month/day is always a real date: the
 * first day of the period for coarse granularities (the Monday of a
 * week).  Fields finer than the granularity are 0.  offset_min is the UTC
 * offset in minutes east when has_offset is set; a value without one is
 * compared and converted as if it were UTC. */
typedef struct dl_datetime {
  int year, month, day;
  int hour, min, sec;          /* sec may be 60 (a leap second) */
  int32_t nsec;                /* fraction of the second, 0..999999999 */
  int offset_min;
  uint8_t has_offset;
  uint8_t gran;                /* dl_granularity */
} dl_datetime;

/* Why a string is not a date: a static message and the 0-based byte
 * position in the string where the problem is. */
typedef struct dl_date_error {
  const char *msg;
  size_t pos;
} dl_date_error;

enum { DL_DATE_EPOCH = 1 };   /* flags: digits are Unix epoch seconds */

#define DL_MAX_DATE_STRING 256  /* longest date dl_datetime_parse reads (white space around it not counted) */
#define DL_DATETIME_ISO_MAX 48  /* room for dl_datetime_iso, NUL included */

/* Parse the whole of s[0..len) (surrounding white space ignored) as one
 * date: ISO 8601 (calendar, week, ordinal; times, fractions, offsets),
 * RFC 3339, RFC 2822 / RSS, HTTP dates (IMF-fixdate, RFC 850, asctime),
 * "22-FEB-1987 15:07:13.72", numeric dates (opts->dayfirst), month-name
 * dates ("Oct. 22nd, 2024"), Unix epoch seconds (DL_DATE_EPOCH), and
 * whatever the temporal recognizer (dl_timex_scan_lang) reads as one
 * expression covering the whole string (after an optional preposition:
 * "в прошлом году", "on Tuesday"), resolved against opts->ref.  With
 * opts->lang English (the default) or AUTO, a string that reads as
 * another language ("22 марта 2023 года") is read as that language.
 * opts may be NULL.  Returns DL_OK, DL_EARG (not a date: *err says why
 * and where), DL_ENOMEM or DL_ELIMIT (longer than DL_MAX_DATE_STRING). */
dl_status dl_datetime_parse(const char *s, size_t len, const dl_options *opts,
                            unsigned flags, dl_datetime *out, dl_date_error *err);

/* A TIMEX3 value ("2024-W43", "1998-SU", "198", "2024-10-22TAF") as a
 * date at its granularity, plus the first and last days of the period
 * it names (day granularity; first/last may be NULL).  Values with X
 * placeholders, durations and PRESENT_REF-like references are DL_EARG. */
dl_status dl_datetime_from_timex(const char *v, size_t len, dl_datetime *out,
                                 dl_datetime *first, dl_datetime *last,
                                 dl_date_error *err);

/* The ISO 8601 form at the date's granularity ("2024", "2024-Q3",
 * "2024-10", "2024-W43", "2024-10-22", "2024-10-22T14+03:00",
 * "2024-10-22T14:05:00.72Z"); returns its length (truncated to cap-1). */
size_t dl_datetime_iso(const dl_datetime *d, char *out, size_t cap);

/* strftime-like formatting, locale-free, English names: %Y %m %d %H %M
 * %S %j %a %A %b %B %z %G %V %u %% (and %y %e %F %T).  Writes at most
 * cap-1 bytes and a NUL; *outlen receives the length.  An unknown
 * directive is DL_EARG with err->pos at its '%'; output longer than cap
 * is DL_ELIMIT (5 * fmtlen + 1 bytes always suffice). */
dl_status dl_datetime_format(const dl_datetime *d, const char *fmt, size_t fmtlen,
                             char *out, size_t cap, size_t *outlen,
                             dl_date_error *err);

/* Add years and months (end-of-month clamping: Jan 31 + 1 month = Feb 28
 * or 29), then days, then seconds.  The granularity becomes at least
 * that of the finest unit added with a non-zero amount (hour for
 * seconds that are whole hours, ...).  DL_EARG when the result leaves
 * years 1..9999 (*d is then unchanged). */
dl_status dl_datetime_add(dl_datetime *d, int64_t years, int64_t months,
                          int64_t days, int64_t seconds);

/* Seconds since 1970-01-01T00:00Z of the date's first instant (offset
 * applied; none means UTC), and the inverse (the result has second
 * granularity, the given offset, and nsec 0; DL_EARG for an offset beyond
 * +-1439 minutes or a result outside years 1..9999). */
int64_t dl_datetime_epoch(const dl_datetime *d);
dl_status dl_datetime_from_epoch(int64_t secs, int offset_min, int has_offset,
                                 dl_datetime *out);

/* Ordering of the instants (-1, 0, 1), then of the granularities
 * (coarser first).  a - b in days, fractions for times. */
int dl_datetime_cmp(const dl_datetime *a, const dl_datetime *b);
double dl_datetime_diff_days(const dl_datetime *a, const dl_datetime *b);

/* The same instant at another offset (minutes east).  Values coarser
 * than an hour carry no offset and are returned unchanged.  DL_EARG out
 * of range. */
dl_status dl_datetime_to_offset(dl_datetime *d, int offset_min);

/* First and last day of the period a value names (day granularity). */
void dl_datetime_bounds(const dl_datetime *d, dl_datetime *first,
                        dl_datetime *last);

/* The UTC offset (seconds east) of the IANA zone `zone` ("Europe/Moscow")
 * at the UTC instant utc_seconds, from the TZif file under zoneinfo_root
 * (NULL or "" = "/usr/share/zoneinfo").  DL_EARG for a bad or unknown
 * zone name or a malformed file, DL_ELIMIT for a file larger than
 * DL_MAX_TZIF_BYTES (tz.h).  Reads the file at every call. */
dl_status dl_tz_offset(const char *zoneinfo_root, const char *zone,
                       int64_t utc_seconds, int *offset_sec);

/* Temporal expressions of ru/zh/de/fr/es text (dates with month names,
 * "22 марта 2023 года", "2023年3月22日", deictic and relative words:
 * "вчера", "上周二", "la semaine dernière") for language lang (DL_LANG_*;
 * AUTO guesses; EN finds nothing), resolved against opts->ref.  Appends
 * to *out in text order. */
dl_status dl_i18n_scan(const char *text, size_t len, const dl_options *opts,
                       int lang, dl_timex_list *out);

/* dl_timex_scan, plus dl_i18n_scan when opts->lang is not English, the
 * two merged in text order (where they overlap, the longer one wins). */
dl_status dl_timex_scan_lang(const char *text, size_t len,
                             const dl_options *opts, dl_timex_list *out);

#ifdef __cplusplus
}
#endif
#endif
