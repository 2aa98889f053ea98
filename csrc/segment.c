/*
 * segment.c -- paragraphs, paragraph roles, sentences and tokens.
 *
 * Everything here is a forward scan over the caller's bytes and reports
 * spans into them.  Word lists (abbreviations, sentence starters,
 * boilerplate openers) are sorted tables searched by binary search.
 *
 * Paragraphs.  The text is cut into blocks at blank lines (a line of only
 * white space: spaces, tabs, CR, NBSP and the other Unicode spaces).  A
 * block of several lines is then cut further at line breaks that are not
 * soft wraps:
 *   - every line is a paragraph when the block's longest line is longer
 *     than DL_WRAP_MAX characters, or when every line of a block of three
 *     or more ends a sentence (one-paragraph-per-line text);
 *   - a table line (column gaps: a run of 3+ spaces, a tab, a dotted
 *     leader "....", or two double spaces) is a paragraph of its own;
 *   - a line indented more than the block's least indented line starts a
 *     paragraph (hard-wrapped wire copy: "    Some analysts said ...");
 *   - a line starting with a bullet starts a paragraph;
 *   - otherwise the break is a hard break when the first word of the next
 *     line would clearly have fitted on the line (the reflow test: a soft
 *     wrap happens only because the next word did not fit).
 *
 * Sentences.  Candidate ends are . ! ? and the ellipsis; after the run of
 * terminators and closing quotes/brackets there must be white space and a
 * sentence opener (upper-case letter, digit, opening quote or bracket
 * followed by one).  After a period the word before it decides:
 * titles (Mr. Gen. St.) never end a sentence, "No." ends one unless a
 * number follows, other abbreviations, initials and dotted acronyms
 * (Inc. Oct. Calif. U.S. J.R.R.) and ellipses end one only before a clear
 * sentence starter (The, He, But, ...).
 */
#include "segment.h"
#include "datelines.h"
#include "gazetteer.h"

#include <string.h>
#ifdef __SSE2__
/* count_words, find_term, is_table_row: sixteen bytes a step (x86-64 always) */
#include <emmintrin.h>
#endif

#include "calendar.h"
#include "text.h"
#include "tz.h"
#include "util.h"

#ifdef __SSE2__
/* Sixteen bytes at p, unaligned (through void *: no cast-align warning). */
static inline __m128i load16(const void *p)
{
  return _mm_loadu_si128((const __m128i *)p);
}

/* The index of the lowest set bit of m (m != 0). */
static inline unsigned low_bit(unsigned m)
{
#if defined(__GNUC__)
  return (unsigned)__builtin_ctz(m);
#else
  unsigned p = 0;
  while (!(m & 1u)) { m >>= 1; p++; }
  return p;
#endif
}

/* The runs of next_run among the sixteen bytes at p (and the byte after
 * them, for the pairs): bit q for a run at p + q. */
static inline unsigned run_bits(const unsigned char *p)
{
  const __m128i sp = _mm_set1_epi8(' '), tab = _mm_set1_epi8('\t'), dot = _mm_set1_epi8('.');
  __m128i x = load16(p), y = load16(p + 1);
  return (unsigned)_mm_movemask_epi8(_mm_or_si128(
      _mm_or_si128(_mm_and_si128(_mm_cmpeq_epi8(x, sp), _mm_cmpeq_epi8(y, sp)),
                   _mm_cmpeq_epi8(x, tab)),
      _mm_and_si128(_mm_cmpeq_epi8(x, dot), _mm_cmpeq_epi8(y, dot))));
}
#endif

/* Longest line (in characters) of hard-wrapped text; a block with a longer
 * line is written one paragraph per line. */
#define DL_WRAP_MAX 90
/* Lines of a block kept on the stack before the line array moves to the
 * heap. */
#define DL_STACK_LINES 64
/* Characters of tolerance of the reflow test. */
#define DL_WRAP_SLACK 3
/* Bytes scanned back from a period to find the word before it. */
#define DL_MAX_WORD 48
/* Digits of a wiki footnote's number after a sentence's stop ("[12]"). */
#define DL_MAX_NOTE_DIGITS 3
/* Headline limits. */
#define DL_MAX_HEADLINE_BYTES 200
#define DL_MAX_HEADLINE_WORDS 20
/* Longest headline that ends with '?' or '!', in words. */
#define DL_MAX_QHEADLINE_WORDS 15
/* Byline limits and how far from the top it may sit. */
#define DL_MAX_BYLINE_BYTES 160
#define DL_MAX_BYLINE_WORDS 14
#define DL_MAX_BYLINE_PARA 4
/* Links' titles under a label closing a story ("Also Read:"): how many,
 * and the longest. */
#define DL_MAX_LINK_TITLES 5
#define DL_MAX_LINK_TITLE_BYTES 160
#define DL_MAX_LIST_LABEL_BYTES 24
/* Words scanned after "Contact" for the writer's e-mail address. */
#define DL_MAX_EMAIL_WORDS 8
/* Longest trailing boilerplate paragraph. */
#define DL_MAX_BOILER_BYTES 400
/* A credit line ("X contributed to this report."): bytes, and the words
 * before "contributed". */
#define DL_MAX_CREDIT_BYTES 240
/* A photo caption ending with its credit: the paragraph, and the credit in
 * its parentheses. */
#define DL_MAX_CAPTION_BYTES 320
/* A note on the writer under the story: a sentence or two. */
#define DL_MAX_BIO_BYTES 280
/* A newsletter's prompt between paragraphs: one short line. */
#define DL_MAX_SIGNUP_BYTES 160
#define DL_MAX_CAPTION_CREDIT 80
#define DL_MAX_CREDIT_WORDS 16

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */
/* ------------------------------------------------------------------ */

/* Length of the white space at s[0..n) that is not a line break
 * (space, tab, CR, FF, VT, NBSP, Unicode spaces), or 0. */
static size_t hspace_len(const char *s, size_t n)
{
  unsigned char c;
  if (n == 0) return 0;
  c = (unsigned char)s[0];
  if (c < 0x80) return (c == ' ' || c == '\t' || c == '\r' || c == '\f'
                        || c == '\v') ? 1 : 0;
  return dl_space_len(s, n);
}

/* Upper-case letter code point (ASCII, Latin-1, Latin Extended-A, Greek,
 * Cyrillic); good enough to recognize a capitalized word. */
static int cp_is_upper(int32_t cp)
{
  if (cp < 0x80) return DL_IS_UPPER(cp) != 0;
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  /* Latin Extended-A pairs capitals with small letters, capital first,
   * except U+0139..U+0148 and U+0179..U+017E, where the capital is odd
   * ("\u0141\u00f3d\u017a" opens with an odd capital) */
  if (cp >= 0x100 && cp <= 0x17F) {
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
      return (cp & 1) == 1;
    return (cp & 1) == 0 && cp != 0x138;          /* U+0138 kra is small */
  }
  if (cp >= 0x391 && cp <= 0x3A9) return 1;
  if (cp >= 0x400 && cp <= 0x42F) return 1;
  return 0;
}

/* Letter code point, roughly: ASCII letters and the non-ASCII ranges that
 * hold letters (everything from U+00C0 except punctuation, symbols,
 * spaces and emoji). */
static int cp_is_letter(int32_t cp)
{
  if (cp < 0x80) return DL_IS_ALPHA(cp) != 0;
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp == 0xD7 || cp == 0xF7) return 0;
  if (cp >= 0x2000 && cp <= 0x2BFF) return 0;   /* punctuation, symbols */
  if (cp >= 0x3000 && cp <= 0x303F) return 0;   /* CJK punctuation */
  if (cp >= 0xE000 && cp <= 0xF8FF) return 0;   /* private use */
  if (cp >= 0xFE00 && cp <= 0xFE0F) return 0;   /* variation selectors */
  if (cp == 0xFEFF || cp == 0xFFFD) return 0;
  if (cp >= 0xFFF0 && cp <= 0xFFFF) return 0;
  if (cp >= 0x1F000) return 0;                  /* emoji and beyond */
  return 1;
}

/* Comparison of a text word with a lower-case table word, for bsearch-like
 * lookups: <0, 0, >0 as the lower-cased text word sorts before, equal to,
 * after w. */
static inline int word_cmp(const char *a, size_t n, const char *w)
{
  size_t i;
  for (i = 0; i < n; i++) {
    unsigned char x = (unsigned char)DL_LOWER(a[i]), y = (unsigned char)w[i];
    if (y == 0) return 1;
    if (x != y) return x < y ? -1 : 1;
  }
  return w[n] == 0 ? 0 : -1;
}

/* Index of a[0..n) in the sorted table of `count` entries of `size` bytes
 * whose first member is a const char *, or -1. */
static long table_find(const void *table, size_t count, size_t size,
                       const char *a, size_t n)
{
  size_t lo = 0, hi = count;
  const char *base = (const char *)table;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const char *w = *(const char *const *)(const void *)(base + mid * size);
    int c = word_cmp(a, n, w);
    if (c == 0) return (long)mid;
    if (c < 0) hi = mid; else lo = mid + 1;
  }
  return -1;
}

/* ------------------------------------------------------------------ */
/* Word tables                                                         */
/* ------------------------------------------------------------------ */

/* Abbreviation classes. */
enum {
  AB_TITLE = 1,   /* precedes a name: never ends a sentence */
  AB_NUMBER = 2,  /* "No. 5": an abbreviation only before a number */
  AB_GENERAL = 3  /* may end a sentence: split before a clear starter */
};
/* Entries that only count when capitalized in the text (Oct., Calif.). */
#define AB_CAP 0x10

typedef struct abbrev { const char *w; unsigned char cls; } abbrev;

/* Sorted (strcmp order), lower case, without the final period.  Dotted
 * forms (U.S., e.g., a.m., N.Y.) are recognized by their shape instead. */
static const abbrev ABBREVS[] = {
  {"adm", AB_TITLE | AB_CAP}, {"al", AB_GENERAL}, {"ala", AB_GENERAL | AB_CAP},
  /* "Ald. Ann Lee (9th)": a Chicago alderman */
  {"ald", AB_TITLE | AB_CAP},
  {"approx", AB_GENERAL}, {"apr", AB_GENERAL | AB_CAP},
  {"ariz", AB_GENERAL | AB_CAP}, {"ark", AB_GENERAL | AB_CAP},
  {"art", AB_NUMBER}, {"assn", AB_GENERAL}, {"assoc", AB_GENERAL},
  {"atty", AB_TITLE | AB_CAP}, {"aug", AB_GENERAL | AB_CAP},
  {"ave", AB_GENERAL | AB_CAP},
  /* "(b. 1970)", "(d. 2001)", "c. 1650": born, died, circa */
  {"b", AB_NUMBER}, {"barr", AB_TITLE | AB_CAP},
  {"bhd", AB_GENERAL | AB_CAP}, {"blvd", AB_GENERAL | AB_CAP},
  {"brig", AB_TITLE | AB_CAP}, {"bros", AB_GENERAL}, {"c", AB_NUMBER},
  {"ca", AB_NUMBER},
  {"calif", AB_GENERAL | AB_CAP}, {"capt", AB_TITLE | AB_CAP},
  {"cf", AB_GENERAL}, {"ch", AB_NUMBER}, {"cmdr", AB_TITLE | AB_CAP},
  {"co", AB_GENERAL | AB_CAP}, {"col", AB_TITLE | AB_CAP},
  {"colo", AB_GENERAL | AB_CAP}, {"comr", AB_TITLE | AB_CAP},
  {"conn", AB_GENERAL | AB_CAP}, {"corp", AB_GENERAL},
  {"cpl", AB_TITLE | AB_CAP}, {"d", AB_NUMBER}, {"dec", AB_GENERAL | AB_CAP},
  {"del", AB_GENERAL | AB_CAP}, {"dept", AB_GENERAL},
  {"det", AB_TITLE | AB_CAP}, {"dr", AB_TITLE | AB_CAP},
  {"engr", AB_TITLE | AB_CAP}, {"est", AB_GENERAL}, {"etc", AB_GENERAL},
  {"feb", AB_GENERAL | AB_CAP}, {"fig", AB_NUMBER},
  {"fla", AB_GENERAL | AB_CAP}, {"fr", AB_TITLE | AB_CAP},
  {"fri", AB_GENERAL | AB_CAP}, {"ft", AB_TITLE | AB_CAP},
  {"ga", AB_GENERAL | AB_CAP}, {"gen", AB_TITLE | AB_CAP},
  {"gov", AB_TITLE | AB_CAP}, {"govt", AB_GENERAL}, {"hj", AB_TITLE | AB_CAP},
  {"hjh", AB_TITLE | AB_CAP}, {"hon", AB_TITLE | AB_CAP},
  {"ill", AB_GENERAL | AB_CAP}, {"inc", AB_GENERAL},
  /* "incl. Baker & Holt LLP": including, a list's member follows */
  {"incl", AB_GENERAL},
  {"ind", AB_GENERAL | AB_CAP}, {"insp", AB_TITLE | AB_CAP},
  {"intl", AB_GENERAL}, {"ir", AB_TITLE | AB_CAP}, {"jan", AB_GENERAL | AB_CAP},
  {"jr", AB_GENERAL}, {"jul", AB_GENERAL | AB_CAP},
  {"jun", AB_GENERAL | AB_CAP}, {"kan", AB_GENERAL | AB_CAP},
  {"kans", AB_GENERAL | AB_CAP}, {"ky", AB_GENERAL | AB_CAP},
  {"la", AB_GENERAL | AB_CAP}, {"lt", AB_TITLE | AB_CAP}, {"ltd", AB_GENERAL},
  {"ma", AB_TITLE | AB_CAP}, {"maj", AB_TITLE | AB_CAP},
  {"mar", AB_GENERAL | AB_CAP}, {"mass", AB_GENERAL | AB_CAP},
  {"md", AB_GENERAL | AB_CAP}, {"messrs", AB_TITLE | AB_CAP},
  {"mfg", AB_GENERAL}, {"mich", AB_GENERAL | AB_CAP},
  {"minn", AB_GENERAL | AB_CAP}, {"miss", AB_GENERAL | AB_CAP},
  {"mlle", AB_TITLE | AB_CAP}, {"mme", AB_TITLE | AB_CAP},
  {"mo", AB_GENERAL | AB_CAP}, {"mohd", AB_TITLE | AB_CAP},
  {"mon", AB_GENERAL | AB_CAP}, {"mont", AB_GENERAL | AB_CAP},
  {"mr", AB_TITLE | AB_CAP}, {"mrs", AB_TITLE | AB_CAP},
  {"ms", AB_TITLE | AB_CAP}, {"msgr", AB_TITLE | AB_CAP},
  {"mt", AB_TITLE | AB_CAP}, {"muhd", AB_TITLE | AB_CAP},
  {"neb", AB_GENERAL | AB_CAP}, {"nebr", AB_GENERAL | AB_CAP},
  {"nev", AB_GENERAL | AB_CAP}, {"no", AB_NUMBER}, {"nos", AB_NUMBER},
  {"nov", AB_GENERAL | AB_CAP}, {"nr", AB_NUMBER}, {"oct", AB_GENERAL | AB_CAP},
  {"okla", AB_GENERAL | AB_CAP}, {"ore", AB_GENERAL | AB_CAP}, {"p", AB_NUMBER},
  {"pa", AB_GENERAL | AB_CAP}, {"penn", AB_GENERAL | AB_CAP}, {"pp", AB_NUMBER},
  {"pres", AB_TITLE | AB_CAP}, {"prof", AB_TITLE | AB_CAP},
  {"pte", AB_GENERAL | AB_CAP}, {"pty", AB_GENERAL | AB_CAP},
  {"pvt", AB_TITLE | AB_CAP}, {"rd", AB_GENERAL | AB_CAP},
  {"rep", AB_TITLE | AB_CAP}, {"reps", AB_TITLE | AB_CAP},
  {"rev", AB_TITLE | AB_CAP}, {"rs", AB_NUMBER}, {"sat", AB_GENERAL | AB_CAP},
  {"sec", AB_NUMBER}, {"sen", AB_TITLE | AB_CAP}, {"sens", AB_TITLE | AB_CAP},
  {"sep", AB_GENERAL | AB_CAP}, {"sept", AB_GENERAL | AB_CAP},
  {"sgt", AB_TITLE | AB_CAP}, {"smt", AB_TITLE | AB_CAP}, {"sr", AB_GENERAL},
  {"sra", AB_TITLE | AB_CAP}, {"srta", AB_TITLE | AB_CAP},
  {"st", AB_TITLE | AB_CAP}, {"sta", AB_TITLE | AB_CAP},
  {"sto", AB_TITLE | AB_CAP}, {"sun", AB_GENERAL | AB_CAP},
  {"supt", AB_TITLE | AB_CAP}, {"tenn", AB_GENERAL | AB_CAP},
  {"tex", AB_GENERAL | AB_CAP}, {"thu", AB_GENERAL | AB_CAP},
  {"thur", AB_GENERAL | AB_CAP}, {"thurs", AB_GENERAL | AB_CAP},
  {"tue", AB_GENERAL | AB_CAP}, {"tues", AB_GENERAL | AB_CAP},
  {"univ", AB_GENERAL},
  /* "Smith v. Jones": a case name goes on after it */
  {"v", AB_TITLE}, {"va", AB_GENERAL | AB_CAP}, {"vol", AB_NUMBER},
  {"vs", AB_GENERAL}, {"vt", AB_GENERAL | AB_CAP},
  {"wash", AB_GENERAL | AB_CAP}, {"wed", AB_GENERAL | AB_CAP},
  {"wis", AB_GENERAL | AB_CAP}, {"wisc", AB_GENERAL | AB_CAP},
  {"wyo", AB_GENERAL | AB_CAP}
};

/* Words that clearly open a sentence (sorted, lower case).  Used after an
 * abbreviation, an initial or an ellipsis, where a capitalized name could
 * just as well continue the sentence. */
static const char *const STARTERS[] = {
  "a", "about", "according", "after", "afterwards", "again", "all",
  "also", "although", "among", "an", "another", "any",
  "as", "at", "because", "before", "both", "but", "by", "can", "despite",
  "did", "do", "does", "during", "each", "earlier", "either", "even",
  "every", "few", "finally", "first", "for", "from", "further", "he",
  "her", "here", "his", "how", "however", "i", "if", "in", "indeed",
  "instead", "is", "it", "its", "last", "later", "many", "meanwhile",
  "more", "moreover", "most", "much", "my", "neither", "nevertheless",
  "no", "not", "now", "on", "once", "one", "only", "other", "our", "over", "separately", "several", "she", "since",
  "so", "some", "still", "such", "that", "the", "their", "then", "there",
  "these", "they", "this", "those", "though", "thus", "to", "today",
  "under", "unlike", "until", "we", "what", "when", "where", "whether",
  "while", "who", "why", "with", "within", "without", "yet",
  "you", "your"
};

/* Boilerplate openers: a first word, an optional second word, and how
 * the paragraph must continue. */
enum {
  BP_ANY = 0,     /* anything may follow */
  BP_COLON = 1,   /* a ':' '|' or dash must follow ("Related: ...") */
  BP_EXACT = 2,   /* nothing but punctuation may follow ("Reuter") */
  BP_SOCIAL = 3,  /* a social network or @handle must be named ("Follow
                     Jane Doe on X") */
  BP_AMEND = 4,   /* an amendment verb must follow within a few words
                     ("This story has been corrected ...") */
  BP_NEWSROOM = 5, /* "the" and a newsroom role must follow, or a ':' end
                      the line ("To contact the reporter ...") */
  BP_EMAIL = 6    /* an e-mail address must follow within a few words
                     ("Contact Dana Lee at dlee@example.com.") */
};
/* Openers that mark a paragraph as boilerplate anywhere in the body, not
 * only at its end ("Read more: ...", "Photo: ..."): links and credits a web
 * page puts between paragraphs. */
#define BP_MID 0x10
/* ... even when it ends as a sentence does: a link's title may be a
 * question or a sentence ("Related: Who is Lee Jae-myung?"), a pull
 * quote the line it repeats ("Pull quote: \"We won.\"") */
#define BP_SENT 0x20
typedef struct boiler { const char *w1, *w2; unsigned char kind; } boiler;

/* Sorted by w1 (strcmp order); entries sharing w1 are adjacent. */
static const boiler BOILER[] = {
  {"additional", "reporting", BP_ANY},
  {"advertisement", NULL, BP_EXACT | BP_MID},
  {"all", "rights", BP_ANY}, {"also", "read", BP_COLON | BP_MID},
  {"also", "read", BP_ANY}, {"also", "read", BP_COLON | BP_MID | BP_SENT},
  {"clarification", NULL, BP_COLON},
  {"click", "here", BP_ANY}, {"compiled", "by", BP_ANY},
  {"contact", NULL, BP_COLON}, {"contact", NULL, BP_EMAIL},
  {"contacts", NULL, BP_COLON},
  /* a wire's contact heading on its own line, the names under it
   * ("Contacts", then "Investor Relations: Mia Chen, 619-555-0113") */
  {"contacts", NULL, BP_EXACT},
  {"copyright", NULL, BP_ANY}, {"correction", NULL, BP_COLON},
  {"credit", NULL, BP_COLON | BP_MID},
  /* "Disclosure: Acme has been a financial supporter of ..." (a
   * nonprofit newsroom's note on its funders, under the story) */
  {"disclosure", NULL, BP_COLON},
  {"edited", "by", BP_ANY},
  {"editing", "by", BP_ANY}, {"enditem", NULL, BP_EXACT}, {"follow", "us", BP_ANY},
  {"follow", NULL, BP_SOCIAL}, {"image", NULL, BP_COLON | BP_MID},
  /* "Join our WhatsApp channel", "Join us on Telegram" */
  {"join", NULL, BP_SOCIAL},
  /* "Kindly share this story" (a share prompt after the story) */
  {"kindly", "share", BP_ANY},
  {"more", NULL, BP_COLON}, {"our", "standards", BP_ANY},
  {"photo", NULL, BP_COLON | BP_MID}, {"photograph", NULL, BP_COLON | BP_MID},
  {"photos", NULL, BP_COLON | BP_MID}, {"picture", NULL, BP_COLON | BP_MID},
  {"pull", "quote", BP_COLON | BP_MID | BP_SENT},
  {"reach", NULL, BP_EMAIL},
  {"read", "also", BP_ANY}, {"read", "more", BP_COLON | BP_MID},
  {"read", "more", BP_ANY}, {"read", "more", BP_COLON | BP_MID | BP_SENT},
  {"read", "next", BP_EXACT},
  {"related", NULL, BP_COLON}, {"related", NULL, BP_COLON | BP_MID | BP_SENT}, {"related", "articles", BP_EXACT},
  {"related", "coverage", BP_EXACT},
  /* a links box's heading, at the end or between paragraphs ("RELATED NEWS") */
  {"related", "news", BP_EXACT | BP_MID},
  {"related", "stories", BP_EXACT}, {"related", "topics", BP_EXACT},
  {"reporting", "by", BP_ANY}, {"reuter", NULL, BP_EXACT},
  {"reuters", NULL, BP_EXACT}, {"see", "also", BP_ANY},
  {"share", "this", BP_ANY}, {"sign", "up", BP_ANY}, {"source", NULL, BP_COLON},
  {"subscribe", NULL, BP_ANY},
  {"this", "article", BP_AMEND}, {"this", "conversation", BP_AMEND},
  /* "This interview has been edited for length and clarity." */
  {"this", "interview", BP_AMEND}, {"this", "report", BP_AMEND},
  {"this", "story", BP_AMEND}, {"this", "version", BP_AMEND},
  {"to", "contact", BP_NEWSROOM},
  {"writing", "by", BP_ANY}
};

