/*
 * timex.h -- the temporal-expression recognizer (internal).
 *
 * dl_timex_scan (dateline.h) reads the text once, sentence by sentence:
 * a tokenizer turns each sentence into a small array of tokens (words,
 * numbers, punctuation; every word looked up in the lexicon of
 * tools/timex_lex.txt by a hash of its bytes, which gives its categories
 * and its word id) and lists the tokens that can start an expression;
 * the matchers try the grammar at those and keep the longest match.
 * Values are built by normalize.c.
 */
#ifndef DL_TIMEX_H
#define DL_TIMEX_H

#include <stdint.h>
#include "dateline.h"
#include "normalize.h"

/* Work caps. */
#define DL_MAX_SENT_TOKENS 512   /* tokens per sentence chunk */
#define DL_MAX_TIMEXES 10000000  /* timexes per call */
#define DL_TZ_UNFIXED 9999       /* LEX_TZ value of ET, PT, CT: no fixed offset */
/* A text of at most DL_MAX_PADDED bytes is scanned from a copy followed
 * by DL_TEXT_PAD zero bytes (see dl_timex_scan). */
#define DL_MAX_PADDED 1024
#define DL_TEXT_PAD 16

/* Lexicon categories. */
enum {
  LEX_NONE = 0, LEX_MONTH, LEX_WDAY, LEX_WDAYS, LEX_UNIT, LEX_UNITS,
  LEX_NUMW, LEX_ORD, LEX_DEICT, LEX_GEN, LEX_REL, LEX_DET, LEX_MOD,
  LEX_APPROX, LEX_POD, LEX_PODS, LEX_SEASON, LEX_SETADV, LEX_FREQ,
  LEX_QUANT, LEX_TZ, LEX_AMPM, LEX_MISC, LEX_HOLIDAY, LEX_TITLE,
  LEX_MEASURE, LEX_TENSE
};

/* Units (LEX_UNIT / LEX_UNITS values). */
enum {
  U_NONE = 0, U_SEC, U_MIN, U_HOUR, U_DAY, U_WEEKEND, U_WEEK, U_FORTNIGHT,
  U_MONTH, U_QUARTER, U_HALF, U_YEAR, U_DECADE, U_CENTURY, U_MILLENNIUM
};

/* Deictic words, generic references, relational words. */
enum { D_TODAY = 1, D_YESTERDAY, D_TOMORROW, D_TONIGHT };
enum { G_PRESENT = 1, G_PAST, G_FUTURE };
enum {
  R_PAST = 1, R_RECENT, R_CURRENT, R_NEXT, R_COMING, R_FOLLOWING,
  R_PREVIOUS, R_THIS, R_THAT, R_SAME, R_LATEST, R_AGO, R_EARLIER, R_LATER,
  R_BEFORE, R_AFTER, R_LAST
};
enum { M_EARLY = 1, M_LATE, M_MID, M_MIDDLE, M_START, M_END };
enum { P_MO = 1, P_AF, P_EV, P_NI, P_NOON, P_MIDNIGHT };
enum {
  S_DAILY = 1, S_WEEKLY, S_MONTHLY, S_YEARLY, S_ANNUAL, S_HOURLY,
  S_NIGHTLY, S_QUARTERLY, S_FORTNIGHTLY
};
enum {
  X_LOCAL = 1, X_TIME, X_OF, X_IN, X_AND, X_OR, X_SO, X_THAN, X_TO, X_AT,
  X_FROM, X_FISCAL, X_EVE, X_NEAR, X_RIGHT, X_POST, X_PRE, X_SPORT, X_MIDWEEK, X_THESE, X_FULL,
  X_WC, X_PRESENT, X_WEEKDAYS, X_LONG, X_MIDYEAR
};
enum {
  H_XMAS = 1, H_THANKS, H_HALLOWEEN, H_EASTER, H_NEWYEAR, H_VALENTINE, H_LABOR,
  H_MEMORIAL, H_VETERANS, H_ELECTION, H_BOXING, H_GOODFRIDAY, H_MOTHERS, H_FATHERS,
  H_SUPERTUE, H_BLACKFRI, H_CYBERMON, H_LUNARNY, H_PALMSUN
};