/* Words that make a leading "...:" label a contact block ("Media
 * contact:", "For further information:", "Investor inquiries:"). */
static const char *const CONTACT_WORDS[] = {
  "contact", "contacts", "enquiries", "information", "inquiries"
};

/* Social networks named by a "Follow ..." line. */
static const char *const SOCIAL[] = {
  "bluesky", "facebook", "instagram", "linkedin", "mastodon", "telegram", "threads",
  "tiktok", "twitter", "whatsapp", "x", "youtube"
};

/* Verbs of an amendment note ("This story has been corrected"). */
static const char *const AMEND[] = {
  "amended", "changed", "clarified", "clarifies", "corrected", "corrects",
  "edited", "refiles", "replaces", "revised", "updated", "updates"
};

/* Lower-case words a "Contact ... at" line may name before a phone
 * number: pronouns, "the" and the newsroom's roles ("Reach the writer at
 * 555-0100", "Contact reporter Ben Ode at ..."); other lower-case words
 * name a service of the story ("Contact the clinic at ..."). */
static const char *const PHONE_WHO[] = {
  "editor", "editors", "her", "him", "me", "reporter", "reporters", "the",
  "them", "us", "writer", "writers"
};

/* Whom a wire's contact line names ("To contact the editors ..."); any
 * other object is story ("To contact the families, call ..."). */
static const char *const NEWSROOM_ROLE[] = {
  "author", "authors", "editor", "editors", "reporter", "reporters",
  "writer", "writers"
};

/* What a credit line may say after "contributed" ("X contributed to this
 * report", "X and Y contributed reporting"). */
static const char *const CREDIT_OBJ[] = {
  "article", "coverage", "report", "reporting", "research", "story"
};

#define COUNT(t) (sizeof(t) / sizeof((t)[0]))

/* ------------------------------------------------------------------ */
/* Paragraphs                                                          */
/* ------------------------------------------------------------------ */

typedef struct line_info {
  size_t start, end;   /* content without the line break (CR dropped) */
  size_t first;        /* first non-space byte */
  size_t last;         /* one past the last non-space byte */
  size_t indent;       /* leading white space, in columns (tab = 4) */
  size_t width;        /* characters from start to last */
  size_t fword;        /* characters of the first word */
  int table, bullet;
  int dash;            /* "- " or an en dash and a space open the line */
  int row;             /* a row of a list of results under a colon */
  unsigned num;        /* "12. " or "12) " opening the line: 12, else 0 */
} line_info;

/* SWAR (text.h's DL_SWAR_* and dl_swar_eq): eight bytes in a uint64_t. */
/* Number of bytes of m (a mask of 0x80 bits) that are set. */
static size_t swar_count(uint64_t m)
{
  return (size_t)((((m >> 7) & DL_SWAR_ONES) * DL_SWAR_ONES) >> 56);
}

/* The first offset in [i, last) where a run a table needs may begin (two
 * spaces, a tab, two dots), else last: eight bytes a step, so a line of
 * prose costs about a test per eight bytes, not three per byte. */
static size_t next_run(const unsigned char *u, size_t i, size_t last)
{
#ifdef __SSE2__
  /* sixteen bytes a step (run_bits): a set bit q is a run at i + q, none
   * before it, the same test as the byte loop below with u[i + q + 1]
   * inside [i, last) */
  for (; i + 17 <= last; i += 16) {
    unsigned m = run_bits(u + i);
    if (m) return i + low_bit(m);
  }
  /* the last bytes (i > last - 17): the seventeen that end the line,
   * read from last - 17 (at or after the text's first byte), the bits of
   * the bytes before i shifted out (q <= 15 keeps the pair's second byte
   * before last) */
  if (i + 1 < last && last >= 17) {
    unsigned m = run_bits(u + last - 17) >> (i - (last - 17));
    return m ? i + low_bit(m) : last;
  }
#endif
  for (; i + 9 <= last; i += 8) {
    uint64_t x, y, m;
    memcpy(&x, u + i, 8);
    memcpy(&y, u + i + 1, 8);
    m = (dl_swar_eq(x, ' ') & dl_swar_eq(y, ' ')) | dl_swar_eq(x, '\t')
        | (dl_swar_eq(x, '.') & dl_swar_eq(y, '.'));
    if (m) break;
  }
  for (; i + 1 < last; i++)
    if ((u[i] == ' ' && u[i + 1] == ' ') || u[i] == '\t' || (u[i] == '.' && u[i + 1] == '.'))
      return i;
  return last;
}

/* Measure a line of a multi-line block: width, first word, table-ness. */
static void line_measure(const char *t, line_info *li)
{
  const unsigned char *u = (const unsigned char *)t;
  size_t i, j, w, cont = 0, strong = 0, weak = 0, run;
  /* Fast branch-free pass: count UTF-8 continuation bytes. */
  i = li->start;
#ifdef __SSE2__
  {
    /* sixteen bytes a step: each continuation byte (10xxxxxx) adds one
     * to its lane's byte counter, summed (psadbw) at most every 255
     * steps, before a counter can wrap */
    const __m128i hi2 = _mm_set1_epi8((char)0xC0), c80 = _mm_set1_epi8((char)0x80),
                  zero = _mm_setzero_si128();
    while (i + 16 <= li->last) {
      __m128i acc = zero, sum;
      size_t steps = 0;
      for (; steps < 255 && i + 16 <= li->last; steps++, i += 16)
        acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(_mm_and_si128(load16(u + i), hi2), c80));
      sum = _mm_sad_epu8(acc, zero);
      cont += (size_t)_mm_cvtsi128_si32(sum) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sum, 8));
    }
    /* the last r < 16 bytes: the sixteen that end the line (they start
     * at or after the text's first byte), the bits of the bytes before i
     * shifted out; continuation bytes are rare, the loop mostly idle */
    if (i < li->last && li->last >= 16) {
      unsigned r = (unsigned)(li->last - i);
      unsigned m = (unsigned)_mm_movemask_epi8(
          _mm_cmpeq_epi8(_mm_and_si128(load16(u + li->last - 16), hi2), c80)) >> (16 - r);
      for (; m; m &= m - 1) cont++;
      i = li->last;
    }
  }
#endif
  for (; i + 8 <= li->last; i += 8) {   /* 8 bytes a step */
    uint64_t x;
    memcpy(&x, u + i, 8);
    cont += swar_count(x & ~(x << 1) & DL_SWAR_HI);
  }
  for (; i < li->last; i++) cont += (u[i] & 0xC0) == 0x80;
  /* The runs of white space and dots: single spaces and dots, the bytes
   * between runs, count for nothing, so the scan jumps from run to run
   * (next_run); what precedes a run is the byte before it. */
  for (j = li->first; (i = next_run(u, j, li->last)) < li->last;) {
    unsigned char prev;
    /* (a space just before the tab found belongs to its run) */
    if (u[i] == '\t' && i > j && u[i - 1] == ' ') i--;
    prev = i > li->first ? u[i - 1] : 0;
    j = i;
    if (u[i] == '.') {
      while (j < li->last && t[j] == '.') j++;
      if (j - i >= 4 && j < li->last && (j - i >= 5 || t[j] != ' '))
        strong++;          /* dotted leader: "outright....193", "North..... 9" */
      continue;
    }
    run = 0;
    while (j < li->last && (t[j] == ' ' || t[j] == '\t')) {
      run += t[j] == '\t' ? 3 : 1;
      j++;
    }
    if (run >= 3) strong++;
    else if (run == 2 && prev != '.' && prev != '!' && prev != '?'
             && prev != ':' && prev != ';' && prev != '"' && prev != 0x9D)
      weak++;
  }
  w = li->last - li->start - cont;
  li->width = w;
  li->table = strong >= 1 || weak >= 2;
  /* first word: up to white space */
  w = 0;
  i = li->first;
#ifdef __SSE2__
  if (i + 16 <= li->last) {
    /* most first words end within sixteen bytes: their characters are
     * the bytes before the first space or tab less the continuation
     * bytes among them; else the loop below counts from i */
    __m128i v = load16(u + i);
    unsigned ws = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
                                                           _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))));
    if (ws) {
      unsigned p = 0, cm = (unsigned)_mm_movemask_epi8(
          _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8((char)0xC0)), _mm_set1_epi8((char)0x80)));
      p = low_bit(ws);
      cm &= (1u << p) - 1;
      w = p;
      for (; cm; cm &= cm - 1) w--;
      i = li->last;   /* (counted: the loop below is skipped) */
    }
  }
#endif
  for (; i < li->last; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c == ' ' || c == '\t') break;
    if ((c & 0xC0) != 0x80) w++;
  }
  li->fword = w;
  /* a list number: one to three digits, then ". " or ") " ("2. Laurent
   * Jalabert ( France ) 0:48"; not "2.5", not a year); a lower-case
   * letter and ") " ("b) contact the firm") counts as its place in the
   * alphabet, so that "a)" "b)" "c)" follow each other as 1, 2, 3 do */
  li->num = 0;
  {
    size_t d = li->first;
    unsigned v = 0;
    while (d < li->last && d - li->first < 3 && DL_IS_DIGIT(t[d])) v = v * 10 + (unsigned)(t[d++] - '0');
    if (d > li->first && d + 1 < li->last && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ')
      li->num = v;
    else if (d == li->first && d + 2 < li->last && DL_IS_LOWER(t[d]) && t[d + 1] == ')'
             && t[d + 2] == ' ')
      li->num = (unsigned)(t[d] - 'a') + 1;
  }
  /* bullets: "* ", "• ", "· " */
  li->bullet = 0;
  if (li->first + 1 < li->last) {
    const char *s = t + li->first;
    if (s[0] == '*' && s[1] == ' ') li->bullet = 1;
    else {
      size_t bl = dl_bullet_len(s, li->last - li->first);
      if (bl && li->first + bl < li->last && s[bl] == ' ') li->bullet = 1;
    }
  }
  /* "- item", "– item": a bullet only in a list (block_flush decides), as
   * a wrapped line may also open with a sentence's dash */
  li->dash = 0;
  if (li->first + 2 < li->last) {
    const unsigned char *s = u + li->first;
    li->dash = (s[0] == '-' && s[1] == ' ')
               || (li->first + 4 < li->last && s[0] == 0xE2 && s[1] == 0x80
                   && s[2] == 0x93 && s[3] == ' ');
  }
  li->row = 0;
}

/* Does line l end with ':' (a list's lead-in)? */
static int ends_colon(const char *t, const line_info *l)
{
  return l->last > l->first && t[l->last - 1] == ':';
}

/* Does line l stop in mid-sentence: a lower-case letter or a comma last
 * ("... exports rose sharply in the first quarter")?  A dash or a letter
 * opening the next line goes on with it, not a list. */
static int ends_mid(const char *t, const line_info *l)
{
  return l->last > l->first
         && (DL_IS_LOWER(t[l->last - 1]) || t[l->last - 1] == ',');
}

#define DL_ROW_MAX_LOWER 2   /* lower-case words of a results row ("bt") */

/* Is line l a row of results: a capital or a digit first, a figure last
 * ("I. Kowalska (POL) bt M.S. Lopes (BRA) 6-3 6-4"), hardly a lower-case
 * word (a wrapped sentence, "1,234.5 points on Monday from 1,200", has
 * more)? */
static int row_shaped(const char *t, const line_info *l)
{
  size_t i, lower = 0;
  if (!(l->last > l->first && !l->bullet && !l->num
        && (DL_IS_UPPER(t[l->first]) || DL_IS_DIGIT(t[l->first]))
        && DL_IS_DIGIT(t[l->last - 1])))
    return 0;
  for (i = l->first + 1; i < l->last; i++)
    if (t[i - 1] == ' ' && DL_IS_LOWER(t[i]) && ++lower > DL_ROW_MAX_LOWER)
      return 0;
  return 1;
}

/* Mark the lists of the block L[0..k) once its lines are measured: a line
 * opening with a dash is a bullet next to another such line or under a
 * lead-in ending with ':'; two or more rows ending in a figure under such
 * a lead-in are one item a line (wrapped prose rarely ends two lines
 * running with a number, each followed by a capital). */
static void mark_lists(const char *t, line_info *L, size_t k)
{
  size_t j, m;
  /* a run of dashes after a line stopping in mid-sentence is a wrapped
   * sentence's asides ("in the first quarter\n- mainly cars - while
   * ...\n- mostly fuel - as"); a bullet after a bullet is one */
  for (j = 0; j < k; j++)
    if (L[j].dash && ((j > 0 && (L[j - 1].bullet || ends_colon(t, &L[j - 1])))
                      || (j + 1 < k && L[j + 1].dash
                          && (j == 0 || !ends_mid(t, &L[j - 1])))))
      L[j].bullet = 1;
  /* so are lettered lines ("two tests, namely\na) whether harm was done
   * and\nb) whether ..."): only numbers, not letters, stay items there */
  for (j = 0; j < k; j++)
    if (L[j].num && DL_IS_LOWER(t[L[j].first])
        && (j == 0 || !L[j - 1].num || !DL_IS_LOWER(t[L[j - 1].first]))
        && j > 0 && ends_mid(t, &L[j - 1]))
      for (m = j; m < k && L[m].num && DL_IS_LOWER(t[L[m].first]); m++)
        L[m].num = 0;
  for (j = 0; j + 2 < k; j++) {
    if (!ends_colon(t, &L[j])) continue;
    for (m = j + 1; m < k && row_shaped(t, &L[m]); m++) {}
    if (m - (j + 1) >= 2)
      for (; j + 1 < m; j++) L[j + 1].row = 1;
  }
}

static dl_status para_push(dl_para **out, size_t *n, size_t *cap,
                           size_t start, size_t end)
{
  if (end <= start) return DL_OK;
  if (dl_grow((void **)out, cap, *n + 1, sizeof **out)) return DL_ENOMEM;
  (*out)[*n].start = (uint32_t)start;
  (*out)[*n].len = (uint32_t)(end - start);
  (*out)[*n].flags = 0;
  (*n)++;
  return DL_OK;
}

static int is_boilerplate(const char *t, const dl_para *p, int line);

/* Is line li shaped like a trailing boilerplate line ("Reuter")? */
static int line_is_boilerplate(const char *t, const line_info *li)
{
  dl_para p;
  p.start = (uint32_t)li->first;
  p.len = (uint32_t)(li->last - li->first);
  p.flags = 0;
  return is_boilerplate(t, &p, 1);
}

static int abbrev_class(const char *t, size_t lo, size_t p, size_t *wb);
static int looks_dateline_opened(const char *t, const dl_para *p);
static size_t close_len(const char *s, size_t n);
static int camel_opens(const char *s, size_t n);

/* May a paragraph end after line p and another start at line c, as far as
 * their text goes?  The next line must not start with a lower-case letter,
 * and the line must end a sentence (or be the block's first line, a title
 * that ends without punctuation). */
static int can_end_para(const char *t, const line_info *p,
                        const line_info *c, int first)
{
  size_t e = p->last, wb = p->first;
  unsigned char x;
  /* a brand in camel case opens a sentence ("iPhone sales rose") */
  int camel = camel_opens(t + c->first, c->last - c->first);
  if (DL_IS_LOWER(t[c->first]) && !camel) return 0;
  while (e > p->first && close_len(t + e - 1, 1)) e--;
  if (e > p->first + 3 && (unsigned char)t[e - 3] == 0xE2
      && (unsigned char)t[e - 2] == 0x80
      && ((unsigned char)t[e - 1] == 0x9D || (unsigned char)t[e - 1] == 0x99))
    e -= 3;
  if (e == p->first) return 0;
  x = (unsigned char)t[e - 1];
  if (x == '!' || x == '?' || x == ':') return 1;
  if (x == '.') {
    int cls;
    if (e - 1 == p->first || t[e - 2] == '.') return 1;
    cls = abbrev_class(t, p->first, e - 1, &wb);
    /* no name goes on after an initial with a brand: "on X." / "iPhone" */
    return cls == 0 || (camel && cls == AB_GENERAL && e - 1 - wb == 1);
  }
  if (!first || x == ',' || x == ';' || x == '-') return 0;
  {
    dl_para q;
    q.start = (uint32_t)p->first;
    q.len = (uint32_t)(p->last - p->first);
    q.flags = 0;
    return !looks_dateline_opened(t, &q);
  }
}

/* Is line l a dateline and nothing else ("ROME 1996-12-06", "MOSCOW,
 * Aug 29 (Reuters)")?  Such a line stands as a paragraph of its own, so
 * that the title line above it and the story below it are told apart. */
#define DL_MAX_DATELINE_LINE 64
static int dateline_line(const char *t, const line_info *l)
{
  dl_dateline d;
  if (l->last - l->first > DL_MAX_DATELINE_LINE || !DL_IS_UPPER(t[l->first])) return 0;
  if (!dl_find_dateline_need(t, l->first, l->last, NULL, DL_DATELINE_NEED_DATE, &d)
      || !d.date.month)
    return 0;
  return (size_t)d.span.start + d.span.len >= l->last;
}

/* Is line l a city of the gazetteer alone, in capitals ("ANKARA")? */
static int city_line(const char *t, const line_info *l)
{
  dl_dateline d;
  return DL_IS_UPPER(t[l->first]) && dl_find_city_line(t, l->first, l->last, &d);
}

enum { META_NONE = 0, META_RULE, META_TITLE, META_AUTHOR, META_OTHER };
/* The field labels of a metadata header over an exported story ("Title:
 * ...", "Author: ...", "Date: ...", "Load-Date: ..."), as CMS dumps,
 * scrapers and news archives write them (sorted, lower case), and what
 * each field is. */
typedef struct meta_label { const char *name; unsigned char kind; } meta_label;
static const meta_label META_LABELS[] = {
  {"author", META_AUTHOR}, {"authors", META_AUTHOR}, {"by", META_AUTHOR},
  {"byline", META_AUTHOR}, {"category", META_OTHER}, {"date", META_OTHER},
  {"description", META_OTHER}, {"headline", META_TITLE}, {"id", META_OTHER},
  {"keywords", META_OTHER}, {"lang", META_OTHER}, {"language", META_OTHER},
  {"length", META_OTHER}, {"link", META_OTHER}, {"load-date", META_OTHER},
  {"published", META_OTHER}, {"section", META_OTHER}, {"slug", META_OTHER},
  {"source", META_OTHER}, {"summary", META_OTHER}, {"tags", META_OTHER},
  {"title", META_TITLE}, {"type", META_OTHER}, {"updated", META_OTHER},
  {"url", META_OTHER}
};
#define DL_MAX_META_LABEL 16   /* bytes of a label */
#define DL_MIN_META_FIELDS 2   /* labelled lines that make a header */

/* What the line or paragraph t[s..e) is in a metadata header: a rule
 * ("---", "==="), a "Label: value" field (*value: the first byte of the
 * value), or META_NONE. */
static int meta_line(const char *t, size_t s, size_t e, size_t *value)
{
  size_t i = s;
  long k;
  if (e - s >= 3 && (t[s] == '-' || t[s] == '=')) {
    while (i < e && t[i] == t[s]) i++;
    return i == e ? META_RULE : META_NONE;
  }
  while (i < e && i - s <= DL_MAX_META_LABEL
         && (DL_IS_ALPHA(t[i]) || (i > s && (t[i] == '-' || t[i] == '_')))) i++;
  if (i == s || i >= e || t[i] != ':') return META_NONE;
  k = table_find(META_LABELS, COUNT(META_LABELS), sizeof(meta_label), t + s, i - s);
  if (k < 0) return META_NONE;
  for (i++; i < e && (t[i] == ' ' || t[i] == '\t'); i++) {}
  if (value) *value = i;
  return META_LABELS[k].kind;
}

/* Lines of the metadata header opening the block L[0..k): its leading run
 * of fields and rules, when it holds DL_MIN_META_FIELDS fields; else 0. */
static size_t meta_header_lines(const char *t, const line_info *L, size_t k)
{
  size_t j, fields = 0;
  for (j = 0; j < k; j++) {
    int m = meta_line(t, L[j].first, L[j].last, NULL);
    if (m == META_NONE) break;
    if (m != META_RULE) fields++;
  }
  return fields >= DL_MIN_META_FIELDS ? j : 0;
}

/* Is line j of the block L[0..k) a list item: numbered one after the line
 * before it or one before the line after it (a lone "98. The" may end a
 * wrapped sentence)? */
static int is_item(const line_info *L, size_t j, size_t k)
{
  const line_info *c = &L[j];
  return c->num && ((j > 0 && L[j - 1].num && L[j - 1].num + 1 == c->num)
                    || (j + 1 < k && L[j + 1].num == c->num + 1));
}

/* A block among the first few of the text whose last line is a time
 * stamp, and the longest line of such a block (a byline's, a headline's). */
#define DL_MAX_STAMP_BLOCK 4
#define DL_MAX_HEADER_LINE 80
/* Words after which a line goes on (a preposition, an article, a
 * conjunction, a verb of saying), sorted. */
static const char *const LINK_WORDS[] = {
  "a", "after", "an", "and", "as", "at", "before", "by", "for", "from",
  "in", "of", "on", "or", "said", "since", "than", "the", "to", "until",
  "was", "were", "with"
};
static int ends_with_link_word(const char *t, size_t a, size_t b)
{
  size_t w = b;
  while (w > a && DL_IS_ALPHA(t[w - 1])) w--;
  return w < b && DL_IS_LOWER(t[w])
         && table_find(LINK_WORDS, COUNT(LINK_WORDS), sizeof(char *), t + w, b - w) >= 0;
}
static int has_letter(const char *t, size_t a, size_t b)
{
  for (; a < b; a++)
    if (DL_IS_ALPHA(t[a])) return 1;
  return 0;
}

/* Cut the block of lines L[0..k) into paragraphs. */
static dl_status block_flush(const char *t, line_info *L, size_t k,
                             dl_para **out, size_t *n, size_t *cap)
{
  size_t j, minind = (size_t)-1, maxw = 0, pstart, tail;
  int perline, prev_dl, stampcut;
  if (k == 0) return DL_OK;
  if (k == 1) return para_push(out, n, cap, L[0].first, L[0].last);
  /* an export's metadata header at the top of the text: one field a
   * paragraph, then the story under it as a block of its own */
  if (*n == 0 && (j = meta_header_lines(t, L, k)) > 0) {
    size_t h;
    for (h = 0; h < j; h++) {
      dl_status st = para_push(out, n, cap, L[h].first, L[h].last);
      if (st != DL_OK) return st;
    }
    return block_flush(t, L + j, k - j, out, n, cap);
  }
  for (j = 0; j < k; j++) {
    line_measure(t, &L[j]);
    if (L[j].table) continue;
    if (L[j].indent < minind) minind = L[j].indent;
    if (L[j].width > maxw) maxw = L[j].width;
  }
  mark_lists(t, L, k);
  perline = maxw > DL_WRAP_MAX;
  if (!perline && k >= 3) {
    /* every line ends a sentence and the next opens one: one paragraph
     * per line (wrapped text breaks mid-sentence on most lines); a list's
     * items break anyway, whatever the line before them ends with */
    perline = 1;
    for (j = 1; j < k && perline; j++)
      if (!L[j - 1].table && !L[j].table && !L[j].bullet && !L[j].row
          && !L[j - 1].row && !is_item(L, j, k))
        perline = can_end_para(t, &L[j - 1], &L[j], j == 1);
  }
  /* a time stamp under the byline or the headline in the same block at
   * the top ("By Ana Ruiz\nUpdated 3h ago", "Jo Lee, Tokyo\nJuly 21,
   * 2025") stands alone: the name line is then the byline, the stamp the
   * page's date (only short lines: a wrapped sentence may end on a date) */
  stampcut = *n < DL_MAX_STAMP_BLOCK && k <= 3
             && L[k - 1].last - L[k - 1].first <= DL_MAX_HEADER_LINE
             && L[k - 2].last - L[k - 2].first <= DL_MAX_HEADER_LINE
             && (dl_is_stamp(t + L[k - 1].first, L[k - 1].last - L[k - 1].first, NULL)
                 || dl_is_relative_age(t + L[k - 1].first, L[k - 1].last - L[k - 1].first))
             /* a stamp names its date or time in words ("+1 617 555 0199"
              * under a contact's name is none), and a stamp over it makes
              * the pair one block ("Updated: ...\nFirst published: ...") */
             && has_letter(t, L[k - 1].first, L[k - 1].last)
             /* "... the vote was set for\nJune 3, 2025": a sentence
              * wrapped before its date */
             && !ends_with_link_word(t, L[k - 2].first, L[k - 2].last)
             && !dl_is_stamp(t + L[k - 2].first, L[k - 2].last - L[k - 2].first, NULL);
  /* sign-off lines at the end of the block ("Reuter") stand alone */
  for (tail = k; tail > 1 && line_is_boilerplate(t, &L[tail - 1]); tail--) {}
  pstart = L[0].first;
  /* a dateline line among the first three stands alone (each line
   * tested once: prev_dl is the test of the line before c) */
  prev_dl = dateline_line(t, &L[0]);
  for (j = 1; j < k; j++) {
    const line_info *p = &L[j - 1], *c = &L[j];
    int cur_dl = j <= 2 && (dateline_line(t, c)
                            /* a city alone in capitals closing the
                             * block ("ANKARA" over a blank line) */
                            || (j == k - 1 && city_line(t, c)));
    /* a numbered line next to the line numbered one before or after it
     * is a list item (a lone "98. The" may end a wrapped sentence) */
    int item = is_item(L, j, k);
    int brk = perline || j >= tail || p->table || c->table || c->bullet || item
              || p->row || c->row
              || (c->indent >= 2 && c->indent > minind)
              || (j <= 2 && (prev_dl || cur_dl))
              || (stampcut && j == k - 1)
              || (p->width + 1 + c->fword + DL_WRAP_SLACK <= maxw
                  && can_end_para(t, p, c, j == 1));
    prev_dl = cur_dl;
    if (brk) {
      dl_status st = para_push(out, n, cap, pstart, p->last);
      if (st != DL_OK) return st;
      pstart = c->first;
    }
  }
  return para_push(out, n, cap, pstart, L[k - 1].last);
}

/* Is the line CoNLL's document marker ("-DOCSTART-", or with its token
 * columns, "-DOCSTART- -X- O O")?  Text taken from that corpus keeps it
 * over each story's headline. */
static int docstart_line(const char *s, size_t n)
{
  return n >= 10 && memcmp(s, "-DOCSTART-", 10) == 0
         && (n == 10 || s[10] == ' ' || s[10] == '\t');
}

dl_status dl_split_paragraphs(const char *text, size_t len,
                              dl_para **out, size_t *n)
{
  /* the lines of the current block: on the stack for the common case */
  line_info stack_lines[DL_STACK_LINES];
  line_info *L = stack_lines;
  size_t nl = 0, lcap = DL_STACK_LINES, pcap = 0, pos = 0;
  dl_status st = DL_OK;
  *out = NULL;
  *n = 0;
  if (len > DL_MAX_TEXT) return DL_ELIMIT;
  while (pos < len) {
    const char *nlp = (const char *)memchr(text + pos, '\n', len - pos);
    size_t end = nlp ? (size_t)(nlp - text) : len, i = pos, ind = 0, s;
    line_info li;
    /* leading white space */
    while (i < end && (s = hspace_len(text + i, end - i)) > 0) {
      ind += text[i] == '\t' ? 4 : 1;
      i += s;
    }
    if (i == end) {               /* blank line: end of block */
      st = block_flush(text, L, nl, out, n, &pcap);
      if (st != DL_OK) goto fail;
      nl = 0;
    } else {
      size_t last = end;
      /* trailing white space (ASCII or a UTF-8 space ending the line) */
      for (;;) {
        unsigned char c = (unsigned char)text[last - 1];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
          last--;
        } else if (c >= 0x80) {
          size_t b = last - 1, k;
          while (b > i && last - b < 4
                 && ((unsigned char)text[b] & 0xC0) == 0x80) b--;
          k = dl_space_len(text + b, last - b);
          if (k == last - b) last = b; else break;
        } else {
          break;
        }
      }
      if (docstart_line(text + i, last - i)) {
        /* the marker stands alone, whatever the lines around it */
        st = block_flush(text, L, nl, out, n, &pcap);
        if (st == DL_OK) st = para_push(out, n, &pcap, i, last);
        if (st != DL_OK) goto fail;
        nl = 0;
        pos = nlp ? end + 1 : len;
        continue;
      }
      li.start = pos; li.end = end; li.first = i; li.last = last;
      li.indent = ind; li.width = 0; li.fword = 0; li.table = 0; li.bullet = 0; li.num = 0;
      li.dash = 0; li.row = 0;
      if (nl == lcap && L == stack_lines) {
        line_info *h = (line_info *)malloc(2 * lcap * sizeof *L);
        if (!h) {
          st = DL_ENOMEM;
          goto fail;
        }
        memcpy(h, L, nl * sizeof *L);
        L = h;
        lcap *= 2;
      }
      if (dl_grow((void **)&L, &lcap, nl + 1, sizeof *L)) {
        st = DL_ENOMEM;
        goto fail;
      }
      L[nl++] = li;
    }
    pos = nlp ? end + 1 : len;
  }
  st = block_flush(text, L, nl, out, n, &pcap);
  if (st != DL_OK) goto fail;
  if (L != stack_lines) free(L);
  return DL_OK;
fail:
  if (L != stack_lines) free(L);
  free(*out);
  *out = NULL;
  *n = 0;
  return st;
}

/* ------------------------------------------------------------------ */
/* Roles                                                               */
/* ------------------------------------------------------------------ */

/* True when the bytes of text[a..b) hold a blank line (two line breaks
 * with only white space between). */
static int gap_has_blank_line(const char *t, size_t a, size_t b)
{
  int nls = 0;
  while (a < b) {
    if (t[a] == '\n') { if (++nls >= 2) return 1; }
    a++;
  }
  return 0;
}

/* Last byte of p that is not a closing quote or bracket. */
static size_t last_content(const char *t, const dl_para *p)
{
  size_t e = p->start + p->len;
  while (e > p->start) {
    unsigned char c = (unsigned char)t[e - 1];
    if (c == '"' || c == '\'' || c == ')' || c == ']') { e--; continue; }
    if (e - p->start >= 3 && (unsigned char)t[e - 3] == 0xE2
        && (unsigned char)t[e - 2] == 0x80
        && ((unsigned char)t[e - 1] == 0x9D || (unsigned char)t[e - 1] == 0x99)) {
      e -= 3;
      continue;
    }
    break;
  }
  return e;
}

static int ends_with_terminator(const char *t, const dl_para *p)
{
  size_t e = last_content(t, p);
  unsigned char c;
  if (e == p->start) return 0;
  c = (unsigned char)t[e - 1];
  if (c == '.' || c == '!' || c == '?') return 1;
  /* U+2026 ellipsis */
  return e - p->start >= 3 && c == 0xA6 && (unsigned char)t[e - 2] == 0x80
         && (unsigned char)t[e - 3] == 0xE2;
}

/* Count words (runs of non-space) of t[a..b), stopping past `cap`. */
static size_t count_words(const char *t, size_t a, size_t b, size_t cap)
{
  size_t w = 0;
#ifdef __SSE2__
  {
    /* sixteen bytes a step: a bit per white space byte (DL_IS_SPACE: 9 to
     * 13 and ' '), a word opening at each other byte after one */
    const __m128i nine = _mm_set1_epi8(9), four = _mm_set1_epi8(4), sp = _mm_set1_epi8(' ');
    unsigned prev = 1;   /* (the byte before a counts as white space) */
    while (a + 16 <= b && w <= cap) {
      __m128i v = load16(t + a);
      __m128i x = _mm_sub_epi8(v, nine);
      unsigned m = (unsigned)_mm_movemask_epi8(
          _mm_or_si128(_mm_cmpeq_epi8(v, sp), _mm_cmpeq_epi8(_mm_min_epu8(x, four), x)));
      unsigned starts = ~m & ((m << 1) | prev) & 0xFFFFu;
      while (starts) {
        w++;
        starts &= starts - 1;
      }
      prev = m >> 15 & 1u;
      a += 16;
    }
    if (w > cap) return cap + 1;
    /* a word running on past the last step is counted already */
    if (!prev)
      while (a < b && !DL_IS_SPACE(t[a])) a++;
  }
#endif
  while (a < b) {
    while (a < b && DL_IS_SPACE(t[a])) a++;
    if (a == b || ++w > cap) break;
    while (a < b && !DL_IS_SPACE(t[a])) a++;
  }
  return w;
}

/* Does the paragraph open with a dateline ("LONDON, March 3 - ...",
 * "Moscow, 22 March 2023 (TDI): ...")?  A cheap shape test: a capital
 * first letter, then a comma or '(' and a separator (" - ", " -- ",
 * " – ", " — ", "):") within the first 80 bytes. */
static int looks_dateline_opened(const char *t, const dl_para *p)
{
  size_t i, e = p->start + p->len, lim;
  int opened = 0;
  if (p->len == 0 || !DL_IS_UPPER(t[p->start])) return 0;
  lim = p->start + 80 < e ? p->start + 80 : e;
  for (i = p->start; i + 2 < lim; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c == ',' || c == '(') opened = 1;
    else if (!opened) continue;
    else if (c == ')' && t[i + 1] == ':') return 1;
    else if (c == ' ' && i + 3 < e
             && ((t[i + 1] == '-' && (t[i + 2] == ' ' || t[i + 2] == '-'))
                 || ((unsigned char)t[i + 1] == 0xE2
                     && (unsigned char)t[i + 2] == 0x80
                     && ((unsigned char)t[i + 3] == 0x93
                         || (unsigned char)t[i + 3] == 0x94))))
      return 1;
  }
  return 0;
}

static int is_byline(const char *t, const dl_para *p);
static size_t next_word(const char *t, size_t *i, size_t e, size_t *ws);

/* Does p end with a dotted acronym ("... EXPORTS TO U.S.")? */
static int ends_with_acronym(const char *t, const dl_para *p)
{
  size_t e = last_content(t, p), wb = e;
  if (e < p->start + 4 || t[e - 1] != '.') return 0;
  if (abbrev_class(t, p->start, e - 1, &wb) != AB_GENERAL) return 0;
  return wb + 2 < e && memchr(t + wb, '.', e - 1 - wb) != NULL
         && DL_IS_UPPER(t[wb]);
}

/* Is p written like a title: all capitals, or most of its longer words
 * (four letters or more) capitalized? */
static int headline_cased(const char *t, const dl_para *p)
{
  size_t i = p->start, e = p->start + p->len, lower = 0, longw = 0, caps = 0;
  while (i < e) {
    size_t ws, w;
    while (i < e && !DL_IS_ALPHA(t[i])) i++;
    ws = i;
    while (i < e && DL_IS_ALPHA(t[i])) {
      if (DL_IS_LOWER(t[i])) lower++;
      i++;
    }
    w = i - ws;
    if (w >= 4) {
      longw++;
      if (DL_IS_UPPER(t[ws])) caps++;
    }
  }
  if (lower == 0) return 1;
  return longw > 0 && caps * 4 >= longw * 3;
}

/* Is q, the paragraph under the short line p, one long line of prose that
 * no hard wrap made (longer than DL_WRAP_MAX and twice p at least,
 * ending a sentence), with p a title of three words or more opening in
 * capitals?  Then a single line break ends p even in a text that sets
 * its paragraphs apart with blank lines ("Council delays vote on parking
 * fees", then the lead); a wrapped sentence's lines are of one width. */
static int long_line_under(const char *t, const dl_para *p, const dl_para *q)
{
  unsigned char c = (unsigned char)t[p->start], d = (unsigned char)t[q->start];
  if (q->len <= DL_WRAP_MAX || q->len < 2 * p->len) return 0;
  if (!(DL_IS_UPPER(c) || DL_IS_DIGIT(c) || c == '"')) return 0;
  if (!(DL_IS_UPPER(d) || d == '"' || d >= 0x80)) return 0;
  if (memchr(t + q->start, '\n', q->len)) return 0;
  if (count_words(t, p->start, p->start + p->len, 3) < 3) return 0;
  return ends_with_terminator(t, q);
}

static int is_headline(const char *t, size_t len, const dl_para *p,
                       size_t n)
{
  dl_dateline dl;
  const dl_para *q;
  size_t i;
  int blank;
  (void)len;
  if (n < 2) return 0;
  q = &p[1];
  if (p->len > DL_MAX_HEADLINE_BYTES) return 0;
  if (memchr(t + p->start, '\n', p->len)) return 0;
  if (count_words(t, p->start, p->start + p->len, DL_MAX_HEADLINE_WORDS)
      > DL_MAX_HEADLINE_WORDS) return 0;
  blank = gap_has_blank_line(t, p->start + p->len, q->start);
  if (ends_with_terminator(t, p)) {
    unsigned char c = (unsigned char)t[last_content(t, p) - 1];
    if (c == '?' || c == '!') {
      /* "Can a village bakery survive?": a short question set off by a
       * blank line, over a byline, a dateline or a longer paragraph */
      if (!blank || n < 3 || p->len < 8
          || count_words(t, p->start, p->start + p->len,
                         DL_MAX_QHEADLINE_WORDS) > DL_MAX_QHEADLINE_WORDS)
        return 0;
      if (!is_byline(t, q) && !looks_dateline_opened(t, q)
          && q->len <= p->len) return 0;
    } else if (!(c == '.' && (ends_with_acronym(t, p) || dl_is_shouted(t + p->start, p->len))
                 && headline_cased(t, p))) {
      return 0;   /* a sentence, not a title */
    }
  }
  {
    unsigned char c = (unsigned char)t[p->start + p->len - 1];
    if (c == ',' || c == ';' || c == ':') return 0;
  }
  if (looks_dateline_opened(t, p)) return 0;
  {
    /* "Updated 9:15 AM GMT, May 6, 2025" over the dateline: a time stamp
     * (a title in capitals with a year, "Acme Q3 2024 Results", is none:
     * it has no "updated", "published", ...) */
    int keyed;
    if (dl_is_stamp(t + p->start, p->len, &keyed) && keyed) return 0;
  }
  if (!blank && long_line_under(t, p, q)) {
    /* a short title right over a long unwrapped line of prose: the line
     * break is a paragraph's end whatever the gaps further down */
  } else if (!blank) {
    /* one-paragraph-per-line text has no blank lines at all: accept a
     * plain line break there when the next paragraph is prose */
    for (i = 1; i + 1 < n; i++) {
      if (gap_has_blank_line(t, p[i].start + p[i].len, p[i + 1].start))
        return 0;
    }
    if (dl_is_shouted(t + p->start, p->len) && dl_find_dateline(t, q->start, (size_t)q->start + q->len,
                                                    NULL, &dl)) {
      /* "SOCCER - JAPAN WIN .", then "AL-AIN 1996-12-06", then the story:
       * a title in capitals over a dateline line */
    } else if (n >= 3 && (is_byline(t, q) || dl_is_dated_credit(t + q->start, q->len))
               && ends_with_terminator(t, &p[2]) && p[2].len > p->len
               && !memchr(t + p[2].start, '\n', p[2].len)) {
      /* a title over its byline line ("By Jo Park", "Selin Kaya |
       * 08.05.2025"), then a line of prose */
    } else if (looks_dateline_opened(t, q) && q->len > p->len
               && !headline_cased(t, q)) {
      /* a title line right over hard-wrapped wire copy that opens with a
       * dateline ("NAIROBI, April 2 (Reuters) - Heavy rain ...") */
    } else {
      if (!ends_with_terminator(t, q) || q->len <= p->len) return 0;
      if (memchr(t + q->start, '\n', q->len)) return 0;
    }
  }
  return 1;
}

/* Words allowed in a byline besides capitalized ones. */
static const char *const BYLINE_SMALL[] = {
  "and", "da", "de", "del", "der", "di", "du", "for", "in", "la", "le",
  "of", "the", "van", "von"
};

/* Lower-case words of a writer's role after the name ("By Ana Ruiz |
 * Staff writer", "By Ana Ruiz, senior correspondent") or after the outlet
 * ("by Xinhua writer Liu Yang"); sorted. */
static const char *const BYLINE_ROLE[] = {
  "chief", "columnist", "contributor", "correspondent", "correspondents",
  "editor", "producer", "reporter", "reporters", "senior", "staff",
  "writer", "writers"
};

/* The kind of piece a byline may name before its "by" ("Analysis by Jane
 * Roe, CNN"); sorted.  Not "Photos by": a credit. */
static const char *const BYLINE_LABEL[] = {
  "analysis", "commentary", "essay", "opinion", "review", "story", "text", "words",
  "written"
};

/* "From our correspondent in Lagos", "By our own correspondent", "Our
 * Special Correspondent, Kochi": the paper's unnamed writer, then at most
 * "in" and a capitalized place (or a comma and one), the line's end. */
static int our_correspondent(const char *t, size_t i, size_t e)
{
  static const char *const staff[] = {
    "correspondent", "correspondents", "reporter", "reporters", "staff"
  };
  static const char *const mods[] = { "foreign", "own", "special", "staff" };
  size_t ws, w, j = i;
  int role = 0;
  w = next_word(t, &j, e, &ws);
  if (dl_word_eq(t + ws, w, "from") || dl_word_eq(t + ws, w, "by"))
    w = next_word(t, &j, e, &ws);
  if (!dl_word_eq(t + ws, w, "our")) return 0;
  for (;;) {
    w = next_word(t, &j, e, &ws);
    if (w == 0) break;
    if (dl_word_in(t + ws, w, staff, COUNT(staff))) role = 1;
    else if (!role && dl_word_in(t + ws, w, mods, COUNT(mods))) continue;
    else break;
  }
  if (!role) return 0;
  if (ws >= e) return 1;
  /* the place: "in Lagos", ", Kochi" */
  if (t[ws] == ',') j = ws + 1;
  else if (!dl_word_eq(t + ws, w, "in")) return 0;
  for (;;) {
    w = next_word(t, &j, e, &ws);
    if (w == 0) break;
    if (!DL_IS_UPPER(t[ws])) return 0;
  }
  return ws >= e;
}

/* Is s[0..n) a story's reading time ("3 min read", "5-minute read")? */
static int is_read_time(const char *s, size_t n)
{
  static const char *const units[] = { "min", "mins", "minute", "minutes" };
  size_t i = 0, j, digits;
  while (n > 0 && DL_IS_SPACE(s[n - 1])) n--;
  for (digits = 0; i < n && DL_IS_DIGIT(s[i]) && digits < 3; i++) digits++;
  if (digits == 0 || digits == 3) return 0;
  while (i < n && (s[i] == ' ' || s[i] == '-')) i++;
  for (j = i; j < n && DL_IS_ALPHA(s[j]); j++) {}
  if (table_find(units, COUNT(units), sizeof(char *), s + i, j - i) < 0) return 0;
  i = j;
  while (i < n && s[i] == ' ') i++;
  return n - i == 4 && dl_word_eq(s + i, 4, "read");
}

/* Words of a section's or a desk's label ("Shipping News | May 8, 2025",
 * "Live Updates | ..."), never a writer's name; sorted, lower case. */
static const char *const CREDIT_LABEL_WORDS[] = {
  "daily", "desk", "latest", "live", "news", "report", "reports", "team",
  "today", "update", "updates", "weekly"
};

/* (segment.h) A byline without "By": the writer's name, or the paper's
 * "Staff", then '|' or a bullet and nothing but the page's date or time
 * ("Selin Kaya | 08.05.2025", "Staff | May 8, 2025", "Ana Ruiz \u00b7 3 min
 * read", "Jo Park | Updated 3h ago").  The name: two to four capitalized
 * words, the first a known given name or none of them a label's word
 * ("Shipping News") and the whole no known place ("Sao Paulo | ..."); a
 * single word only "Staff" (a place's "Istanbul | May 8", a weekday's
 * "Monday | May 8" are none). */
#define DL_MAX_DATED_CREDIT 100
int dl_is_dated_credit(const char *s, size_t n)
{
  size_t i, ws = 0, words = 0, sep = 0, ne, r;
  int label = 0;
  while (n > 0 && DL_IS_SPACE(s[n - 1])) n--;
  if (n == 0 || n > DL_MAX_DATED_CREDIT || !(DL_IS_UPPER(s[0]) || (unsigned char)s[0] >= 0x80))
    return 0;
  for (i = 0; i <= n; i++) {
    size_t b = i < n ? dl_bullet_len(s + i, n - i) : 0;
    unsigned char c = i < n ? (unsigned char)s[i] : '|';
    if (c == ' ' || c == '|' || b) {
      if (i > ws) {
        if (++words > 4) return 0;
        if (!(DL_IS_UPPER(s[ws]) || (unsigned char)s[ws] >= 0x80)) return 0;
        if (dl_word_in(s + ws, i - ws, CREDIT_LABEL_WORDS, COUNT(CREDIT_LABEL_WORDS)))
          label = 1;
      }
      if (c == '|' || b) {
        sep = i;
        r = i + (b ? b : 1);
        break;
      }
      ws = i + 1;
    } else if (!DL_IS_ALPHA(c) && c != '-' && c != '.' && c != '\'' && c < 0x80) {
      return 0;
    }
  }
  if (!sep || sep >= n || words == 0) return 0;
  ne = sep;
  while (ne > 0 && s[ne - 1] == ' ') ne--;
  if (words == 1) {
    if (!dl_word_eq(s, ne, "staff")) return 0;
  } else {
    size_t w = 0;
    while (w < ne && s[w] != ' ') w++;
    if (!dl_given_name_find(s, w) && (label || dl_known_place(s, ne))) return 0;
  }
  while (r < n && s[r] == ' ') r++;
  if (r >= n) return 0;
  return is_read_time(s + r, n - r) || dl_is_relative_age(s + r, n - r)
         || (dl_is_stamp(s + r, n - r, NULL) && !memchr(s + r, '|', n - r));
}

/* (segment.h) A web page's age of a story after its byline ("3h ago",
 * "2 hours ago", "Updated 5 mins ago"): a count, a unit of time, "ago",
 * the end. */