typedef struct dl_lex_entry {
  const char *word;
  uint8_t len;
  uint8_t cat;
  int16_t val;
  uint8_t cat2;
  int16_t val2;
} dl_lex_entry;

/* The categories, word id and values of a lexicon entry, laid out as a
 * token holds them (tok's fields cat to val2, in that order): the
 * tokenizer copies the eight bytes at once. */
typedef struct dl_lex_tok {
  uint8_t cat, cat2;
  uint16_t w;
  int16_t val, val2;
} dl_lex_tok;
/* The lexicon flags (dl_lex_lf): a word that takes an abbreviation dot (a
 * title; a month or weekday when written in five letters or fewer: Oct,
 * Tues); a word that may start an expression (see can_start in timex.c);
 * an ordinary word (category LEX_NONE, and every word not in the list). */
enum { LF_TITLE = 1, LF_DATEWORD = 2, LF_START = 4, LF_PLAIN = 8 };

/* The lexicon entry of a word (any case), or NULL. */
const dl_lex_entry *dl_lex_lookup(const char *s, size_t len);
/* The reject mask: can s[0..len) (len 1..15) be in the lexicon? */
int dl_lex_maybe(const char *s, size_t len);

/* Tokens and the scanner state (timex_tok.c fills them, timex.c reads). */
enum { TK_WORD = 1, TK_NUM, TK_PUNCT };
enum {
  F_SP = 1,      /* white space before the token */
  F_CAP = 2,     /* word begins with an upper-case letter */
  F_UPPER = 4,   /* word is all upper case (2+ letters) */
  F_CTX = 8,     /* number in a money / percent / id context */
  F_APOS = 16,   /* number written after an apostrophe: '80s */
  F_ASCII = 32,  /* word is plain ASCII letters */
  F_PLAIN = 64   /* an ordinary word (stands for a run of them) */
};
enum { SUF_NONE = 0, SUF_S, SUF_ORD, SUF_AM, SUF_PM, SUF_OTHER };

typedef struct tok {
  uint32_t s;
  uint16_t n;
  uint8_t kind, fl;
  /* cat .. val2: the layout of dl_lex_tok (the tokenizer copies them) */
  uint8_t cat, cat2;
  uint16_t w;      /* word id (W_* of timex_lex.h), 0: none or not a word */
  int16_t val, val2;
  int32_t v;       /* number value, or the punctuation character */
  uint8_t nd;      /* digits of a number */
  uint8_t suf;     /* SUF_* */
} tok;

/* Possessive 's is a punctuation token with this value. */
#define PUNCT_POSS 1
/* Any dash other than '-' (en/em dash). */
#define PUNCT_DASH 2