int dl_is_relative_age(const char *s, size_t n)
{
  static const char *const units[] = {
    "d", "day", "days", "h", "hour", "hours", "hr", "hrs", "m", "min",
    "mins", "minute", "minutes", "mo", "month", "months", "w", "week",
    "weeks", "wk", "wks", "y", "year", "years", "yr", "yrs"
  };
  size_t i = 0, j, digits;
  while (n > 0 && DL_IS_SPACE(s[n - 1])) n--;
  j = i;
  while (j < n && DL_IS_ALPHA(s[j])) j++;
  if (dl_word_eq(s, j, "updated") || dl_word_eq(s, j, "posted")
      || dl_word_eq(s, j, "published")) {
    i = j;
    while (i < n && s[i] == ' ') i++;
  }
  for (digits = 0; i < n && DL_IS_DIGIT(s[i]) && digits < 4; i++) digits++;
  if (digits == 0 || digits == 4) return 0;
  while (i < n && s[i] == ' ') i++;
  for (j = i; j < n && DL_IS_ALPHA(s[j]); j++) {}
  if (table_find(units, COUNT(units), sizeof(char *), s + i, j - i) < 0) return 0;
  i = j;
  while (i < n && s[i] == ' ') i++;
  return n - i == 3 && dl_word_eq(s + i, 3, "ago");
}

size_t dl_bullet_len(const char *s, size_t n)
{
  if (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80
      && (unsigned char)s[2] == 0xA2)
    return 3;
  if (n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xB7) return 2;
  return 0;
}

static int is_byline(const char *t, const dl_para *p)
{
  size_t i = p->start, e = p->start + p->len, words = 0, bl, pws = 0, pwe = 0;
  const char *nl;
  int after_name = 0, prev_cap = 0, bar = 0;
  if (p->len < 4 || p->len > DL_MAX_BYLINE_BYTES) return 0;
  if (our_correspondent(t, i, e)) return 1;
  if (DL_IS_UPPER(t[i]) && !(t[i + 1] == 'y' || t[i + 1] == 'Y')) {
    size_t we = i;
    while (we < e && DL_IS_ALPHA(t[we])) we++;
    if (we + 4 < e && t[we] == ' ' && (t[we + 1] == 'b' || t[we + 1] == 'B')
        && (t[we + 2] == 'y' || t[we + 2] == 'Y') && t[we + 3] == ' '
        && table_find(BYLINE_LABEL, COUNT(BYLINE_LABEL), sizeof(char *), t + i, we - i) >= 0)
      i = we + 1;   /* "Analysis by" -> "by" */
  }
  if (!((t[i] == 'B' || t[i] == 'b') && (t[i + 1] == 'y' || t[i + 1] == 'Y')))
    return 0;
  if (t[i + 2] == ' ' || t[i + 2] == ':') i += 3;
  else if ((unsigned char)t[i + 2] == 0xC2 && p->len > 4
           && (unsigned char)t[i + 3] == 0xA0) i += 4;      /* "By\u00A0" */
  else return 0;
  /* one line, or the name over its outlet ("By Ana Ruiz\nBBC News, Leeds") */
  nl = (const char *)memchr(t + i, '\n', e - i);
  if (nl && memchr(nl + 1, '\n', (size_t)(t + e - nl - 1))) return 0;
  if (t[e - 1] == '.' && !(e - p->start >= 3 && t[e - 3] == ' '
                           && DL_IS_UPPER(t[e - 2]))) {
    /* a final period: only after "Jr." or an initial */
    if (!(e - p->start >= 4 && (dl_word_eq(t + e - 3, 2, "jr")
                                || dl_word_eq(t + e - 3, 2, "sr")))) return 0;
  }
  while (i < e) {
    size_t ws;
    while (i < e && (DL_IS_SPACE(t[i]) || t[i] == ':' || t[i] == ','
                     || t[i] == '|' || t[i] == '/' || t[i] == '-'
                     || t[i] == '&' || t[i] == ';')) {
      if (t[i] != ' ' && t[i] != '&') after_name = 1;
      if (t[i] == '|') bar = 1;
      i++;
    }
    if (i >= e) break;
    ws = i;
    /* "Story by Ana Ruiz \u2022 3h ago", "By Ana Ruiz \u00B7 May 6, 2025":
     * a bullet or a middle dot is a bar */
    if (words >= 1 && (bl = dl_bullet_len(t + i, e - i)) != 0) {
      i += bl;
      bar = 1;
      continue;
    }
    /* "By Staff Writer | Updated 14:32 IST": a time stamp after a bar
     * ends the byline line */
    if (bar && words >= 1 && (dl_is_stamp(t + ws, e - ws, NULL)
                              || dl_is_relative_age(t + ws, e - ws))) return 1;
    bar = 0;
    while (i < e && !DL_IS_SPACE(t[i]) && t[i] != ',' && t[i] != '|'
           && t[i] != ';') i++;
    words++;
    if (words > DL_MAX_BYLINE_WORDS) return 0;
    {
      size_t adv;
      int32_t cp = dl_utf8_decode(t + ws, e - ws, &adv);
      int cap = cp_is_upper(cp);
      /* a role word after the name, or right after a capitalized word:
       * the outlet's "Xinhua writer", "Global Times reporter" */
      if (!cap && !(cp == '@' && words > 1)
          && table_find(BYLINE_SMALL, COUNT(BYLINE_SMALL), sizeof(char *),
                        t + ws, i - ws) < 0
          && !((after_name || prev_cap)
               && table_find(BYLINE_ROLE, COUNT(BYLINE_ROLE),
                             sizeof(char *), t + ws, i - ws) >= 0)
          /* the paper's credit after the name: "By Robert Pear, Special
           * to the New York Times" */
          && !(after_name && pws < ws && dl_word_eq(t + ws, i - ws, "to")
               && dl_word_eq(t + pws, pwe - pws, "special")))
        return 0;
      prev_cap = cap;
      pws = ws;
      pwe = i;
    }
  }
  return words >= 1;
}

/* Next word of t[*i..e) after spaces: its start in *ws, length returned,
 * *i moved past it.  A word is a run of ASCII letters. */
static size_t next_word(const char *t, size_t *i, size_t e, size_t *ws)
{
  size_t j = *i;
  while (j < e && t[j] == ' ') j++;
  *ws = j;
  while (j < e && DL_IS_ALPHA(t[j])) j++;
  *i = j;
  return j - *ws;
}

/* Does a comma in t[i..e) open a clause, a lower-case word other than
 * "and" after it ("— With a report from the auditors due, shares may
 * move"), not a credit's list of names ("Ana Ruiz, Tom Lee and Bo Li")? */
static int comma_clause(const char *t, size_t i, size_t e)
{
  for (; i < e; i++) {
    size_t j = i + 1, ws, w;
    if (t[i] != ',') continue;
    w = next_word(t, &j, e, &ws);
    if (w > 0 && DL_IS_LOWER(t[ws]) && !dl_word_eq(t + ws, w, "and")) return 1;
  }
  return 0;
}

/* "--IANS", "-- AP", "— Reuters": a dash and a short agency or writer
 * credit in capitals, nothing else. */
static int is_dash_signoff(const char *t, size_t i, size_t e)
{
  size_t words = 0, caps = 0, start;
  if (t[i] == '-') {
    while (i < e && t[i] == '-') i++;
  } else if (i + 2 < e && (unsigned char)t[i] == 0xE2
             && (unsigned char)t[i + 1] == 0x80
             && ((unsigned char)t[i + 2] == 0x93
                 || (unsigned char)t[i + 2] == 0x94)) {
    i += 3;
  } else {
    return 0;
  }
  start = i;
  /* "— With a report from Ana Ruiz", "-- With reporting by the AP": a
   * credit after the dash */
  {
    static const char *const report_words[] = { "report", "reporting", "reports" };
    size_t j = i, ws, w, k;
    w = next_word(t, &j, e, &ws);
    if (dl_word_eq(t + ws, w, "with") && e - start <= DL_MAX_CREDIT_BYTES)
      for (k = 0; k < 3; k++) {
        w = next_word(t, &j, e, &ws);
        if (dl_word_in(t + ws, w, report_words, COUNT(report_words)))
          return !comma_clause(t, start, e);
      }
  }
  if (e - start > 40) return 0;
  while (i < e) {
    size_t ws, w, j;
    while (i < e && (t[i] == ' ' || t[i] == '/' || t[i] == '&')) i++;
    if (i >= e) break;
    ws = i;
    while (i < e && DL_IS_ALPHA(t[i])) i++;
    w = i - ws;
    if (w == 0 || !DL_IS_UPPER(t[ws])) return 0;
    for (j = ws; j < i && DL_IS_UPPER(t[j]); j++) {}
    if (j == i && w >= 2) caps++;
    else if (dl_word_eq(t + ws, w, "reuters")) caps++;
    if (++words > 4) return 0;
    while (i < e && t[i] == '.') i++;
  }
  return caps > 0;
}

/* "PTI ABC DEF", "dpa cd xx n1 jh", "cd/jh", "--IANS abc/xyz": an agency's
 * sign-off with the desk's initials.  Every word is an agency's name, a
 * desk code (short lower-case letters and digits, or initials joined by
 * '/') or initials in capitals, each may stand in brackets ("ar/sms (dpa,
 * Reuters)", "(AFP)"); an agency's name ("==Kyodo") or a slashed
 * code must be there: a leading dash or '=' run alone is not enough ("--
 * ok" ends a story's quote). */
#define DL_MAX_SIGNOFF_BYTES 40
#define DL_MAX_DESK_CODE 3   /* letters of a lower-case desk code ("jh") */
#define DL_MAX_INITIALS 5    /* letters of initials in capitals ("ABC") */
static int is_desk_signoff(const char *t, size_t i, size_t e)
{
  int strong = 0;
  size_t words = 0, letters = 0;
  if (e - i > DL_MAX_SIGNOFF_BYTES) return 0;
  while (i < e && (t[i] == '-' || t[i] == '=')) i++;
  while (i < e) {
    size_t ws, we, j, part = 0, upper = 0, lower = 0;
    int slash = 0;
    while (i < e && DL_IS_SPACE(t[i])) i++;
    if (i >= e) break;
    ws = i;
    while (i < e && !DL_IS_SPACE(t[i])) i++;
    we = i;
    /* "ar/sms (dpa, Reuters)", "(AFP)": the agencies in brackets */
    while (ws < we && t[ws] == '(') ws++;
    while (we > ws && (t[we - 1] == ')' || t[we - 1] == ',')) we--;
    if (we == ws) return 0;
    words++;
    /* "W L T PF PA", "P W D L F A PTS": a standings table's column heads,
     * single capitals among them, not a desk's initials ("PA" is also an
     * agency) */
    if (we - ws == 1 && DL_IS_UPPER(t[ws]) && ++letters >= 2) return 0;
    if (dl_is_agency_name(t + ws, we - ws)) { strong = 1; continue; }
    for (j = ws; j < we; j++) {
      unsigned char c = (unsigned char)t[j];
      if (c == '/') {
        if (part == 0 || j + 1 == we) return 0;
        slash = 1;
        part = 0;
        continue;
      }
      if (!DL_IS_ALNUM(c) || ++part > DL_MAX_INITIALS) return 0;
      if (DL_IS_UPPER(c)) upper++;
      else if (DL_IS_LOWER(c)) lower++;
    }
    if (slash) strong = 1;
    else if (upper && lower) return 0;          /* an ordinary word */
    else if (lower && part > DL_MAX_DESK_CODE) return 0;
  }
  return strong && words > 0;
}

/* Index of the first c in t[i..e), or e. */
static size_t memchr_at(const char *t, size_t i, size_t e, char c)
{
  const char *q = i < e ? (const char *)memchr(t + i, c, e - i) : NULL;
  return q ? (size_t)(q - t) : e;
}

/* "Media contact: ...", "For further information: ...": a label of at
 * most five words ending in ':' (or ',' after "information") that names a
 * contact. */
static int is_contact_label(const char *t, size_t i, size_t e)
{
  size_t words = 0, ws, w, j, lim = e - i > 64 ? i + 64 : e;
  int key = 0;
  j = memchr_at(t, i, lim, ':');
  j = memchr_at(t, i, j, ',');   /* (the first of the two) */
  if (j == lim) return 0;        /* no label: the common case, decided fast */
  while (words < 5) {
    w = next_word(t, &i, e, &ws);
    if (w == 0) return 0;
    words++;
    if (table_find(CONTACT_WORDS, COUNT(CONTACT_WORDS), sizeof(char *),
                   t + ws, w) >= 0)
      key = 1 + dl_word_eq(t + ws, w, "information");
    if (i < e && t[i] == ':') return key;
    if (i < e && t[i] == ',') return key == 2;
  }
  return 0;
}

/* The end of a credit line after "contributed to this report": at most
 * a place ("from Kyiv", "in New York and Paris") and a period. */
static int credit_tail(const char *t, size_t i, size_t e)
{
  size_t words = 0, ws, w;
  if (i < e && t[i] != ' ' && t[i] != '.' && t[i] != ',') return 0;
  for (;;) {
    while (i < e && (t[i] == ' ' || t[i] == ',' || t[i] == '.')) i++;
    if (i >= e) return 1;
    ws = i;
    while (i < e && (DL_IS_ALPHA(t[i]) || t[i] == '-')) i++;
    w = i - ws;
    if (w == 0 || ++words > 8) return 0;
    if (!DL_IS_UPPER(t[ws]) && !dl_word_eq(t + ws, w, "from")
        && !dl_word_eq(t + ws, w, "in") && !dl_word_eq(t + ws, w, "and"))
      return 0;
  }
}

/* "X contributed to this report.", "X and Y contributed reporting from
 * Kyiv.": a short credit paragraph. */
static int is_credit(const char *t, size_t i, size_t e)
{
  size_t words = 0, ws, w, j;
  if (e - i > DL_MAX_CREDIT_BYTES || t[e - 1] != '.') return 0;
  /* fast rejection: no "contributed" at all */
  for (j = i; (j = memchr_at(t, j, e, 'b')) + 5 < e; j++)
    if (memcmp(t + j, "buted ", 6) == 0) break;
  if (j + 5 >= e) return 0;
  while (i < e && words < DL_MAX_CREDIT_WORDS) {
    while (i < e && !DL_IS_ALPHA(t[i])) {
      if (t[i] == '.' && i + 1 < e && t[i + 1] == ' ' && i > 0
          && DL_IS_LOWER(t[i - 1])) return 0;     /* a sentence ended */
      i++;
    }
    ws = i;
    while (i < e && DL_IS_ALPHA(t[i])) i++;
    w = i - ws;
    words++;
    if (w == 11 && dl_word_eq(t + ws, w, "contributed")) {
      size_t k;
      for (k = 0; k < 3; k++) {
        w = next_word(t, &i, e, &ws);
        if (w == 0) return 0;
        if (table_find(CREDIT_OBJ, COUNT(CREDIT_OBJ), sizeof(char *),
                       t + ws, w) >= 0)
          return credit_tail(t, i, e);
        /* "X contributed from Albuquerque." (AP) */
        if (k == 0 && (dl_word_eq(t + ws, w, "from") || dl_word_eq(t + ws, w, "in")))
          return credit_tail(t, ws - 1, e);
        if (!(dl_word_eq(t + ws, w, "to") || dl_word_eq(t + ws, w, "this")
              || dl_word_eq(t + ws, w, "the")
              || dl_word_eq(t + ws, w, "additional"))) return 0;
      }
      return 0;
    }
  }
  return 0;
}

/* "— Jane Doe (@jdoe) March 4, 2025": the signature under an embedded
 * social-media post, a dash then a name and a handle in brackets. */
#define DL_MAX_EMBED_BYTES 120
static int is_embed_signature(const char *t, size_t i, size_t e)
{
  size_t j;
  if (e - i > DL_MAX_EMBED_BYTES) return 0;
  if (t[i] == '-') i++;
  else if (e - i > 3 && (unsigned char)t[i] == 0xE2
           && (unsigned char)t[i + 1] == 0x80
           && ((unsigned char)t[i + 2] == 0x93 || (unsigned char)t[i + 2] == 0x94))
    i += 3;
  else return 0;
  for (j = i; j + 2 < e; j++)
    if (t[j] == '(' && t[j + 1] == '@' && DL_IS_ALNUM(t[j + 2])) return 1;
  return 0;
}

/* "(With inputs from PTI)", "With inputs from agencies": the agencies an
 * Indian paper's story drew on (i the first word).  Only names, "and" and
 * "agencies" may follow: "With inputs from the World Bank, the ministry
 * cut its forecast." is story. */
static int is_inputs_credit(const char *t, size_t i, size_t e)
{
  static const char *const lead[] = { "with", "inputs", "from" };
  size_t k, ws, w, words = 0;
  for (k = 0; k < COUNT(lead); k++) {
    w = next_word(t, &i, e, &ws);
    if (!dl_word_eq(t + ws, w, lead[k])) return 0;
  }
  while (i < e) {
    unsigned char c = (unsigned char)t[i];
    if (c == ' ' || c == ',' || c == ')' || c == '.') { i++; continue; }
    w = next_word(t, &i, e, &ws);
    if (w == 0) return 0;   /* a digit or another mark: no credit */
    if (!DL_IS_UPPER(t[ws]) && !dl_word_eq(t + ws, w, "and")
        && !dl_word_eq(t + ws, w, "agencies") && !dl_word_eq(t + ws, w, "agency"))
      return 0;
    if (++words > 6) return 0;
  }
  return words > 0;
}

/* "Editor's note: ...", "Editors' Note -": the newsroom's note on the
 * story (ws..we the first word). */
static int is_editors_note(const char *t, size_t ws, size_t we, size_t e)
{
  size_t j = we, s2, w;
  if (!dl_word_eq(t + ws, we - ws, "editor")
      && !dl_word_eq(t + ws, we - ws, "editors")) return 0;
  if (j < e && t[j] == '\'') j++;
  else if (j + 2 < e && (unsigned char)t[j] == 0xE2
           && (unsigned char)t[j + 1] == 0x80
           && (unsigned char)t[j + 2] == 0x99) j += 3;   /* U+2019 */
  else return 0;
  if (j < e && (t[j] == 's' || t[j] == 'S')) j++;
  if (j >= e || t[j] != ' ') return 0;
  w = next_word(t, &j, e, &s2);
  if (!dl_word_eq(t + s2, w, "note")) return 0;
  while (j < e && t[j] == ' ') j++;
  return j < e && (t[j] == ':' || t[j] == '-' || t[j] == '|'
                   || (unsigned char)t[j] == 0xE2);
}

/* Boilerplate: sign-offs, credits, contacts, links.  line: the paragraph
 * is one line of a block that may be hard-wrapped text, so only openers
 * that cannot end a wrapped sentence count.  mid: the paragraph sits
 * inside the body, where only BP_MID openers and embed signatures count. */
/* A paragraph wholly in parentheses that is a note about its writer, not
 * the story: "(The author is a Breakingviews columnist. The opinions
 * expressed are her own.)", "(The views expressed are the writer's.)". */
static const char *const AUTHOR_NOTE[] = {
  "author", "opinions", "views", "writer"
};
static int is_author_note(const char *t, size_t i, size_t e)
{
  size_t j, ws, w;
  while (e > i && (t[e - 1] == '.' || t[e - 1] == ' ')) e--;
  if (e - i < 12 || t[i] != '(' || t[e - 1] != ')') return 0;
  j = i + 1;
  w = next_word(t, &j, e, &ws);
  if (!dl_word_eq(t + ws, w, "the")) return 0;
  w = next_word(t, &j, e, &ws);
  if (table_find(AUTHOR_NOTE, COUNT(AUTHOR_NOTE), sizeof(char *), t + ws, w) < 0)
    return 0;
  /* "The author is ...", "The views expressed ...": not "The author of
   * the plan, ..." */
  w = next_word(t, &j, e, &ws);
  return dl_word_eq(t + ws, w, "is") || dl_word_eq(t + ws, w, "was")
         || dl_word_eq(t + ws, w, "expressed") || dl_word_eq(t + ws, w, "are");
}

/* A run of non-space bytes of t[*i..e) after spaces: its start in *ws,
 * its length returned, *i moved past it. */
static size_t next_token(const char *t, size_t *i, size_t e, size_t *ws)
{
  size_t j = *i;
  while (j < e && DL_IS_SPACE(t[j])) j++;
  *ws = j;
  while (j < e && !DL_IS_SPACE(t[j])) j++;
  *i = j;
  return j - *ws;
}

/* Does t[i..e) report what someone said ("..., the board said", "the
 * mayor urged residents")?  A writer's note or a newsletter's prompt is
 * the page's own words, never reported. */
static int reports_speech(const char *t, size_t i, size_t e)
{
  static const char *const verbs[] = { "added", "asked", "said", "says", "told", "urged" };
  while (i < e) {
    size_t w;
    while (i < e && !DL_IS_ALPHA(t[i])) i++;
    for (w = i; w < e && DL_IS_ALPHA(t[w]); w++) {}
    if (w > i && table_find(verbs, COUNT(verbs), sizeof(char *), t + i, w - i) >= 0) return 1;
    i = w;
  }
  return 0;
}

/* A note about the story's writer under it, the name first: "Kenji
 * Watanabe is our Tokyo correspondent.", "Ann Lee is a reporter for the
 * Times.", "Jo Park covers state government. Reach her at jo@...".  A
 * role word must follow "is" in the same sentence, with "our", an
 * outlet's "'s" or "for", "at", "with", "to", "based" around it ("Tom
 * Hanks is a writer and director." is a story's); "covers", "writes",
 * "reports" need an address in the paragraph. */
static const char *const BIO_ROLE[] = {
  "columnist", "contributor", "correspondent", "editor", "journalist",
  "reporter", "writer"
};
static int is_writer_bio(const char *t, size_t i, size_t e)
{
  size_t j = i, ws, w, names = 0, k;
  int owned = 0;
  if (e - i > DL_MAX_BIO_BYTES) return 0;
  for (;;) {
    w = next_token(t, &j, e, &ws);
    if (w == 0) return 0;
    if (DL_IS_UPPER(t[ws]) && DL_IS_ALPHA(t[ws + w - 1])) {
      if (++names > 4) return 0;
      continue;
    }
    break;
  }
  if (names < 2 || reports_speech(t, j, e)) return 0;
  if (dl_word_eq(t + ws, w, "covers") || dl_word_eq(t + ws, w, "writes")
      || dl_word_eq(t + ws, w, "reports"))
    return memchr(t + j, '@', e - j) != NULL;
  if (!dl_word_eq(t + ws, w, "is")) return 0;
  for (k = 0; k < 8; k++) {
    size_t n;
    w = next_token(t, &j, e, &ws);
    if (w == 0) return 0;
    n = w;
    while (n > 0 && !DL_IS_ALPHA(t[ws + n - 1])) n--;
    /* "... is a former journalist for the BBC": a past role is the
     * story's news about someone, not the writer's note */
    if (dl_word_eq(t + ws, n, "former")) return 0;
    if (dl_word_eq(t + ws, n, "our")) owned = 1;
    if (n > 2 && t[ws + n - 2] == '\'' && t[ws + n - 1] == 's') owned = 1;
    if (table_find(BIO_ROLE, COUNT(BIO_ROLE), sizeof(char *), t + ws, n) >= 0) {
      size_t ws2, w2;
      if (owned) return 1;
      if (n < w) return 0;      /* "... a writer." with nothing to say whose */
      w2 = next_token(t, &j, e, &ws2);
      while (w2 > 0 && !DL_IS_ALPHA(t[ws2 + w2 - 1])) w2--;
      return dl_word_eq(t + ws2, w2, "for") || dl_word_eq(t + ws2, w2, "at")
             || dl_word_eq(t + ws2, w2, "with") || dl_word_eq(t + ws2, w2, "to")
             || dl_word_eq(t + ws2, w2, "based");
    }
    if (n < w && t[ws + n] == '.') return 0;   /* the sentence ended */
  }
  return 0;
}

/* A newsletter's prompt between paragraphs: "Sign up for our Europe
 * newsletter here.", "Subscribe to our politics newsletter."; "Sign-up
 * sheets were posted at the hall" is a story's. */
static int is_signup_prompt(const char *t, size_t i, size_t e)
{
  size_t j = i, ws, w;
  if (e - i > DL_MAX_SIGNUP_BYTES || reports_speech(t, i, e)) return 0;
  w = next_word(t, &j, e, &ws);
  if (dl_word_eq(t + ws, w, "sign")) {
    if (j >= e || t[j] != ' ') return 0;
    w = next_word(t, &j, e, &ws);
    if (!dl_word_eq(t + ws, w, "up")) return 0;
  } else if (!dl_word_eq(t + ws, w, "subscribe")) return 0;
  for (; j + 10 <= e; j++)
    if ((t[j] == 'n' || t[j] == 'N') && dl_word_eq(t + j, 10, "newsletter"))
      return 1;
  return 0;
}

/* A photo caption: a short paragraph that ends with its credit in
 * parentheses, "(Photo: Jo Kim/City Times)", "(Photo by Jo Kim)",
 * "(AP Photo/Jo Kim)", "(Reuters/Jo Kim)" is not: only a photo label. */
static const char *const CAPTION_LABEL[] = {
  "image", "photo", "photograph", "picture"
};
static int is_caption_credit(const char *t, size_t i, size_t e)
{
  size_t o = e, j, ws, w;
  if (e - i > DL_MAX_CAPTION_BYTES || t[e - 1] != ')') return 0;
  while (o > i && t[o - 1] != '(' && e - o < DL_MAX_CAPTION_CREDIT) o--;
  if (o <= i + 1 || t[o - 1] != '(') return 0;
  j = o;
  w = next_word(t, &j, e, &ws);
  /* "AP Photo/...", "File photo: ..." */
  if (w > 0 && w <= 4 && j < e && t[j] == ' ') {
    size_t j2 = j, ws2, w2 = next_word(t, &j2, e, &ws2);
    if (table_find(CAPTION_LABEL, COUNT(CAPTION_LABEL), sizeof(char *), t + ws2, w2) >= 0) {
      j = j2; ws = ws2; w = w2;
    }
  }
  if (table_find(CAPTION_LABEL, COUNT(CAPTION_LABEL), sizeof(char *), t + ws, w) < 0) {
    /* "(Xinhua/Hari Maharjan)": that agency credits its photos so, and
     * its stories "(Xinhua) --"; any one-word credit and a name after a
     * slash when the caption opens so ("Photo taken on March 2 shows
     * ..."; a story's "(Reuters/Jo Kim)" stays) */
    size_t j0 = i, ws0, w0;
    if (j >= e || t[j] != '/' || j + 1 >= e || !DL_IS_UPPER(t[j + 1])) return 0;
    if (dl_word_eq(t + ws, w, "xinhua")) return 1;
    w0 = next_word(t, &j0, e, &ws0);
    if (table_find(CAPTION_LABEL, COUNT(CAPTION_LABEL), sizeof(char *), t + ws0, w0) < 0)
      return 0;
    w0 = next_word(t, &j0, e, &ws0);
    return dl_word_eq(t + ws0, w0, "taken") || dl_word_eq(t + ws0, w0, "shows");
  }
  if (j < e && (t[j] == ':' || t[j] == '/')) return 1;
  {
    size_t j3 = j, ws3, w3 = next_word(t, &j3, e, &ws3);
    return dl_word_eq(t + ws3, w3, "by") || dl_word_eq(t + ws3, w3, "courtesy");
  }
}

/* A rule drawn under the story, before its notes ("___", "* * *",
 * "-----"): three or more of one such mark, spaces between, nothing else. */
static int is_rule_line(const char *t, size_t i, size_t e)
{
  size_t marks = 0;
  char m = t[i];
  if (m != '_' && m != '-' && m != '*' && m != '=' && m != '~') return 0;
  for (; i < e; i++) {
    if (t[i] == m) marks++;
    else if (t[i] != ' ' && t[i] != '\t') return 0;
  }
  return marks >= 3;
}

/* A wire's or a press release's end-of-story mark on its own line:
 * "(END)", "ENDS", "- Ends -", "(MORE)", "###", "# # #", "-30-", "-0-".
 * Nothing but one such word or number between brackets, dashes, slashes
 * or '#'s: "End of story." or "More to come" are words of a story. */
static int is_end_mark(const char *t, size_t i, size_t e)
{
  static const char *const marks[] = { "end", "ends", "more" };
  size_t ws, we, hashes = 0, s0 = i;
  while (i < e && (t[i] == '(' || t[i] == '-' || t[i] == '/' || t[i] == '#'
                   || DL_IS_SPACE(t[i])))
    hashes += t[i++] == '#';
  ws = i;
  while (i < e && DL_IS_ALNUM(t[i])) i++;
  we = i;
  while (i < e && (t[i] == ')' || t[i] == '-' || t[i] == '/' || t[i] == '#'
                   || DL_IS_SPACE(t[i])))
    hashes += t[i++] == '#';
  if (i != e) return 0;
  if (we == ws) return hashes >= 3;
  if (hashes > 0) return 0;
  /* a number only as the old copy-desk marks "-30-" and "-0-", dashed on
   * both sides */
  if (DL_IS_DIGIT(t[ws]))
    return ws > s0 && t[ws - 1] == '-' && we < e && t[we] == '-'
           && ((we - ws == 2 && t[ws] == '3' && t[ws + 1] == '0')
               || (we - ws == 1 && t[ws] == '0'));
  return dl_word_in(t + ws, we - ws, marks, COUNT(marks));
}

/* A phone number at t[i..e): "(217) 555-0142", "217-555-0142",
 * "555.0142": digits with ( ) - . and one space between groups, seven
 * digits or more, then the paragraph's end or a sentence's. */
static int is_phone_at(const char *t, size_t i, size_t e)
{
  size_t digits = 0, spaces = 0;
  for (; i < e; i++) {
    if (DL_IS_DIGIT(t[i])) digits++;
    else if (t[i] == ' ' && digits > 0 && spaces == 0 && i + 1 < e && DL_IS_DIGIT(t[i + 1]))
      spaces++;
    else if (t[i] != '(' && t[i] != ')' && t[i] != '-' && t[i] != '.') break;
  }
  if (digits < 7) return 0;
  return i == e || t[i] == ' ' || t[i] == ',' || t[i] == ';';
}

/* Is the word t[s..e) an e-mail address: an '@' after its first byte,
 * a dot after that? */
static int is_email_word(const char *t, size_t s, size_t e)
{
  const char *at = (const char *)memchr(t + s, '@', e - s);
  return at && at > t + s && memchr(at, '.', (size_t)(t + e - at)) != NULL;
}

/* A paragraph that is nothing but an e-mail address ("jo.park@example.com"
 * under the story): the writer's, never a sentence of the story. */
static int is_bare_email(const char *t, size_t i, size_t e)
{
  while (e > i && (t[e - 1] == '.' || DL_IS_SPACE(t[e - 1]))) e--;
  if (e - i < 5 || memchr(t + i, ' ', e - i)) return 0;
  return is_email_word(t, i, e);
}

/* A broadcaster's plug closing the story: "For the latest news, weather,
 * sports, and streaming video, head to WXYZ." -- "For the latest", then
 * in the same one sentence an order to the reader right after a comma
 * ("For the latest count, officials said they would visit 40 sites." is
 * story). */
static int is_latest_plug(const char *t, size_t i, size_t e)
{
  static const char *const go[] = { "download", "follow", "visit" };
  size_t j = i, ws, w, k;
  static const char *const open[] = { "for", "the", "latest" };
  for (k = 0; k < COUNT(open); k++) {
    w = next_word(t, &j, e, &ws);
    if (!dl_word_eq(t + ws, w, open[k])) return 0;
  }
  for (k = j; k < e; k++)
    if ((t[k] == '.' || t[k] == '!' || t[k] == '?') && k + 1 < e && t[k + 1] == ' ') return 0;
  while (j < e) {
    w = next_word(t, &j, e, &ws);
    if (w == 0) { j++; continue; }
    for (k = ws; k > i && t[k - 1] == ' '; k--) {}
    if (k == i || t[k - 1] != ',') continue;
    if (table_find(go, COUNT(go), sizeof(char *), t + ws, w) >= 0) return 1;
    if (dl_word_eq(t + ws, w, "head") || dl_word_eq(t + ws, w, "go")) {
      w = next_word(t, &j, e, &ws);
      if (dl_word_eq(t + ws, w, "to")) return 1;
    }
  }
  return 0;
}

/* Is t[j..e) at an e-mail address or a phone number within
 * DL_MAX_EMAIL_WORDS tokens? */
static int address_follows(const char *t, size_t j, size_t e)
{
  size_t words, s2;
  for (words = 0; words < DL_MAX_EMAIL_WORDS && j < e; words++) {
    while (j < e && DL_IS_SPACE(t[j])) j++;
    s2 = j;
    while (j < e && !DL_IS_SPACE(t[j])) j++;
    if (is_email_word(t, s2, j)) return 1;
    if (is_phone_at(t, s2, e)) return 1;
  }
  return 0;
}

/* The writer's contact closing the story, the name first: "Hollis Grant
 * can be reached at 402-555-0176 or hg@example.com.", "She may be
 * reached at ...": a pronoun or two to four capitalized words, then
 * "can/may be reached/contacted at", then an address ("The hotline can be
 * reached at 555-0100." names no person: story). */
static int is_reach_line(const char *t, size_t i, size_t e)
{
  static const char *const pron[] = { "he", "she", "they" };
  static const char *const not_name[] = { "a", "an", "it", "that", "the", "this" };
  size_t j = i, ws, w, caps = 0;
  if (e - i > DL_MAX_BOILER_BYTES) return 0;
  w = next_word(t, &j, e, &ws);
  if (w == 0 || dl_word_in(t + ws, w, not_name, COUNT(not_name))) return 0;
  if (dl_word_in(t + ws, w, pron, COUNT(pron))) caps = 2;
  else {
    for (;;) {
      if (w == 0 || !DL_IS_UPPER(t[ws])) break;
      caps++;
      if (j < e && (t[j] == '.' || t[j] == '\'' || t[j] == '-')) j++;   /* "Jo A. Lee" */
      w = next_word(t, &j, e, &ws);
      if (caps > 4) return 0;
    }
    if (caps < 2) return 0;
    j = ws;
  }
  w = next_word(t, &j, e, &ws);
  if (!dl_word_eq(t + ws, w, "can") && !dl_word_eq(t + ws, w, "may")) return 0;
  w = next_word(t, &j, e, &ws);
  if (!dl_word_eq(t + ws, w, "be")) return 0;
  w = next_word(t, &j, e, &ws);
  if (!dl_word_eq(t + ws, w, "reached") && !dl_word_eq(t + ws, w, "contacted")) return 0;
  w = next_word(t, &j, e, &ws);
  if (!dl_word_eq(t + ws, w, "at") && !dl_word_eq(t + ws, w, "by")) return 0;
  return address_follows(t, j, e);
}

/* A newsroom's call for tips closing the story: a question about a tip
 * or news, then an order to send it or the address itself ("Have a
 * story tip? Email news@example.com.", "Do you have news to share? Send
 * it to ..."; not "Any news of the boy? Police ask callers to dial
 * 555-0134."). */
static int is_tip_prompt(const char *t, size_t i, size_t e)
{
  static const char *const send[] = {
    "call", "contact", "e", "email", "reach", "send", "share", "submit", "text", "write"
  };
  size_t q, j, ws, w;
  int topic = 0;
  if (e - i > DL_MAX_BOILER_BYTES || !memchr(t + i, '?', e - i)) return 0;
  for (q = i; q < e && t[q] != '?' && t[q] != '.' && t[q] != '!'; q++) {}
  if (q >= e || t[q] != '?') return 0;
  for (j = i; j < q;) {
    w = next_word(t, &j, q, &ws);
    if (w == 0) { j++; continue; }
    if (dl_word_eq(t + ws, w, "tip") || dl_word_eq(t + ws, w, "tips")
        || dl_word_eq(t + ws, w, "news")) topic = 1;
  }
  if (!topic) return 0;
  j = q + 1;
  w = next_word(t, &j, e, &ws);
  if (w > 0 && !dl_word_in(t + ws, w, send, COUNT(send))) {
    /* or the address itself, whatever its first letters ("jo.park@...",
     * "news_desk@...") */
    size_t ae = ws;
    while (ae < e && !DL_IS_SPACE(t[ae])) ae++;
    if (!is_email_word(t, ws, ae)) return 0;
  }
  return address_follows(t, q + 1, e);
}

/* A newsletter's prompt as a later sentence of the closing paragraph
 * ("The Ledger is a nonprofit newsroom. Sign up for its free weekly
 * newsletter at ..."), not a speaker's words. */
static int has_signup_sentence(const char *t, size_t i, size_t e)
{
  size_t j;
  if (e - i > DL_MAX_BOILER_BYTES) return 0;
  /* hop from capital S to capital S: a sentence opening with one */
  for (j = i + 3; j < e; j++) {
    const char *c = (const char *)memchr(t + j, 'S', e - j);
    if (!c) break;
    j = (size_t)(c - t);
    if (t[j - 1] == ' ' && (t[j - 2] == '.' || t[j - 2] == '?' || t[j - 2] == '!')) {
      size_t k = j, se = k;
      while (se < e && !((t[se] == '.' || t[se] == '?' || t[se] == '!')
                         && (se + 1 == e || t[se + 1] == ' ')))
        se++;
      if (is_signup_prompt(t, k, se < e ? se + 1 : e)) return !reports_speech(t, i, e);
    }
  }
  return 0;
}

static int is_boilerplate_at(const char *t, const dl_para *p, int line,
                             int mid)
{
  size_t i = p->start, e = p->start + p->len, ws, we;
  long k;
  int sent = 0;
  if (p->len > DL_MAX_BOILER_BYTES || p->len == 0) return 0;
  if (mid) {
    /* a link's title, a credit or an embed signature ends without a full
     * stop, a sentence with one */
    unsigned char c = (unsigned char)t[i];
    if (c == '-' || c == 0xE2)
      return !ends_with_terminator(t, p) && is_embed_signature(t, i, e);
    /* "Read more: ...", "Photo | ...": a label in the first words, or a
     * lone "Advertisement" */
    if (p->len > 14) {
      size_t lim = p->len < 24 ? p->len : 24;
      if (!memchr(t + i, ':', lim) && !memchr(t + i, '|', lim)) return 0;
    }
    sent = ends_with_terminator(t, p);
  }
  /* "©", "(c) 2023" */
  if (p->len >= 2 && (unsigned char)t[i] == 0xC2
      && (unsigned char)t[i + 1] == 0xA9) return 1;
  if (p->len >= 4 && t[i] == '(' && (t[i + 1] == 'c' || t[i + 1] == 'C')
      && t[i + 2] == ')' && t[i + 3] == ' ') return 1;
  if (!mid && (is_rule_line(t, i, e) || is_end_mark(t, i, e))) return 1;
  if (!mid && (is_dash_signoff(t, i, e) || is_desk_signoff(t, i, e)
               || is_author_note(t, i, e) || is_caption_credit(t, i, e)
               || is_writer_bio(t, i, e) || is_bare_email(t, i, e)
               || is_latest_plug(t, i, e) || is_reach_line(t, i, e)
               || is_tip_prompt(t, i, e) || has_signup_sentence(t, i, e)))
    return 1;
  if (t[i] == '(') i++;
  ws = i;
  while (i < e && DL_IS_ALPHA(t[i])) i++;
  we = i;
  if (we == ws) return 0;
  if (mid) goto openers;
  /* "SOURCE Calloway Freight Systems, Inc." (press-release sign-off) */
  if (we - ws == 6 && memcmp(t + ws, "SOURCE", 6) == 0 && we + 1 < e
      && t[we] == ' ' && DL_IS_UPPER(t[we + 1])) return 1;
  if (is_contact_label(t, ws, e)) return 1;
  if (!line && is_credit(t, ws, e)) return 1;
  if (is_editors_note(t, ws, we, e)) return 1;
  if (is_inputs_credit(t, ws, e)) return 1;
openers:
  k = table_find(BOILER, COUNT(BOILER), sizeof(boiler), t + ws, we - ws);
  if (k < 0) return 0;
  while (k > 0 && word_cmp(t + ws, we - ws, BOILER[k - 1].w1) == 0) k--;
  for (; k < (long)COUNT(BOILER)
         && word_cmp(t + ws, we - ws, BOILER[k].w1) == 0; k++) {
    const boiler *b = &BOILER[k];
    size_t j = we, s2, w, words;
    if (mid && (!(b->kind & BP_MID) || (sent && !(b->kind & BP_SENT))))
      continue;
    if (b->w2) {
      w = next_word(t, &j, e, &s2);
      if (!dl_word_eq(t + s2, w, b->w2)) continue;
    }
    switch (b->kind & 0x0F) {
      case BP_ANY:
        return 1;
      case BP_COLON:
        while (j < e && t[j] == ' ') j++;
        if (j < e && (t[j] == ':' || t[j] == '|' || t[j] == '-'
                      || (unsigned char)t[j] == 0xE2)) {
          /* between paragraphs, a title's capital must open what the
           * label heads ("Related: Who is ...?"; "Related: the council
           * met." is a sentence of the story) */
          if (!(mid && (b->kind & BP_SENT))) return 1;
          j += (unsigned char)t[j] == 0xE2 ? 3 : 1;
          while (j < e && (t[j] == ' ' || t[j] == '"' || t[j] == '\''
                           || ((unsigned char)t[j] == 0xE2 && j + 2 < e
                               && (unsigned char)t[j + 1] == 0x80
                               && ((unsigned char)t[j + 2] == 0x9C
                                   || (unsigned char)t[j + 2] == 0x98))))
            j += (unsigned char)t[j] == 0xE2 ? 3 : 1;
          if (j < e && (DL_IS_UPPER(t[j]) || DL_IS_DIGIT(t[j]))) return 1;
        }
        break;
      case BP_SOCIAL:
        /* "Join the march, the group wrote on Telegram." is story */
        if (strcmp(b->w1, "join") == 0 && comma_clause(t, j, e)) break;
        if (memchr(t + j, '@', e - j)) return 1;
        for (words = 0; words < 12; words++) {
          w = next_word(t, &j, e, &s2);
          if (w == 0 && j < e) { j++; continue; }
          if (w == 0) break;
          if (dl_word_eq(t + s2, w, "on") || dl_word_eq(t + s2, w, "at")) {
            w = next_word(t, &j, e, &s2);
            if (table_find(SOCIAL, COUNT(SOCIAL), sizeof(char *), t + s2, w)
                >= 0) return 1;
          } else if (table_find(SOCIAL, COUNT(SOCIAL), sizeof(char *), t + s2, w) >= 0) {
            /* "Join The Punchline WhatsApp Channel": the network's
             * channel or group, named without "on" */
            w = next_word(t, &j, e, &s2);
            if (dl_word_eq(t + s2, w, "channel") || dl_word_eq(t + s2, w, "group")
                || dl_word_eq(t + s2, w, "community")) return 1;
          }
        }
        break;
      case BP_AMEND: {
        /* an amendment verb within four words; "first published" or
         * "originally appeared" within eight ("This report by The Canadian
         * Press was first published March 4, 2025.") */
        int first = 0;
        for (words = 0; words < 8; words++) {
          w = next_word(t, &j, e, &s2);
          if (w == 0) break;
          if (words < 4
              && table_find(AMEND, COUNT(AMEND), sizeof(char *), t + s2, w) >= 0)
            return 1;
          if (first && (dl_word_eq(t + s2, w, "published")
                        || dl_word_eq(t + s2, w, "appeared")))
            return 1;
          first = dl_word_eq(t + s2, w, "first")
                  || dl_word_eq(t + s2, w, "originally");
        }
        break;
      }
      case BP_NEWSROOM:
        /* a label: the first clause ends with ':' ("To contact Jane
         * Doe in Oslo:"), not with a comma and a story's instruction */
        for (s2 = j; s2 < e && t[s2] != ',' && t[s2] != '.'
                     && t[s2] != '\n'; s2++)
          if (t[s2] == ':') return 1;
        w = next_word(t, &j, e, &s2);
        if (!dl_word_eq(t + s2, w, "the")) break;
        w = next_word(t, &j, e, &s2);
        if (table_find(NEWSROOM_ROLE, COUNT(NEWSROOM_ROLE), sizeof(char *),
                       t + s2, w) >= 0) return 1;
        break;
      case BP_EMAIL: {
        /* the writer's address closing the story: "at" and a word with
         * '@' and a dot after it within DL_MAX_EMAIL_WORDS words
         * ("Contact the families at ..." without one, or "Contact
         * help@example.com for details", is story); or a phone number
         * after a name in capitals or a pronoun ("Contact Dana Lee at
         * (217) 555-0142."; "Contact the clinic at 555-0100" is story,
         * and so is a body after "the": "Contact the Red Cross at ...") */
        int named = 1;
        for (words = 0, w = 0; words < DL_MAX_EMAIL_WORDS && j < e; words++) {
          int after_at = w == 2 && dl_word_eq(t + s2, 2, "at");
          int after_the = w == 3 && dl_word_eq(t + s2, 3, "the");
          while (j < e && DL_IS_SPACE(t[j])) j++;
          s2 = j;
          while (j < e && !DL_IS_SPACE(t[j])) j++;
          w = j - s2;
          if (after_at && is_email_word(t, s2, j)) return 1;
          if (after_at && named && words > 1 && is_phone_at(t, s2, e)) return 1;
          if (after_the && DL_IS_UPPER(t[s2])) named = 0;
          if (!after_at && !(w == 2 && dl_word_eq(t + s2, 2, "at"))
              && !DL_IS_UPPER(t[s2]) && !dl_word_in(t + s2, w, PHONE_WHO, COUNT(PHONE_WHO)))
            named = 0;
        }
        break;
      }
      default:   /* BP_EXACT: only punctuation may follow */
        while (j < e && (DL_IS_PUNCT(t[j]) || DL_IS_SPACE(t[j]))) j++;
        if (j == e) return 1;
        break;
    }
  }
  return 0;
}

static int is_boilerplate(const char *t, const dl_para *p, int line)
{
  return is_boilerplate_at(t, p, line, 0);
}

/* First bytes of a paragraph that may be boilerplate inside the body: the
 * initials of the BP_MID openers and the dashes of an embed signature. */
static const unsigned char MID_OPENER[256] = {
  ['-'] = 1, [0xE2] = 1, ['A'] = 1, ['C'] = 1, ['I'] = 1, ['P'] = 1,
  ['R'] = 1, ['a'] = 1, ['c'] = 1, ['i'] = 1, ['p'] = 1, ['r'] = 1
};

/* (segment.h) A time stamp: no word of four or more lower-case letters
 * besides the few a stamp uses ("updated", "published" ... set *keyed). */