typedef struct scan {
  const char *text;
  size_t len;
  /* the bytes readable at text: len, or len + DL_TEXT_PAD when text is
   * the padded copy of a short text (the tokenizer's fast path loads
   * sixteen bytes at a time) */
  size_t avail;
  dl_options o;
  dl_timex_list *out;
  int has_ref;
  dl_tv ref;
  int has_last;
  dl_tv last;          /* the last date mentioned */
  /* the last date came after "since", "through" or "until": the start
   * or the end of a span ("suspended since Monday night", "open through
   * Dec. 20, hours before a midnight deadline"), which no later undated
   * clock time is on */
  int last_since;
  /* the byte after the last date ("for Sunday" | " from 09:00 GMT") */
  size_t last_end;
  /* the last decade named ("the late 1950s") and the byte after it; a
   * decade is no last date (a month or a year after it is no part of
   * it), but "a decade later" right after one counts from it (y 0: none) */
  dl_tv dec;
  size_t dec_end;
  /* out's count when the scan began: the items before are an earlier
   * scan's (the list is appended to), never this text's last date */
  size_t out0;
  /* the story's day: the first day the text names that is not after the
   * reference date (its lede's) */
  int has_story;
  dl_tv story;
  /* the story's day was named as its night ("overnight Tuesday"): the
   * small hours told after it are the next day's */
  int story_night;
  /* Is there a blank line (a paragraph break) between the last date and
   * the expression asking?  Read lazily from the last date's end (upto)
   * to the expression, each byte once (broke: one was found).  Written
   * through a pointer, as the tense memo. */
  struct para_memo { size_t upto; int broke; } para_, *para;
  /* the sentence chunks read so far, and the one the last day was in */
  int chunk, last_day_chunk;
  /* the last quarter named (a report's period) and its chunk (-1: none),
   * which a "year earlier" of the same sentence compares with even when
   * a day came between ("first-quarter profit ... on April 24, down from
   * a year earlier") */
  int quart_chunk;
  dl_tv quart;
  /* the last quarter named in any tense ("will report third-quarter
   * results") and its chunk (-1: none), which "the same quarter" is */
  int anyq_chunk;
  dl_tv anyq;
  /* the year of a fourth quarter told as closed in the first quarter of
   * the next year (an annual report: "For the full year, it earned ..."
   * is that year); 0: none */
  int q4_year;
  int has_last_day;
  dl_tv last_day;      /* the last date mentioned to the day */
  /* the last date finer than a year lying three years or more before the
   * reference date (a past year retold); y 0 when none, or when a date
   * near the reference date came after it; narr_n: how many such dates
   * in a row, within two years of each other, led to it */
  dl_tv narr;
  int narr_n;
  /* a year that frames its sentence ("In 1936, ...", "That year, ...",
   * "1936, when ...") and the chunk it is in (-1: none): a month or day
   * of that past sentence named without a year is that year's */
  int yframe_chunk, yframe_y;
  /* the last clock time on a known day ("left at 22:47 UTC on July 4"),
   * which a later small-hours time of that day follows into the next */
  int has_clock, clock_chunk;
  dl_tv clock;
  /* "the final three months of 2023": the token of the year after "of"
   * (-1: none) and the quarter (1 or 4) those months are, which the year
   * leaves as the last date for "a quarter earlier" */
  int part_tok, part_q;
  /* one past the byte where the last half or quarter read as a part of a
   * game began ("dominated the first half"; 0: none), for the next one */
  size_t sport_half_at;
  /* the month (quarter) of figures whose day of release was named after
   * it in the same sentence ("in August, data showed on Thursday"), and
   * that chunk (-1: none): what "a year earlier" there compares with */
  int stat_chunk;
  dl_tv stat;
  int dayfirst;        /* resolved lazily when DL_DAYFIRST_INFER */
  int nt;
  int nc;              /* candidate starts in c[] */
  int headline;        /* the chunk is the text's title line (see dl_timex_scan) */
  /* the second day of a range of days ("29" of "Oct. 28-29"): its token
   * (-1: none), value and end, noted after the first (range_pending) */
  int range_tok, range_end;
  dl_tv range_tv;
  /* the empty match result (timex.c's res_empty), reached through the
   * scanner so that the compilers copy it rather than build the constant
   * with a slow block store before every matcher tried */
  const void *empty;
  tok t[DL_MAX_SENT_TOKENS + 8];
  /* the tokens that may start an expression (numbers and words of a
   * category that can), in order: the grammar tries only these */
  uint16_t c[DL_MAX_SENT_TOKENS + 8];
  /* The tense cues of the chunk, for tense_at.  Its first calls in a
   * chunk read a window of cues around the expression, each cue computed
   * once (cue[], TENSE_UNKNOWN until then); from the third call on (dense
   * text: a date every few words) every cue of the chunk is computed with,
   * for each token, the nearest token with a cue at or before it (left,
   * -1: none) and at or after it (right, nt: none), so each call costs the
   * same however dense the dates.  calls: tense_at calls in this chunk.
   * Written through a pointer so the grammar keeps taking a const scan. */
  struct tense_memo {
    int calls, full;
    int event;   /* the last tense_at read a past event verb (-2), told as -1 when far */
    int8_t cue[DL_MAX_SENT_TOKENS + 8];
    int16_t left[DL_MAX_SENT_TOKENS + 8], right[DL_MAX_SENT_TOKENS + 8];
  } tense_, *tense;
  /* the last anchor formatted (most timexes share the reference date as
   * their anchor: formatted once) */
  int anchor_cached;
  dl_tv anchor_tv;
  char anchor_str[DL_TIMEX_VALUE_MAX];
} scan;

/* Tokenize one sentence chunk starting at *pos into sc->t (and sc->c);
 * returns the token count and advances *pos past the chunk. */
int dl_timex_tokenize(scan *sc, size_t *pos);

#endif