int dl_is_stamp(const char *s, size_t n, int *keyed)
{
  /* what a stamp word says of the line: SW_KEY, a stamp for sure
   * (updated, published, posted, modified; recorded, a podcast's);
   * SW_LABEL, one before a colon ("Date: 2025-06-12", "Load-Date: June
   * 13, 2025", a field's label); SW_PLAIN, a word a stamp may hold */
  enum { SW_PLAIN, SW_KEY, SW_LABEL };
  static const struct { const char *w; unsigned char kind; } stamp_words[] = {
    {"updated", SW_KEY}, {"published", SW_KEY}, {"posted", SW_KEY}, {"modified", SW_KEY},
    {"last", SW_PLAIN}, {"at", SW_PLAIN}, {"on", SW_PLAIN}, {"date", SW_LABEL},
    {"load", SW_PLAIN}, {"recorded", SW_KEY},
    {"read", SW_PLAIN},  /* a reading time after the date: "4 min read" */
    {"update", SW_LABEL} /* "08.05.2025 - Update : 08.05.2025" (Anadolu) */
  };
  size_t i = 0, digits = 0, run = 0, k;
  int clock = 0, key = 0;
  unsigned long first = 0;   /* the first letters of stamp_words, a bit each */
  if (keyed) *keyed = 0;
  if (n == 0 || n > DL_MAX_STAMP_LINE) return 0;
  for (k = 0; k < sizeof stamp_words / sizeof stamp_words[0]; k++)
    first |= 1ul << (stamp_words[k].w[0] - 'a');
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    if (DL_IS_DIGIT(c)) {
      run++;
      if (run > digits) digits = run;
      if (i + 1 < n && s[i + 1] == ':') clock = 1;
      i++;
    } else if (DL_IS_ALPHA(c) && (i == 0 || !DL_IS_ALPHA(s[i - 1]))) {
      size_t j = i;
      int ok = 0;
      while (j < n && DL_IS_ALPHA(s[j])) j++;
      /* (most words open with a letter no stamp word does) */
      if (first >> ((c | 0x20) - 'a') & 1u)
        for (k = 0; k < sizeof stamp_words / sizeof stamp_words[0]; k++)
          if (stamp_words[k].w[0] == (char)(c | 0x20)   /* (c a letter: its lower case) */
              && dl_word_eq(s + i, j - i, stamp_words[k].w)) {
            ok = 1;
            if (stamp_words[k].kind == SW_KEY) key = 1;
            else if (stamp_words[k].kind == SW_LABEL) {
              size_t c2 = j;   /* (a space may stand before the colon) */
              while (c2 < n && c2 < j + 2 && s[c2] == ' ') c2++;
              if (c2 < n && s[c2] == ':') {
                /* "Update" labels a stamp only with the date right after
                 * it ("Update : 08.05.2025"), not a title's "Update: Storm
                 * Hits Coast" */
                size_t d2 = c2 + 1;
                while (d2 < n && s[d2] == ' ') d2++;
                if (stamp_words[k].w[0] != 'u' || (d2 < n && DL_IS_DIGIT(s[d2]))) key = 1;
              }
            }
            break;
          }
      if (DL_IS_UPPER(c)) ok = 1;   /* "First published", "Tue", "GMT" */
      /* am, pm, a.m. and the short words of dates pass */
      if (!ok && j - i >= 4) return 0;
      run = 0;
      i = j;
    } else {
      run = 0;
      i++;
    }
  }
  if (keyed) *keyed = key;
  return digits == 4 || clock;
}

/* A section label over the headline ("Politics", "World news",
 * "ANALYSIS"): one to three words, no digits, no punctuation. */
#define DL_MAX_LABEL_BYTES 32
static int is_section_label(const char *t, const dl_para *p)
{
  size_t i, e = p->start + p->len, words;
  if (p->len == 0 || p->len > DL_MAX_LABEL_BYTES || !DL_IS_UPPER(t[p->start]))
    return 0;
  for (i = p->start; i < e; i++)
    if (!DL_IS_ALPHA(t[i]) && t[i] != ' ' && t[i] != '&' && t[i] != '\'')
      return 0;
  /* one word ("Politics"), or up to three in capitals ("WORLD NEWS"):
   * "Obama Wins" over a deck is a headline, not a label */
  words = count_words(t, p->start, e, 3);
  if (words == 1) return 1;
  for (i = p->start; i < e; i++)
    if (DL_IS_LOWER(t[i])) return 0;
  return words <= 3;
}

/* A press release's contact details under its "Media contact:" label
 * ("Jamie Ross\npress@acme.example\n+1 713 555 0142"): an e-mail address
 * or a telephone number written as one (seven digits or more in a run of
 * digits, spaces, brackets and dashes between digits, with a "+", a
 * bracket or such a dash in it: not a table's "2024 2023" or "1.73 --"),
 * no lower-case word but a few contact labels ("To contact the families,
 * call 555-0100" is story), and no full stop at the end. */
#define DL_MIN_PHONE_DIGITS 7
static const char *const CONTACT_LABELS[] = {
  "cell", "email", "fax", "mobile", "phone", "tel"
};
static int is_contact_details(const char *t, const dl_para *p)
{
  size_t i, e = p->start + p->len, digits = 0;
  int found = 0, marked = 0;
  if (p->len == 0 || p->len > DL_MAX_BOILER_BYTES || ends_with_terminator(t, p))
    return 0;
  for (i = p->start; i < e; ) {
    size_t ws = i, j;
    int at = 0;
    while (i < e && !DL_IS_SPACE(t[i])) i++;   /* one token: t[ws..i) */
    for (j = ws; j < i; j++) {
      unsigned char c = (unsigned char)t[j];
      if (c == '@' && j > ws && j + 1 < i && memchr(t + j, '.', i - j)) at = 1;
      if (DL_IS_DIGIT(c)) {
        if (++digits >= DL_MIN_PHONE_DIGITS && marked) found = 1;
      } else if (c == '+' || c == '(' || c == ')'
                 || (c == '-' && j > ws && DL_IS_DIGIT(t[j - 1]) && j + 1 < i
                     && DL_IS_DIGIT(t[j + 1]))) {   /* "555-0199", not "1.73 --" */
        marked = 1;
      } else {
        digits = 0;
        marked = 0;
      }
    }
    if (at) found = 1;
    else if (DL_IS_LOWER(t[ws])) {
      size_t we = ws;
      while (we < i && DL_IS_ALPHA(t[we])) we++;
      if (table_find(CONTACT_LABELS, COUNT(CONTACT_LABELS), sizeof(char *), t + ws,
                     we - ws) < 0) return 0;
    }
    while (i < e && DL_IS_SPACE(t[i])) i++;
  }
  return found;
}

/* A link's title in a list closing a page: one short line opening with
 * a capital, no sentence end ("Ogun signs deal with rice farmers"). */
static int is_link_title(const char *t, const dl_para *p)
{
  size_t i = p->start, e = p->start + p->len;
  if (p->len == 0 || p->len > DL_MAX_LINK_TITLE_BYTES || !DL_IS_UPPER(t[i])
      || memchr(t + i, '\n', p->len) || ends_with_terminator(t, p))
    return 0;
  return t[e - 1] != ':';
}

/* A live page's summary of its posts copied as text: the label "Key
 * events" (or its button, "Show key events only"), then the posts'
 * titles, each after its clock time ("8:55 PM: AP calls the race"),
 * which a story's paragraph ending as a sentence is not. */
static int is_key_events_label(const char *t, const dl_para *p)
{
  size_t e = p->start + p->len;
  const char *s = t + p->start;
  while (e > p->start && (DL_IS_SPACE(t[e - 1]) || t[e - 1] == ':')) e--;
  /* (each word by its place, a space between: not "Key-events") */
  return (e - p->start == 10 && dl_word_eq(s, 3, "key") && s[3] == ' '
          && dl_word_eq(s + 4, 6, "events"))
         || (e - p->start == 20 && dl_word_eq(s, 4, "show") && s[4] == ' '
             && dl_word_eq(s + 5, 3, "key") && s[8] == ' '
             && dl_word_eq(s + 9, 6, "events") && s[15] == ' '
             && dl_word_eq(s + 16, 4, "only"));
}
static int is_clock_title(const char *t, const dl_para *p)
{
  size_t i = p->start, e = p->start + p->len;
  if (p->len < 6 || !DL_IS_DIGIT(t[i])) return 0;
  i += DL_IS_DIGIT(t[i + 1]) ? 2 : 1;
  if (i + 3 > e || (t[i] != ':' && t[i] != '.') || !DL_IS_DIGIT(t[i + 1])
      || !DL_IS_DIGIT(t[i + 2]))
    return 0;
  return !ends_with_terminator(t, p);
}

/* Is the paragraph a label over a list: it ends with a colon ("Also
 * Read:"), or is a short heading without a sentence end ("Related
 * Coverage")? */
static int list_label(const char *t, const dl_para *p)
{
  size_t e = p->start + p->len;
  while (e > p->start && DL_IS_SPACE(t[e - 1])) e--;
  if (e == p->start) return 0;
  return t[e - 1] == ':'
      || (e - p->start <= DL_MAX_LIST_LABEL_BYTES && !memchr(t + p->start, '\n', e - p->start)
          && !ends_with_terminator(t, p));
}

/* The heading of a press release's company description, "About Acme
 * Energy" (then a paragraph or two about the company, before the
 * contacts): "About" and a name in capitals, no full stop. */
#define DL_MAX_ABOUT_BYTES 80
#define DL_MAX_ABOUT_WORDS 8
#define DL_MAX_ABOUT_PARAS 3   /* paragraphs of description under it */
static int is_about_heading(const char *t, const dl_para *p)
{
  size_t i = p->start, e = p->start + p->len, words = 0;
  if (p->len < 7 || p->len > DL_MAX_ABOUT_BYTES || memcmp(t + i, "About ", 6) != 0
      || !DL_IS_UPPER(t[i + 6]))
    return 0;
  /* no sentence ends it; a company's abbreviation may ("About Acme
   * Mining Corp.", "About Acme Inc.") */
  if (ends_with_terminator(t, p)
      && !(t[e - 1] == '.' && abbrev_class(t, i + 6, e - 1, NULL) == AB_GENERAL))
    return 0;
  for (i += 6; i < e; ) {
    size_t ws, w;
    while (i < e && DL_IS_SPACE(t[i])) i++;
    if (i >= e) break;
    ws = i;
    while (i < e && !DL_IS_SPACE(t[i])) i++;
    w = i - ws;
    if (++words > DL_MAX_ABOUT_WORDS) return 0;
    /* a name's words, and the small words inside one ("Bank of Tokyo") */
    if (!DL_IS_UPPER(t[ws]) && !DL_IS_DIGIT(t[ws]) && t[ws] != '&'
        && !dl_word_eq(t + ws, w, "of") && !dl_word_eq(t + ws, w, "and")
        && !dl_word_eq(t + ws, w, "the") && !dl_word_eq(t + ws, w, "for"))
      return 0;
  }
  return words >= 1;
}

/* The heading of a press release's legal notice, over its paragraphs at
 * the end ("Forward-Looking Statements", "Safe Harbor Statement",
 * "Cautionary Note Regarding Forward-Looking Statements"): one short
 * line, no sentence end, naming forward-looking statements or opening
 * "Safe Harbor" / "Cautionary". */
#define DL_MAX_LEGAL_HEADING_BYTES 80
/* Bytes of the paragraph under it read for "forward-looking": the notice
 * names them in its first sentence. */
#define DL_MAX_LEGAL_SCAN_BYTES 400

/* Where t[i..e) names "forward-looking" / "forward looking", the byte
 * after it; else 0. */
static size_t find_forward_looking(const char *t, size_t i, size_t e)
{
  for (; i + 15 <= e; i++)
    if ((t[i] == 'F' || t[i] == 'f') && dl_word_eq(t + i, 7, "forward")
        && (t[i + 7] == '-' || t[i + 7] == ' ') && dl_word_eq(t + i + 8, 7, "looking"))
      return i + 15;
  return 0;
}

/* "Forward-Looking Statements" and "Cautionary Note Regarding
 * Forward-Looking Information" name their notice; a "Safe Harbor" or
 * "Cautionary Note" heading alone is the notice's when the paragraph
 * under it names forward-looking statements.  A story's own subheads
 * ("Safe harbour" over migrants landing, "Forward-looking investors",
 * "A cautionary tale") head no such notice. */
/* Does the paragraph under a heading (its first bytes) name
 * forward-looking statements?  Asked only of a "Safe ..." or
 * "Cautionary ..." heading, so a story's every short capitalised line
 * costs no scan of the next paragraph. */
static int names_forward_looking(const char *t, const dl_para *next)
{
  return next && find_forward_looking(t, next->start, next->start
           + (next->len < DL_MAX_LEGAL_SCAN_BYTES ? next->len : DL_MAX_LEGAL_SCAN_BYTES)) != 0;
}

static int is_legal_heading(const char *t, const dl_para *p, const dl_para *next)
{
  size_t i = p->start, e = p->start + p->len, ws, w, f;
  if (p->len < 10 || p->len > DL_MAX_LEGAL_HEADING_BYTES || !DL_IS_UPPER(t[i])
      || memchr(t + i, '\n', p->len) || ends_with_terminator(t, p) || t[e - 1] == ':')
    return 0;
  if ((f = find_forward_looking(t, i, e)) != 0) {
    w = next_word(t, &f, e, &ws);
    if (dl_word_eq(t + ws, w, "statement") || dl_word_eq(t + ws, w, "statements")
        || dl_word_eq(t + ws, w, "information"))
      return 1;
  }
  w = next_word(t, &i, e, &ws);
  if (dl_word_eq(t + ws, w, "cautionary")) {   /* not "Cautionary tale for ..." */
    w = next_word(t, &i, e, &ws);
    return (dl_word_eq(t + ws, w, "note") || dl_word_eq(t + ws, w, "statement")
            || dl_word_eq(t + ws, w, "statements") || dl_word_eq(t + ws, w, "language"))
           && names_forward_looking(t, next);
  }
  if (dl_word_eq(t + ws, w, "safe")) {
    w = next_word(t, &i, e, &ws);
    return (dl_word_eq(t + ws, w, "harbor") || dl_word_eq(t + ws, w, "harbour"))
           && names_forward_looking(t, next);
  }
  return 0;
}

/* The leading metadata header of an exported story, one field a paragraph
 * (block_flush): the title field is the headline and the author field the
 * byline, each from its value on; the other fields and the rules are not
 * story.  Returns the paragraphs of the header (0: none); *roles the
 * DL_PARA_HEADLINE and DL_PARA_BYLINE flags given. */
static size_t mark_meta_header(const char *t, dl_para *paras, size_t n,
                               uint32_t *roles)
{
  size_t i, fields = 0;
  *roles = 0;
  for (i = 0; i < n; i++) {
    int m = meta_line(t, paras[i].start, (size_t)paras[i].start + paras[i].len, NULL);
    if (m == META_NONE) break;
    if (m != META_RULE) fields++;
  }
  if (fields < DL_MIN_META_FIELDS) return 0;
  n = i;
  for (i = 0; i < n; i++) {
    dl_para *p = &paras[i];
    size_t e = (size_t)p->start + p->len, v = e;
    int m = meta_line(t, p->start, e, &v);
    uint32_t role = m == META_TITLE ? DL_PARA_HEADLINE
                    : m == META_AUTHOR ? DL_PARA_BYLINE : 0;
    if (role && v < e && !(*roles & role)) {
      p->start = (uint32_t)v;
      p->len = (uint32_t)(e - v);
      p->flags |= role;
      *roles |= role;
    } else {
      p->flags |= DL_PARA_BOILERPLATE;
    }
  }
  return n;
}

/* An editor's note, or a note that the story was amended or first
 * published elsewhere ("This story was originally published by ...", the
 * openers BP_AMEND reads), with its parentheses or not. */
static int is_lead_note(const char *t, const dl_para *p)
{
  size_t i = p->start, e = (size_t)p->start + p->len, ws;
  if (p->len == 0 || p->len > DL_MAX_BOILER_BYTES) return 0;
  if (t[i] == '(') i++;
  ws = i;
  while (i < e && DL_IS_ALPHA(t[i])) i++;
  if (is_editors_note(t, ws, i, e)) return 1;
  return dl_word_eq(t + ws, i - ws, "this") && is_boilerplate(t, p, 0);
}

/* A byline with "By", or one without it that ends with the page's date
 * or time ("Selin Kaya | 08.05.2025"). */
static int is_credit_line(const char *t, const dl_para *p)
{
  return is_byline(t, p) || dl_is_dated_credit(t + p->start, p->len);
}

void dl_mark_roles(const char *text, size_t len, dl_para *paras, size_t n)
{
  size_t i, top = 0, k;
  dl_dateline dl;
  uint32_t meta_roles = 0;
  if (n == 0) return;
  for (k = 0; k + 1 < n && docstart_line(text + paras[k].start, paras[k].len); k++)
    paras[k].flags |= DL_PARA_BOILERPLATE;
  if (k > 0) {
    /* the corpus's markers are no title: the story starts under them
     * (the call below meets none, so recurses no further) */
    dl_mark_roles(text, len, paras + k, n - k);
    return;
  }
  if ((top = mark_meta_header(text, paras, n, &meta_roles)) > 0) {
    /* no title field: a headline may still stand under the header */
    if (!(meta_roles & DL_PARA_HEADLINE) && top < n
        && !is_credit_line(text, &paras[top]) && is_headline(text, len, paras + top, n - top)) {
      paras[top].flags |= DL_PARA_HEADLINE;
      top++;
    }
  } else if (n >= 3 && is_section_label(text, &paras[0])
      && !is_credit_line(text, &paras[1])
      && !dl_is_stamp(text + paras[1].start, paras[1].len, NULL)
      && is_headline(text, len, paras + 1, n - 1)
      && !dl_find_dateline(text, paras[1].start,
                           (size_t)paras[1].start + paras[1].len, NULL, &dl)) {
    /* the label stays out of the story; the title under it is the
     * headline */
    paras[0].flags |= DL_PARA_BOILERPLATE;
    paras[1].flags |= DL_PARA_HEADLINE;
    top = 2;
  } else if (!is_credit_line(text, &paras[0]) && is_headline(text, len, paras, n)) {
    paras[0].flags |= DL_PARA_HEADLINE;
    top = 1;
  }
  for (i = top; i < n && i < top + DL_MAX_BYLINE_PARA && !(meta_roles & DL_PARA_BYLINE); i++) {
    if (i >= DL_MAX_BYLINE_PARA && !meta_roles) break;
    if (is_credit_line(text, &paras[i])) {
      paras[i].flags |= DL_PARA_BYLINE;
      top = i + 1;
      break;
    }
  }
  /* a note over the story, right under its headline or byline ("Editor's
   * note: This story has been updated ...", "This story was originally
   * published by ...") */
  if (top + 1 < n && is_lead_note(text, &paras[top])) {
    paras[top].flags |= DL_PARA_BOILERPLATE;
    top++;
  }
  /* trailing boilerplate: the run of such paragraphs at the end, never
   * reaching back into the headline or byline */
  k = n;
  while (k > top) {
    size_t j = k - 1;
    if (is_boilerplate(text, &paras[j], 0)) {
      paras[--k].flags |= DL_PARA_BOILERPLATE;
      continue;
    }
    /* contact details under their label ("Media Contact:", then the name,
     * e-mail and phone lines): a desk's "-- Paris Newsroom, +33 1 ..."
     * closing the story has no label and stays */
    while (j > top && is_contact_details(text, &paras[j])) j--;
    if (j == k - 1) {
      /* links' titles under a list's label ("Also Read:", then one title
       * a line): titles without a sentence end, at most
       * DL_MAX_LINK_TITLES of them */
      while (j > top && k - j <= DL_MAX_LINK_TITLES
             && !(list_label(text, &paras[j]) && is_boilerplate(text, &paras[j], 0))
             && is_link_title(text, &paras[j]))
        j--;
      if (j == k - 1 || !list_label(text, &paras[j])) break;
    }
    if (!is_boilerplate(text, &paras[j], 0)) break;
    while (k > j + 1) paras[--k].flags |= DL_PARA_BOILERPLATE;
  }
  /* a press release's "About Acme" section right before that run */
  /* (and its legal notice, "Forward-Looking Statements", under it or
   * over it: each such section marked, the next looked for above it) */
  for (i = k; i > top + 1 && k - i < DL_MAX_ABOUT_PARAS + 1; i--) {
    if (is_about_heading(text, &paras[i - 1])
        || is_legal_heading(text, &paras[i - 1], i < n ? &paras[i] : NULL)) {
      for (; k > i - 1; k--) paras[k - 1].flags |= DL_PARA_BOILERPLATE;
      i = k + 1;   /* the loop's i-- looks from the new k on */
    }
  }
  /* links, photo credits and embed signatures between body paragraphs
   * (first a cheap test of the opening byte: most paragraphs fail it) */
  for (i = top; i < k; i++) {
    if ((text[paras[i].start] == 'K' || text[paras[i].start] == 'S'
         || text[paras[i].start] == 'k' || text[paras[i].start] == 's')
        && is_key_events_label(text, &paras[i])) {
      size_t j;
      paras[i].flags |= DL_PARA_BOILERPLATE;
      for (j = i + 1; j < k && j - i <= DL_MAX_LINK_TITLES
                      && is_clock_title(text, &paras[j]); j++)
        paras[j].flags |= DL_PARA_BOILERPLATE;
      i = j - 1;
      continue;
    }
    if ((MID_OPENER[(unsigned char)text[paras[i].start]]
         && is_boilerplate_at(text, &paras[i], 0, 1))
        /* a photo caption ending with its credit */
        || (paras[i].len > 0 && text[paras[i].start + paras[i].len - 1] == ')'
            && is_caption_credit(text, paras[i].start,
                                 (size_t)paras[i].start + paras[i].len))
        || ((text[paras[i].start] == 'S' || text[paras[i].start] == 's')
            && is_signup_prompt(text, paras[i].start,
                                (size_t)paras[i].start + paras[i].len)))
      paras[i].flags |= DL_PARA_BOILERPLATE;
  }
}

/* ------------------------------------------------------------------ */
/* Sentences                                                           */
/* ------------------------------------------------------------------ */

/* Bytes that may end a sentence: . ! ? and 0xE2 (lead byte of U+2026). */
static const unsigned char TERM[256] = {
  ['!'] = 1, ['.'] = 1, ['?'] = 1, [0xE2] = 1,
  /* lead bytes of the full-width stops: 。 (E3 80 82), ！ ？ (EF BC ..) */
  [0xE3] = 1, [0xEF] = 1
};

/* Length of a full-width sentence stop at s[0..n) (。 ！ ？ ｡), or 0.  CJK
 * text writes no space after one, and a Latin sentence typed with a CJK
 * input method ends with one too ("sales rose 5%。 Its shares..."). */
static size_t wide_stop_len(const unsigned char *s, size_t n)
{
  if (n < 3) return 0;
  if (s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x82) return 3;
  if (s[0] == 0xEF && s[1] == 0xBC && (s[2] == 0x81 || s[2] == 0x9F))
    return 3;
  if (s[0] == 0xEF && s[1] == 0xBD && s[2] == 0xA1) return 3;
  return 0;
}

/* Length of a CJK closing bracket or quote (」 』 ） 】), or 0. */
static size_t wide_close_len(const unsigned char *s, size_t n)
{
  if (n < 3) return 0;
  if (s[0] == 0xE3 && s[1] == 0x80
      && (s[2] == 0x8D || s[2] == 0x8F || s[2] == 0x91)) return 3;
  if (s[0] == 0xEF && s[1] == 0xBC && s[2] == 0x89) return 3;
  return 0;
}

/* Index of the first byte of t[i..end) that may end a sentence, or end.
 * Sixteen bytes a step (dl_skip_plain): most of a paragraph holds none.
 * The skip stops at every byte >= 0x80 as at a possible ellipsis or
 * closing mark: the candidates of the sixteen bytes it stops at are
 * looked at one by one, and the scan goes on after them. */
static size_t find_term(const unsigned char *t, size_t i, size_t end)
{
#ifdef __SSE2__
  /* the same steps, with the block's candidates (a stop or a byte >=
   * 0x80, a superset of TERM) as bits: the first of them in TERM is the
   * first TERM byte of the block, found without a pass over the bytes
   * before it */
  const __m128i vd = _mm_set1_epi8('.'), ve = _mm_set1_epi8('!'), vq = _mm_set1_epi8('?');
  while (i + 16 <= end) {
    __m128i v = load16(t + i);
    unsigned m = (unsigned)_mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, vd), _mm_cmpeq_epi8(v, ve)),
                     _mm_or_si128(_mm_cmpeq_epi8(v, vq), v)));
    for (; m; m &= m - 1)
      if (TERM[t[i + low_bit(m)]]) return i + low_bit(m);
    i += 16;
  }
  while (i < end && !TERM[t[i]]) i++;
  return i;
#else
  for (;;) {
    size_t stop;
    i = dl_skip_plain(t, i, end, '.', '!', '?');
    /* the sixteen bytes the step stopped at (or the tail) one by one; a
     * byte >= 0x80 that is no stop ("é") sends the scan back to the steps */
    stop = i + 16 < end ? i + 16 : end;
    while (i < stop && !TERM[t[i]]) i++;
    if (i < stop || stop == end) return i;
  }
#endif
}

/* Length of a closing quote or bracket at s[0..n), or 0. */
static size_t close_len(const char *s, size_t n)
{
  unsigned char c = (unsigned char)s[0];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (n >= 3 && c == 0xE2 && (unsigned char)s[1] == 0x80
      && ((unsigned char)s[2] == 0x9D || (unsigned char)s[2] == 0x99))
    return 3;                                   /* ” ’ */
  if (n >= 2 && c == 0xC2 && (unsigned char)s[1] == 0xBB) return 2;   /* » */
  return 0;
}

/* Length of an opening quote or bracket at s[0..n), or 0. */
static size_t open_len(const char *s, size_t n)
{
  size_t adv;
  int32_t cp;
  unsigned char c = (unsigned char)s[0];
  /* '`' too: the TeX-style opening quote of ``...'' */
  if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '`') return 1;
  if (c < 0x80) return 0;
  cp = dl_utf8_decode(s, n, &adv);
  return dl_cp_is_open_quote(cp) ? adv : 0;
}

/* Does a sentence plausibly open at s[0..n)?  strict: only a word of the
 * STARTERS table (capitalized, not itself followed by a period). */
static int opens_sentence(const char *s, size_t n, int strict)
{
  size_t i = 0, k, adv, w;
  int32_t cp;
  while (i < n && (k = open_len(s + i, n - i)) > 0 && i < 8) i += k;
  if (i >= n) return 0;
  cp = dl_utf8_decode(s + i, n - i, &adv);
  if (!strict)
    return cp_is_upper(cp) || (cp < 0x80 && DL_IS_DIGIT(cp))
           /* a brand written in camel case: "iPhone", "eBay" */
           || (DL_IS_LOWER(s[i]) && i + 2 < n && DL_IS_UPPER(s[i + 1])
               && DL_IS_ALPHA(s[i + 2]));
  if (!DL_IS_UPPER(s[i])) return 0;
  for (w = i; w < n && DL_IS_ALPHA(s[w]); w++) {}
  if (w < n && (s[w] == '.' || s[w] == '\'' || s[w] == '-')) return 0;
  return table_find(STARTERS, COUNT(STARTERS), sizeof(char *), s + i, w - i)
         >= 0;
}

/* Is the word t[b..p) (the period at p excluded) "a.m" or "p.m"? */
static int is_ampm(const char *t, size_t b, size_t p)
{
  return p - b == 3 && (DL_LOWER(t[b]) == 'a' || DL_LOWER(t[b]) == 'p')
         && t[b + 1] == '.' && DL_LOWER(t[b + 2]) == 'm';
}

/* Nouns whose single-letter label is no initial ("vitamin C.", "hepatitis
 * B.", "Category A.", "Appendix C.", "Schedule C.", "Class A.", "blood
 * type O."), and "degrees", after which the letter is a unit ("38.6
 * degrees C."); sorted, lower case.  Nouns that are also surnames
 * ("Plan", "Page", "Block") are left out: in "Plan B. Smith" the letter
 * may be an initial. */
static const char *const LETTER_NOUNS[] = {
  "annex", "appendix", "category", "class", "degree", "degrees", "exhibit",
  "hepatitis", "schedule", "type", "vitamin", "vitamins"
};

/* The start of the run of letters that ends at t[e] (at most DL_MAX_WORD
 * of them, none before lo): the word before a space or a mark. */
static size_t word_start_before(const char *t, size_t lo, size_t e)
{
  size_t a = e;
  while (a > lo && DL_IS_ALPHA(t[a - 1]) && e - a < DL_MAX_WORD) a--;
  return a;
}

/* Classify the word ending just before the period at text[p]: 0 for an
 * ordinary word, else AB_TITLE / AB_NUMBER / AB_GENERAL.  *wb (when not
 * NULL) receives the start of the word. */
static int abbrev_class(const char *t, size_t lo, size_t p, size_t *wb)
{
  size_t b = p, letters = 0, seg = 0, maxseg = 0, dots = 0;
  long k;
  /* back to the start of the word: letters and inner periods */
  while (b > lo && p - b < DL_MAX_WORD) {
    unsigned char c = (unsigned char)t[b - 1];
    if (DL_IS_ALPHA(c)) { letters++; seg++; }
    else if (c == '.' && b < p && DL_IS_ALPHA(t[b])) {
      dots++;
      if (seg > maxseg) maxseg = seg;
      seg = 0;
    } else {
      break;
    }
    b--;
  }
  if (seg > maxseg) maxseg = seg;
  if (wb) *wb = b;
  if (letters == 0) return 0;
  if (b > lo) {
    unsigned char c = (unsigned char)t[b - 1];
    /* a title after a prefix and a hyphen ("Ex-Gov. Peter Obi", "ex-Sen.",
     * "Vice-Adm."): the title's class, and only a title's */
    if (c == '-' && b - 1 > lo && DL_IS_ALPHA(t[b - 2]) && dots == 0) {
      k = table_find(ABBREVS, COUNT(ABBREVS), sizeof(abbrev), t + b, p - b);
      return k >= 0 && (ABBREVS[k].cls & 0x0F) == AB_TITLE && DL_IS_UPPER(t[b])
             ? AB_TITLE : 0;
    }
    /* glued to digits or other symbols: "5.", "$3." are no abbreviations,
     * nor is a unit after a degree sign ("45°C.") */
    if (DL_IS_DIGIT(c) || c == '.' || c == '-' || c == '/' || c == '@'
        || (c == 0xB0 && b - 1 > lo && (unsigned char)t[b - 2] == 0xC2))
      return 0;
  }
  /* dotted short segments: U.S. e.g. a.m. N.Y. J.R.R. Ph.D. */
  if (dots > 0 && maxseg <= 2) return AB_GENERAL;
  if (dots > 0) return 0;
  if (b >= lo + 2 && t[b - 1] == ' ') {
    size_t e = b - 1;
    /* a letter that names a kind after its noun ("vitamin C.", "hepatitis
     * B.", "Category A.") is a label, not a name's initial, and one after
     * "degrees" a unit ("38.6 degrees C."), as is a C or F after a number
     * that is no year ("hit 41 C.", but "in 1998 C. Ruiz won"); the word
     * before is read only for a single letter */
    if (letters == 1) {
      size_t a = word_start_before(t, lo, e);
      if (e - a >= 4 && table_find(LETTER_NOUNS, COUNT(LETTER_NOUNS), sizeof(char *),
                                   t + a, e - a) >= 0)
        return 0;
      if ((t[b] == 'C' || t[b] == 'F') && DL_IS_DIGIT(t[e - 1])) {
        size_t d = e;
        while (d > lo && DL_IS_DIGIT(t[d - 1])) d--;
        if (!(e - d == 4 && (d == lo || t[d - 1] == ' '))) return 0;
      }
    }
    /* capitals after a clock time are its zone ("8 p.m. EST."), not the
     * abbreviation the word spells in lower case ("est.") */
    if (letters >= 2 && e >= lo + 4 && t[e - 1] == '.' && is_ampm(t, e - 4, e - 1)
        && (e == lo + 4 || !DL_IS_ALPHA(t[e - 5]))) {
      size_t j;
      for (j = b; j < p && DL_IS_UPPER(t[j]); j++) {}
      if (j == p) return 0;
    }
  }
  /* a single capital letter: an initial ("George W. Bush") */
  if (letters == 1 && DL_IS_UPPER(t[b])) return AB_GENERAL;
  k = table_find(ABBREVS, COUNT(ABBREVS), sizeof(abbrev), t + b, p - b);
  if (k < 0) return 0;
  if ((ABBREVS[k].cls & AB_CAP) && !DL_IS_UPPER(t[b])) return 0;
  return ABBREVS[k].cls & 0x0F;
}

/* Capitalized words that continue a time after "a.m." / "p.m." ("5 p.m.
 * Eastern", "5 p.m. Pacific time"); sorted, lower case. */
static const char *const ZONE_WORDS[] = {
  "atlantic", "central", "eastern", "greenwich", "local", "mountain",
  "pacific", "universal"
};

/* The zones of the United States without their standard or daylight
 * letter ("8 p.m. ET"), which the zone table (dl_tz_abbrev) leaves out
 * as they name no fixed offset; sorted, lower case. */
static const char *const US_ZONES[] = { "ct", "et", "mt", "pt" };

/* Company suffixes after which a capitalized word followed by a
 * lower-case one opens a sentence ("... Delta Corp. Analysts said"). */
static const char *const COMPANY_SUFFIX[] = {
  "bhd", "co", "corp", "inc", "ltd", "pte", "pty"
};

/* Length of the run of ASCII letters at s[0..n). */
static size_t alpha_run(const char *s, size_t n)
{
  size_t w = 0;
  while (w < n && DL_IS_ALPHA(s[w])) w++;
  return w;
}

/* After "a.m." / "p.m.": does a sentence open at s[0..n)?  A capitalized
 * word does ("7 p.m. Sen. Maria Delgado said", "7 p.m. Officials said"),
 * unless it continues the time: a weekday or month ("5 p.m. Tuesday",
 * "5 p.m. Oct. 3"), a zone ("5 p.m. EST", "5 p.m. Eastern", "5 p.m. Moscow
 * time").  Digits and brackets ("5 p.m. (1400 GMT)") never open one. */
static int ampm_opens(const char *s, size_t n)
{
  size_t i = 0, k, w, j, words;
  while (i < n && i < 8 && (k = open_len(s + i, n - i)) > 0) {
    if (s[i] == '(' || s[i] == '[') return 0;
    i += k;
  }
  if (i >= n || !DL_IS_UPPER(s[i])) {
    size_t adv;
    return i < n && (unsigned char)s[i] >= 0x80
           && cp_is_upper(dl_utf8_decode(s + i, n - i, &adv));
  }
  w = alpha_run(s + i, n - i);
  if (opens_sentence(s, n, 1)) return 1;
  if (dl_month_from_name(s + i, w) || dl_weekday_from_name(s + i, w))
    return 0;
  if (w >= 2 && w <= 5) {           /* EST, GMT, ET, AEDT; also "ET." */
    int off;
    for (j = i; j < i + w && DL_IS_UPPER(s[j]); j++) {}
    /* capitals that name a zone continue the time; others ("2 p.m. NATO
     * officials said", "FBI agents") open a sentence */
    if (j == i + w && (dl_tz_abbrev(s + i, w, 0, &off)
                       || table_find(US_ZONES, COUNT(US_ZONES), sizeof(char *),
                                     s + i, w) >= 0))
      return 0;
  }
  if (i + w < n && s[i + w] == '.') return 1;   /* "Sen.", "U.S." */
  if (table_find(ZONE_WORDS, COUNT(ZONE_WORDS), sizeof(char *), s + i, w) >= 0)
    return 0;
  /* "Moscow time", "British Summer Time": a "time" within three words */
  j = i + w;
  for (words = 0; words < 3 && j < n; words++) {
    while (j < n && s[j] == ' ') j++;
    w = alpha_run(s + j, n - j);
    if (w == 0) break;
    if (dl_word_eq(s + j, w, "time")) return 0;
    if (!DL_IS_UPPER(s[j])) break;
    j += w;
  }
  return 1;
}

/* Abbreviations that are a word of their own, never part of a name,
 * after which a capitalized plain word followed by a lower-case one opens
 * a sentence as after a company suffix ("closes in Oct. Late filers pay",
 * "reported by Park et al. Critics said", "on Main Ave. Police said");
 * sorted, lower case.  Not "Jr." ("King Jr. Day falls") nor states
 * ("Del. Smith said": a delegate). */
static const char *const WORD_ABBREV_END[] = {
  "al", "apr", "aug", "ave", "blvd", "dec", "etc", "feb", "fri", "jan",
  "jul", "jun", "mar", "mon", "nov", "oct", "rd", "sat", "sep", "sept",
  "sun", "thu", "thur", "thurs", "tue", "tues", "wed"
};

/* Titles that are also a word after a name: "Main St." (Street) and
 * "Jack Ma." (a surname) end sentences where "St. Louis" and "Ma. Lourdes"
 * do not; sorted, lower case. */
static const char *const TITLE_OR_WORD[] = { "ma", "st" };

/* Imperial units written with a period that a second number of the same
 * measure follows ("5 ft. 10 in."), and hours and minutes of a duration
 * ("1 hr. 32 min."); sorted. */
static const char *const UNIT_BEFORE_NUMBER[] = {
  "ft", "hr", "hrs", "in", "lb", "lbs", "min", "mins", "oz", "yd", "yds"
};

/* Smaller units that the second number of such a measure carries ("10
 * in.", "14 min", "30 sec."): "The meeting ran 45 min. 10 people spoke"
 * has none, and ends there; sorted. */
static const char *const UNIT_AFTER_NUMBER[] = {
  "in", "inches", "min", "mins", "minutes", "oz", "ounces", "s", "sec",
  "seconds", "secs"
};

/* Does s[0..n) open with a number and a unit of UNIT_AFTER_NUMBER ("32
 * min.", "4 oz")? */
static int unit_number_opens(const char *s, size_t n)
{
  size_t i = 0, w;
  while (i < n && i < 8 && (DL_IS_DIGIT(s[i]) || (i > 0 && s[i] == '.'))) i++;
  if (i == 0 || i >= n || s[i] != ' ') return 0;
  i++;
  w = alpha_run(s + i, n - i);
  return w > 0 && (i + w >= n || !DL_IS_ALPHA(s[i + w]))
         && table_find(UNIT_AFTER_NUMBER, COUNT(UNIT_AFTER_NUMBER),
                       sizeof(char *), s + i, w) >= 0;
}

/* Verbs of an attribution after a quoted question or exclamation:
 * '"Where is it?" Lee asked.' is one sentence; sorted, lower case. */
static const char *const ATTRIB_VERBS[] = {
  "added", "answered", "asked", "asks", "cried", "demanded", "exclaimed",
  "insisted", "replied", "said", "says", "screamed", "shouted", "wondered",
  "yelled"
};

/* Words that continue a company name after its suffix ("Service Corp.
 * International"); sorted, lower case. */
static const char *const COMPANY_CONT[] = {
  "america", "americas", "global", "group", "holdings", "international",
  "worldwide"
};

/* Does t[a..b) hold a word that starts with a lower-case letter?  A
 * sentence made only of capitalized words ("Service Corp.") is a name. */
static int has_lower_word(const char *t, size_t a, size_t b)
{
  size_t i;
  for (i = a; i < b; i++)
    if (DL_IS_LOWER(t[i]) && (i == a || t[i - 1] == ' ')) return 1;
  return 0;
}

/* After a company suffix ("Corp.", "Inc."): a capitalized plain word
 * followed by a lower-case one ("Analysts said") opens a sentence. */
static int company_opens(const char *s, size_t n)
{
  size_t w, j;
  if (n == 0 || !DL_IS_UPPER(s[0])) return 0;
  w = alpha_run(s, n);
  if (w < 2 || w >= n || s[w] != ' ') return 0;
  if (table_find(COMPANY_CONT, COUNT(COMPANY_CONT), sizeof(char *), s, w) >= 0)
    return 0;
  for (j = 1; j < w; j++)
    if (!DL_IS_LOWER(s[j])) return 0;         /* "CEO", "McDonald" */
  j = w;
  while (j < n && s[j] == ' ') j++;
  return j < n && DL_IS_LOWER(s[j]);
}

/* Does s[0..n) open with a quotation ('"We', '“Probably') whose first
 * word is capitalized?  (speech_opens then looks for its closing mark.) */
static int quote_opens(const char *s, size_t n)
{
  size_t i, adv;
  if (n >= 2 && s[0] == '"') i = 1;
  else if (n >= 4 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80
           && (unsigned char)s[2] == 0x9C) i = 3;
  else return 0;
  return cp_is_upper(dl_utf8_decode(s + i, n - i, &adv));
}

#define DL_MAX_SPEECH 400   /* bytes searched for a quotation's closing mark */

/* Does s[0..n) open a quotation of speech: a capitalized first word, and
 * a stop just inside its closing mark within DL_MAX_SPEECH bytes ('"History
 * says no."', '“Why?”'), with comma set a comma too ('"We won," she
 * said')?  After any abbreviation that may end a sentence ('... of the
 * A.N.U. "History says no."') it opens one; a quoted name or slogan ('the
 * U.S. "Buy American" rules') has no stop inside. */
static int speech_opens(const char *s, size_t n, int comma)
{
  size_t i, lim = n < DL_MAX_SPEECH ? n : DL_MAX_SPEECH;
  int curly;
  if (!quote_opens(s, n)) return 0;
  curly = s[0] != '"';
  for (i = curly ? 3 : 1; i < lim; i++) {
    if (!curly && s[i] == '"') break;
    if (curly && i + 2 < lim && (unsigned char)s[i] == 0xE2
        && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x9D) break;
  }
  if (i >= lim) return 0;
  return s[i - 1] == '.' || s[i - 1] == '!' || s[i - 1] == '?'
         || (comma && s[i - 1] == ',')
         || (i >= 3 && (unsigned char)s[i - 1] == 0xA6 && (unsigned char)s[i - 2] == 0x80);
}

/* Verbs whose addressee the quotation's words are put to ('He told the
 * U.N. "We are ready."'); sorted. */
static const char *const TELL_VERBS[] = {
  "asked", "assured", "reminded", "told", "urged", "warned", "wrote"
};

/* Is the abbreviation at t[wb..] the addressee of a verb of TELL_VERBS,
 * "the" allowed between ("asked the F.B.I.")?  Its quotation is then the
 * words told, the same sentence. */
static int told_before(const char *t, size_t lo, size_t wb)
{
  size_t e = wb, a;
  int k;
  for (k = 0; k < 2; k++) {
    if (e < lo + 2 || t[e - 1] != ' ') return 0;
    e--;
    a = word_start_before(t, lo, e);
    if (a == e) return 0;
    if (table_find(TELL_VERBS, COUNT(TELL_VERBS), sizeof(char *), t + a, e - a) >= 0)
      return 1;
    if (k > 0 || e - a != 3 || memcmp(t + a, "the", 3) != 0) return 0;
    e = a;
  }
  return 0;
}

/* Does s[0..n) open with a brand written in camel case ("iPhone",
 * "eBay")?  No name goes on with one after an initial. */
static int camel_opens(const char *s, size_t n)
{
  return n > 2 && DL_IS_LOWER(s[0]) && DL_IS_UPPER(s[1]) && DL_IS_ALPHA(s[2]);
}

/* Is the word before t[wb] (one space back, within the sentence from lo)
 * a capitalized word: "Main St.", "Jack Ma."? */
static int after_capitalized_word(const char *t, size_t lo, size_t wb)
{
  size_t e, b;
  if (wb < lo + 2 || t[wb - 1] != ' ') return 0;
  e = wb - 1;
  b = word_start_before(t, lo, e);
  return b < e && DL_IS_UPPER(t[b]);
}

/* Words that open a clause after a verb of saying ("said it was not",
 * "said the talks were over", "said nothing"): the verb's subject opens a
 * sentence of its own, not the quotation's speaker; sorted. */
static const char *const CLAUSE_OPENERS[] = {
  "he", "it", "its", "no", "nothing", "she", "that", "the", "their",
  "there", "these", "they", "this", "those", "we"
};

/* Does s[0..n) (after a verb, from its space) go on with a clause:
 * '" said it was"'?  "said in a statement" does not; a verb that takes
 * a person as its object ("asked", "demanded") is not asked. */
static int clause_follows(const char *s, size_t n)
{
  size_t i = 0, w;
  while (i < n && s[i] == ' ') i++;
  w = alpha_run(s + i, n - i);
  return w > 0 && table_find(CLAUSE_OPENERS, COUNT(CLAUSE_OPENERS),
                             sizeof(char *), s + i, w) >= 0;
}

#define DL_MAX_APPOSITIVE 6   /* words of ", the city's mayor," */

/* Does s[0..n) (after a name's comma and space) hold an appositive of a
 * person: "the", "a" or "an", a few lower-case words, a comma ("the
 * mayor,")?  Its length with the comma, else 0. */
static size_t appositive_end(const char *s, size_t n)
{
  size_t i = 0, w, words = 0;
  w = alpha_run(s, n);
  if (!((w == 3 && memcmp(s, "the", 3) == 0) || (w == 1 && s[0] == 'a')
        || (w == 2 && memcmp(s, "an", 2) == 0)))
    return 0;
  while (i < n && words < DL_MAX_APPOSITIVE) {
    w = alpha_run(s + i, n - i);
    if (w == 0 || !DL_IS_LOWER(s[i])) return 0;
    i += w;
    if (i + 1 < n && s[i] == '\'' && s[i + 1] == 's') i += 2;   /* "city's" */
    words++;
    if (i < n && s[i] == ',') {
      return words < 2 ? 0 : i + 1;
    }
    if (i >= n || s[i] != ' ') return 0;
    i++;
  }
  return 0;
}

/* After a quoted question or exclamation: is s[0..n) an attribution that
 * finishes the sentence ('"Why?" Lee asked.', '"Stop!" Sen. Ann Ward
 * shouted,')?  Up to four capitalized words, a verb of ATTRIB_VERBS,
 * then a comma, a period or the end; after a name of two words or more
 * ('"Why now?" Gov. Jane Smith asked reporters') anything but a clause
 * (one word before a verb may open a sentence: "Critics said it was not";
 * so may more: "The Senate said nothing"); an age or an appositive may
 * stand after the name and counts as a word of it ('"Why?" Smith, 54,
 * asked the judge', '"Who?" Ann Lee, the mayor, asked'). */
static int attribution_follows(const char *s, size_t n)
{
  size_t i = 0, w, words = 0;
  while (i < n && words < 5) {    /* "Finance Minister Ana Ruiz asked" */
    w = alpha_run(s + i, n - i);
    if (w == 0) return 0;
    if (words > 0 && table_find(ATTRIB_VERBS, COUNT(ATTRIB_VERBS),
                                sizeof(char *), s + i, w) >= 0) {
      i += w;
      if (i >= n || s[i] == '.' || s[i] == ',') return 1;
      /* "asked the judge": a person asked, the object follows */
      return words >= 2 && s[i] == ' '
             && ((w >= 4 && memcmp(s + i - w, "ask", 3) == 0)
                 || (w == 8 && memcmp(s + i - w, "demanded", 8) == 0)
                 || !clause_follows(s + i, n - i));
    }
    if (!DL_IS_UPPER(s[i])) return 0;
    i += w;
    if (i < n && s[i] == '.') i++;                /* "Sen." */
    if (i + 2 < n && s[i] == ',' && s[i + 1] == ' ' && DL_IS_DIGIT(s[i + 2])) {
      size_t d = i + 2;                           /* ", 54," */
      while (d < n && d < i + 5 && DL_IS_DIGIT(s[d])) d++;
      if (d < n && s[d] == ',') { i = d + 1; words++; }  /* an age: a person */
    }
    else if (i + 2 < n && s[i] == ',' && s[i + 1] == ' ') {
      size_t d = appositive_end(s + i + 2, n - i - 2);   /* ", the mayor," */
      if (d) { i += 2 + d; words++; }
    }
    if (i >= n || s[i] != ' ') return 0;
    while (i < n && s[i] == ' ') i++;
    words++;
  }
  return 0;
}

#define DL_MAX_QUOTE_BACK 600   /* bytes searched back for a quote's opening mark */

/* Was the quotation whose closing mark ends at t[q - 1] introduced by a
 * colon or by a verb of saying and a comma ('Ms. Ortiz asked: "Who
 * pays?"', 'He said, "Why?"')?  Then it has its speaker already, and a
 * "Nobody answered." after it is a sentence of its own.  A comma alone
 * only closes a lead-in ('In the end, "Why not?" Ruiz said.'), after
 * which the speaker is still to come.  Only double quotes are followed
 * back (an apostrophe is no mark). */
static int quote_introduced(const char *t, size_t lo, size_t q)
{
  size_t k, a, stop = q - lo > DL_MAX_QUOTE_BACK ? q - DL_MAX_QUOTE_BACK : lo;
  int curly, found = 0;
  if (q < lo + 2) return 0;
  if (t[q - 1] == '"') { curly = 0; k = q - 1; }
  else if (q >= lo + 3 && (unsigned char)t[q - 1] == 0x9D
           && (unsigned char)t[q - 2] == 0x80 && (unsigned char)t[q - 3] == 0xE2) {
    curly = 1; k = q - 3;
  } else return 0;
  while (k > stop) {   /* back to the opening mark */
    k--;
    if (!curly && t[k] == '"') { found = 1; break; }
    if (curly && k + 2 < q && (unsigned char)t[k] == 0xE2
        && (unsigned char)t[k + 1] == 0x80 && (unsigned char)t[k + 2] == 0x9C) {
      found = 1;
      break;
    }
  }
  if (!found) return 0;
  while (k > lo && t[k - 1] == ' ') k--;
  if (k <= lo) return 0;
  if (t[k - 1] == ':') return 1;
  if (t[k - 1] != ',') return 0;
  k--;
  a = word_start_before(t, lo, k);
  return table_find(ATTRIB_VERBS, COUNT(ATTRIB_VERBS), sizeof(char *), t + a, k - a) >= 0;
}

/* Does t[lo..p) end with a list in progress, a comma before its last word
 * ("apples, pears")?  An ellipsis there means "and so on", and a
 * capitalized word after it goes on with the list. */
static int list_tail(const char *t, size_t lo, size_t p)
{
  size_t k = p, n = 0;
  while (k > lo && n < DL_MAX_WORD) {
    k--;
    n++;
    if (t[k] == ',') return 1;
    if (k + 1 < p && t[k] == ' ' && t[k - 1] != ',') return 0;
  }
  return 0;
}

/* Is a quotation open at t[p] in the sentence starting at sstart?
 * Straight double quotes count by parity, curly ones and TeX-style
 * ``...'' by their direction.  The scan resumes at *qpos with *qopen (or
 * at sstart, closed, when a sentence started since), so each byte of the
 * paragraph is read once however many ellipses it holds. */
static int quote_open_at(const unsigned char *t, size_t sstart, size_t p,
                         size_t *qpos, int *qopen)
{
  size_t i = *qpos;
  int open = *qopen;
  if (i < sstart) {              /* a new sentence since the last call */
    i = sstart;
    open = 0;
  }
  for (; i < p; i++) {
    if (t[i] == '"') open = !open;
    else if (t[i] == '`' && i + 1 < p && t[i + 1] == '`') open = 1;
    else if (t[i] == '\'' && i + 1 < p && t[i + 1] == '\'') open = 0;
    else if (t[i] == 0xE2 && i + 2 < p && t[i + 1] == 0x80) {
      if (t[i + 2] == 0x9C) open = 1;            /* “ */
      else if (t[i + 2] == 0x9D) open = 0;       /* ” */
    }
  }
  *qpos = i;
  *qopen = open;
  return open;
}

static dl_status sent_push(dl_sentence **out, size_t *n, size_t *cap,
                           size_t start, size_t end, uint32_t para)
{
  if (end <= start) return DL_OK;
  if (dl_grow((void **)out, cap, *n + 1, sizeof **out)) return DL_ENOMEM;
  (*out)[*n].start = (uint32_t)start;
  (*out)[*n].len = (uint32_t)(end - start);
  (*out)[*n].para = para;
  (*n)++;
  return DL_OK;
}

/* Is t[a..b) made of ASCII digits only? */
static int all_digits(const char *t, size_t a, size_t b)
{
  for (; a < b; a++)
    if (!DL_IS_DIGIT(t[a])) return 0;
  return 1;
}

/* Skip white space (line breaks included) from i; returns the new index. */
static inline size_t skip_space(const char *t, size_t i, size_t end)
{
  size_t s;
  while (i < end) {
    unsigned char c = (unsigned char)t[i];
    if (c < 0x80) {
      if (!DL_IS_SPACE(c)) break;
      i++;
    } else if ((s = dl_space_len(t + i, end - i)) > 0) {
      i += s;
    } else {
      break;
    }
  }
  return i;
}

/* End of the trimmed span t[a..b): drop trailing white space. */
static size_t trim_end(const char *t, size_t a, size_t b)
{
  while (b > a) {
    unsigned char c = (unsigned char)t[b - 1];
    if (c < 0x80 && DL_IS_SPACE(c)) { b--; continue; }
    if (c == 0xA0 && b - a >= 2 && (unsigned char)t[b - 2] == 0xC2) {
      b -= 2;
      continue;
    }
    break;
  }
  return b;
}

/* Is t[a..b) one line of a table: a column gap (three or more spaces)
 * that does not follow the end of a sentence ("Lou. Gulf     --    3.16")?
 * A table row is one unit, never split into sentences. */
static int is_table_row(const char *t, size_t a, size_t b)
{
  const unsigned char *u = (const unsigned char *)t;
  size_t i = a, run = 0;
#ifdef __SSE2__
  /* sixteen positions a step while no three spaces start there */
  const __m128i sp = _mm_set1_epi8(' ');
  while (i + 18 <= b) {
    __m128i x = _mm_cmpeq_epi8(load16(u + i), sp);
    __m128i y = _mm_cmpeq_epi8(load16(u + i + 1), sp);
    __m128i z = _mm_cmpeq_epi8(load16(u + i + 2), sp);
    if (_mm_movemask_epi8(_mm_and_si128(_mm_and_si128(x, y), z))) break;
    i += 16;
  }
#endif
  /* skip eight positions a step while no three spaces start there */
  while (i + 10 <= b) {
    uint64_t x, y, z, two;
    memcpy(&x, u + i, 8);
    memcpy(&y, u + i + 1, 8);
    two = dl_swar_eq(x, ' ') & dl_swar_eq(y, ' ');   /* (prose has few double spaces) */
    if (two) {
      memcpy(&z, u + i + 2, 8);
      if (two & dl_swar_eq(z, ' ')) break;
    }
    i += 8;
  }
  /* no gap starts before i; a run starting at i or later is counted
   * from its first space below */
  for (; i < b; i++) {
    if (t[i] == ' ') {
      if (++run == 3 && i >= a + 3) {
        unsigned char c = (unsigned char)t[i - 3];
        if (c != '.' && c != '!' && c != '?' && c != ':' && c != ';'
            && c != '"' && c != ')' && c != 0x9D && c != 0x99)
          return memchr(t + a, '\n', b - a) == NULL;   /* one line only */
      }
    } else {
      run = 0;
    }
  }
  return 0;
}

/* Length of an emoticon at t[i..end) that may end a sentence (":)",
 * ":-)", ";)", ":("; not ":P", ":D", which read as labels), or 0: after a space and before a space
 * or the end, not a ratio's "3:2)" nor an aside's "(note:)". */
static size_t emoticon_len(const unsigned char *t, size_t i, size_t start, size_t end)
{
  size_t j = i + 1;
  if (i <= start || t[i - 1] != ' ') return 0;
  if (j < end && t[j] == '-') j++;
  if (j >= end || !(t[j] == ')' || t[j] == '(')) return 0;
  j++;
  return j == end || t[j] == ' ' || t[j] == '\n' ? j - i : 0;
}

/* Start of the next emoticon at or after i, or end: the colons and
 * semicolons found by memchr, each cursor moved only once it is passed. */
static size_t next_emoticon(const unsigned char *t, size_t i, size_t start,
                            size_t end, size_t *colon, size_t *semi)
{
  for (;;) {
    size_t p;
    if (*colon < i) {
      const void *q = memchr(t + i, ':', end - i);
      *colon = q ? (size_t)((const unsigned char *)q - t) : end;
    }
    if (*semi < i) {
      const void *q = memchr(t + i, ';', end - i);
      *semi = q ? (size_t)((const unsigned char *)q - t) : end;
    }
    p = *colon < *semi ? *colon : *semi;
    if (p >= end || emoticon_len(t, p, start, end)) return p;
    i = p + 1;
  }
}

/* Does s[0..n) open a sentence after an emoticon?  A function word
 * ("The", "Then"), or a capitalized word and a lower-case one ("Nobody
 * laughed"), not a company's suffix ("Smiley :) Ltd shares") nor "And"
 * or "Or" inside a list ("like :) And :("). */
static int emoticon_opens(const char *s, size_t n)
{
  size_t w = alpha_run(s, n);
  if (opens_sentence(s, n, 1)) return 1;
  if (w < 2 || !DL_IS_UPPER(s[0]) || !DL_IS_LOWER(s[1]) || w + 2 > n
      || s[w] != ' ' || !DL_IS_LOWER(s[w + 1]))
    return 0;
  static const char *const joiners[] = { "and", "or" };
  return table_find(COMPANY_SUFFIX, COUNT(COMPANY_SUFFIX), sizeof(char *), s, w) < 0
         && !dl_word_in(s, w, joiners, COUNT(joiners));
}

dl_status dl_split_sentences(const char *text, size_t start, size_t end,
                             uint32_t para, dl_sentence **out, size_t *n,
                             size_t *cap)
{
  const unsigned char *t = (const unsigned char *)text;
  size_t i, sstart;
  int table = -1;   /* is the paragraph a table row?  -1: not known yet */
  size_t qpos;      /* quote_open_at's place and state */
  int qopen = 0;
  dl_status st;
  size_t colon = 0, semi = 0, emo;   /* (0: searched from the start on) */
  if (end <= start) return DL_OK;
  sstart = qpos = skip_space(text, start, end);
  i = sstart;
  emo = next_emoticon(t, sstart, start, end, &colon, &semi);
  while (i < end) {
    size_t j, k, next, after;
    int ellipsis = 0, cls = 0, split, single;
    unsigned char c;
    i = find_term(t, i, end);
    /* an emoticon before the stop ends a sentence when a capital follows
     * it ("We won :) The club thanked them") */
    while (emo < i && emo < end) {
      j = emo + emoticon_len(t, emo, start, end);
      next = skip_space(text, j, end);
      if (next > j && next < end && emoticon_opens(text + next, end - next)) {
        if (table < 0) table = is_table_row(text, start, end);
        if (!table) {
          st = sent_push(out, n, cap, sstart, j, para);
          if (st != DL_OK) return st;
          sstart = next;
        }
      }
      emo = next_emoticon(t, j, start, end, &colon, &semi);
    }
    if (i >= end) break;
    c = t[i];
    if (c == 0xE3 || c == 0xEF) {
      /* a full-width stop ends the sentence whatever follows: no space
       * and no capital letter mark the next one in CJK text */
      if ((k = wide_stop_len(t + i, end - i)) == 0) { i++; continue; }
      j = i + k;
      for (;;) {
        if ((k = wide_stop_len(t + j, end - j)) > 0
            || (k = wide_close_len(t + j, end - j)) > 0
            || (j < end && (k = close_len(text + j, end - j)) > 0))
          j += k;
        else break;
      }
      next = skip_space(text, j, end);
      if (next >= end) { i = next; break; }
      if (table < 0) table = is_table_row(text, start, end);
      if (!table) {
        st = sent_push(out, n, cap, sstart, j, para);
        if (st != DL_OK) return st;
        sstart = next;
      }
      i = next;
      continue;
    }
    if (c == 0xE2) {
      if (!(i + 2 < end && t[i + 1] == 0x80 && t[i + 2] == 0xA6)) {
        i++;
        continue;
      }
      ellipsis = 1;
      j = i + 3;
    } else {
      j = i + 1;
    }
    /* the run of terminators: "?!", "...", "!!", ".…" */
    for (;;) {
      if (j < end && (t[j] == '.' || t[j] == '!' || t[j] == '?')) {
        if (t[j] == '.' && t[j - 1] == '.') ellipsis = 1;
        j++;
      } else if (j + 2 < end && t[j] == 0xE2 && t[j + 1] == 0x80
                 && t[j + 2] == 0xA6) {
        ellipsis = 1;
        j += 3;
      } else {
        break;
      }
    }
    if (j - i >= 2 && t[i] == '.' && t[i + 1] == '.') ellipsis = 1;
    single = c == '.' && j == i + 1;
    /* closing quotes and brackets */
    while (j < end && (k = close_len(text + j, end - j)) > 0) j += k;
    /* a footnote's mark after the stop, copied from a wiki ("1,200
     * people.[3] It opened"): the sentence's end, not a word after it;
     * a note's letter too ("a letter.[a] Later he"), one letter only;
     * marks in any order ("[a][3]", "[3][a]") */
    while (j + 2 < end && t[j] == '[') {
      size_t m = j + 1;
      if (DL_IS_LOWER(t[m])) m++;
      else
        while (m < end && m < j + 1 + DL_MAX_NOTE_DIGITS && DL_IS_DIGIT(t[m])) m++;
      if (m > j + 1 && m < end && t[m] == ']') j = m + 1;
      else break;
    }
    if (j >= end) { i = j; break; }
    next = skip_space(text, j, end);
    if (next == j) {          /* no white space: "2.5", "U.S.-based" */
      i = j;
      continue;
    }
    if (next >= end) { i = next; break; }
    after = end - next;
    if (ellipsis) {
      /* outside a quotation also before a capitalized word and a
       * lower-case one ("Sales fell in March... April was worse."), unless
       * it ends a list ("apples, pears... Paris fruit too"); inside one an
       * ellipsis marks a cut ('"We tried... Nothing worked," she said') */
      split = opens_sentence(text + next, after, 1)
              || (company_opens(text + next, after)
                  && !list_tail(text, sstart, i)
                  && !quote_open_at(t, sstart, i, &qpos, &qopen));
    } else if (single) {
      size_t wb = i;
      cls = abbrev_class(text, sstart, i, &wb);
      if (cls == AB_TITLE)
        split = i - wb == 2
                && table_find(TITLE_OR_WORD, COUNT(TITLE_OR_WORD), sizeof(char *),
                              text + wb, i - wb) >= 0
                && after_capitalized_word(text, sstart, wb)
                && opens_sentence(text + next, after, 1);
      else if (cls == AB_NUMBER) split = !DL_IS_DIGIT(t[next])
                                         /* "No. [3]": a bracketed number is the number */
                                         && !(t[next] == '[' && next + 1 < end
                                              && DL_IS_DIGIT(t[next + 1]))
                                         && opens_sentence(text + next, after, 0);
      else if (cls == AB_GENERAL) {
        if (is_ampm(text, wb, i))
          split = ampm_opens(text + next, after);
        else
          split = opens_sentence(text + next, after, 1)
                  /* an initial before a brand: "posted on X. iPhone sales" */
                  || (i - wb == 1 && camel_opens(text + next, after))
                  || speech_opens(text + next, after, 0)
                  /* (both tables hold plain words: not "U.S.", not "W.") */
                  || (i - wb >= 2 && DL_IS_LOWER(t[wb + 1])
                      && (table_find(COMPANY_SUFFIX, COUNT(COMPANY_SUFFIX),
                                     sizeof(char *), text + wb, i - wb) >= 0
                          || table_find(WORD_ABBREV_END, COUNT(WORD_ABBREV_END),
                                        sizeof(char *), text + wb, i - wb) >= 0)
                      /* a quoted title after the name is its product
                       * or campaign ('of Acme Inc. "Blue Line" trains',
                       * 'the Jan. "Dry January" drive'): only speech,
                       * a comma or stop inside its mark, opens one */
                      && (company_opens(text + next, after)
                          || speech_opens(text + next, after, 1))
                      && has_lower_word(text, sstart, wb));
        /* 'He told the U.N. "We are ready."': the words told */
        if (split && quote_opens(text + next, after) && told_before(text, sstart, wb))
          split = 0;
      }
      else if (i > sstart && i - sstart <= 3 && all_digits(text, sstart, i))
        split = 0;          /* "1. Register online": a list number */
      else if (wb > sstart && t[wb - 1] == '(' && t[i + 1] == ')')
        split = 0;          /* "Sgt. (ret.) Paul Byrne": a one-word aside */
      else if (DL_IS_DIGIT(t[next]) && wb >= sstart + 2 && t[wb - 1] == ' '
               && DL_IS_DIGIT(t[wb - 2])
               && table_find(UNIT_BEFORE_NUMBER, COUNT(UNIT_BEFORE_NUMBER),
                             sizeof(char *), text + wb, i - wb) >= 0
               && unit_number_opens(text + next, after))
        split = 0;          /* "5 ft. 10 in.", "3 lb. 4 oz.": one measure */
      else split = opens_sentence(text + next, after, 0);
    } else {
      split = opens_sentence(text + next, after, 0)
              /* '"Where is it?" Lee asked.' */
              /* (a quote closes the run: its last byte is of " ' ” ’) */
              && !(c != '.' && (t[j - 1] == '"' || t[j - 1] == '\''
                                || t[j - 1] == 0x9D || t[j - 1] == 0x99)
                   && attribution_follows(text + next, after)
                   && !quote_introduced(text, sstart, j));
    }
    if (split && table < 0) table = is_table_row(text, start, end);
    if (split && !table) {
      st = sent_push(out, n, cap, sstart, j, para);
      if (st != DL_OK) return st;
      sstart = next;
    }
    i = next;
  }
  return sent_push(out, n, cap, sstart, trim_end(text, sstart, end), para);
}

/* ------------------------------------------------------------------ */
/* Tokens                                                              */
/* ------------------------------------------------------------------ */

static dl_status tok_push(dl_token **out, size_t *n, size_t *cap,
                          size_t start, size_t end, int cls)
{
  if (dl_grow((void **)out, cap, *n + 1, sizeof **out)) return DL_ENOMEM;
  (*out)[*n].start = (uint32_t)start;
  (*out)[*n].len = (uint32_t)(end - start);
  (*out)[*n].cls = (uint8_t)cls;
  (*n)++;
  return DL_OK;
}

/* Letter or digit code point at s[0..n); *adv its length. */
static int alnum_at(const char *s, size_t n, size_t *adv)
{
  int32_t cp;
  if (n == 0) { *adv = 0; return 0; }
  if ((unsigned char)s[0] < 0x80) { *adv = 1; return DL_IS_ALNUM(s[0]) != 0; }
  cp = dl_utf8_decode(s, n, adv);
  return cp_is_letter(cp);
}

dl_status dl_tokenize(const char *text, size_t len, dl_token **out, size_t *n)
{
  size_t i = 0, cap = 0, adv, a2;
  dl_status st = DL_OK;
  *out = NULL;
  *n = 0;
  if (len > DL_MAX_TEXT) return DL_ELIMIT;
  while (i < len) {
    unsigned char c = (unsigned char)text[i];
    size_t s = i;
    int32_t cp;
    int cls;
    if (c < 0x80 && (DL_IS_SPACE(c) || c < 0x20 || c == 0x7F)) { i++; continue; }
    cp = c < 0x80 ? (int32_t)c : dl_utf8_decode(text + i, len - i, &adv);
    if (c < 0x80) adv = 1;
    if (c >= 0x80 && dl_cp_is_space(cp)) { i += adv; continue; }
    if (alnum_at(text + i, len - i, &adv)) {
      int number = DL_IS_DIGIT(c) != 0, dotted = 0;
      i += adv;
      for (;;) {
        if (alnum_at(text + i, len - i, &adv)) { i += adv; continue; }
        if (i >= len) break;
        c = (unsigned char)text[i];
        if (number && (c == ',' || c == '.' || c == '/' || c == ':'
                       || c == '-') && i + 1 < len && DL_IS_DIGIT(text[i + 1])) {
          i++;
          continue;
        }
        if (!number && (c == '\'' || c == '-' || c == '.')
            && alnum_at(text + i + 1, len - i - 1, &a2)) {
          if (c == '.') dotted = 1;
          i++;
          continue;
        }
        if (!number && c == 0xE2 && i + 2 < len
            && (unsigned char)text[i + 1] == 0x80
            && (unsigned char)text[i + 2] == 0x99
            && alnum_at(text + i + 3, len - i - 3, &a2)) {
          i += 3;                                /* Xi’s */
          continue;
        }
        break;
      }
      /* U.S. keeps its final period */
      if (dotted && i < len && text[i] == '.') i++;
      cls = number ? DL_TOK_NUMBER : DL_TOK_WORD;
    } else if (c == '-') {
      while (i < len && text[i] == '-') i++;
      cls = DL_TOK_DASH;
    } else if (c == '.') {
      while (i < len && text[i] == '.') i++;
      cls = DL_TOK_PUNCT;
    } else if (c < 0x80) {
      i++;
      if (c == '"' || c == '\'') cls = DL_TOK_QUOTE;
      else if (c == '$' || c == '%' || c == '+' || c == '=' || c == '<'
               || c == '>' || c == '^' || c == '`' || c == '|' || c == '~')
        cls = DL_TOK_SYMBOL;
      else cls = DL_TOK_PUNCT;
    } else {
      i += adv;
      if (dl_cp_is_quote(cp)) cls = DL_TOK_QUOTE;
      else if (dl_cp_is_dash(cp)) cls = DL_TOK_DASH;
      else if (cp == 0x2026 || cp == 0xA1 || cp == 0xBF || cp == 0x2022
               || cp == 0xB7 || (cp >= 0x2016 && cp <= 0x2027)
               || (cp >= 0x3001 && cp <= 0x3011))
        cls = DL_TOK_PUNCT;
      else cls = DL_TOK_SYMBOL;
    }
    st = tok_push(out, n, &cap, s, i, cls);
    if (st != DL_OK) {
      free(*out);
      *out = NULL;
      *n = 0;
      return st;
    }
  }
  return DL_OK;
}
